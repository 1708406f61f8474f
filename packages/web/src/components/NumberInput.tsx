import { useTranslation } from 'react-i18next';
import { parseNumber } from './numberText.ts';
import { ParsedInput, type ParsedInputProps } from './ParsedInput.tsx';

/**
 * The house's number input (a year, a count of people, a longitude): the text stays as typed, and a number out
 * of `min`…`max`, with more than `decimals` decimals (none by default) or not a number at all says so under the
 * field and stops the form's save (inputValidity.tsx; a `FormDialog` checks it by itself) — it is never rounded
 * or pulled into range as antd's `InputNumber` does. Empty is a problem unless `optional` (then it reports null).
 */
export function NumberInput({
  value,
  onChange,
  min,
  max,
  decimals = 0,
  optional = false,
  testId,
  ...rest
}: Omit<ParsedInputProps, 'value' | 'onChange' | 'parse' | 'format' | 'describe'> & {
  /** Both left out inside a named antd `Form.Item`, which provides them (and `id`). */
  value?: number | null;
  onChange?: (n: number | null) => void;
  min: number;
  max: number;
  decimals?: number;
  /** The field may be left empty (it reports null). */
  optional?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <ParsedInput
      {...rest}
      testId={testId}
      value={value}
      onChange={(n) => onChange?.(n)}
      parse={(text) => parseNumber(text, { min, max, decimals, emptyAllowed: optional })}
      format={String}
      describe={(problem) => t(`input.number.${problem}`, { min, max, decimals })}
    />
  );
}
