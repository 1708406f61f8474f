import { OrgSelect } from '../../components/OrgSelect.tsx';

/** The union picker as an antd form control. */
export function FormOrg({
  value,
  onChange,
  testId,
  label,
  allowClear,
  id,
}: {
  value?: number | null;
  onChange?: (v: number | null) => void;
  testId?: string;
  label?: string;
  allowClear?: boolean;
  /** The field's id, which the named `Form.Item` hands it for its label's `for`. */
  id?: string;
}) {
  return (
    <OrgSelect
      id={id}
      value={value}
      onChange={(id) => onChange?.(id)}
      testId={testId}
      valueLabel={label}
      allowClear={allowClear}
    />
  );
}
