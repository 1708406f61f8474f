import { Segmented } from 'antd';
import type { CSSProperties } from 'react';

/**
 * A phone page's choice of one of a few `values` side by side across the card (which kind of request, which list),
 * each labelled by `labelOf`.
 */
export function PhoneChoice<V extends string>({
  value,
  onChange,
  values,
  labelOf,
  style,
  testId,
}: {
  value: V;
  onChange: (value: V) => void;
  values: readonly V[];
  labelOf: (value: V) => string;
  style?: CSSProperties;
  testId?: string;
}) {
  return (
    <Segmented<V>
      block
      value={value}
      onChange={onChange}
      options={values.map((v) => ({ value: v, label: labelOf(v) }))}
      style={style}
      data-testid={testId}
    />
  );
}
