import { DateField } from '../../components/DateField.tsx';

/** The house date control inside an antd Form.Item (which hands it `value` and `onChange`). */
export function FormDate({
  value,
  onChange,
  testId,
}: {
  value?: string | null;
  onChange?: (v: string | null) => void;
  testId?: string;
}) {
  return <DateField value={value} onChange={(v) => onChange?.(v)} allowClear testId={testId} />;
}
