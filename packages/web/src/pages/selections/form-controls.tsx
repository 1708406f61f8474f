import { OrgSelect } from '../../components/OrgSelect.tsx';

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
