import { DateField } from '../../components/DateField.tsx';
import { OrgSelect } from '../../components/OrgSelect.tsx';

/** The date control as an antd form control: the form gives `value` and `onChange`. */
export function FormDate({
  value,
  onChange,
  testId,
}: {
  value?: string | null;
  onChange?: (v: string | null) => void;
  testId?: string;
}) {
  return <DateField value={value} onChange={(v) => onChange?.(v)} testId={testId} />;
}

/** The union picker as an antd form control. */
export function FormOrg({
  value,
  onChange,
  testId,
  label,
  allowClear,
}: {
  value?: number | null;
  onChange?: (v: number | null) => void;
  testId?: string;
  label?: string;
  allowClear?: boolean;
}) {
  return (
    <OrgSelect
      value={value}
      onChange={(id) => onChange?.(id)}
      testId={testId}
      valueLabel={label}
      allowClear={allowClear}
    />
  );
}
