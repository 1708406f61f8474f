import { Form, type FormItemProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Field, type FieldProps } from './Field.tsx';
import { requiredRule } from './form-rules.ts';

/**
 * A form item that must be given, its label written once: the rule left empty says 请填写<label> (<label> is
 * required), as `requiredRule` words it, or `message` where the page says it in words of its own. Everything else
 * is antd's `Form.Item`.
 */
export function RequiredItem({
  label,
  message,
  ...item
}: Omit<FormItemProps, 'label' | 'rules'> & { label: string; message?: string }) {
  const { t } = useTranslation();
  const rule = { ...requiredRule(t, label), ...(message && { message }) };
  return <Form.Item label={label} rules={[rule]} {...item} />;
}

/** A `Field` that must be given, its label written once, as `RequiredItem` is a `Form.Item`. */
export function RequiredField({ label, ...field }: Omit<FieldProps, 'label' | 'rules'> & { label: string }) {
  const { t } = useTranslation();
  return <Field label={label} rules={[requiredRule(t, label)]} {...field} />;
}
