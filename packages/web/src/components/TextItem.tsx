import { Form, type FormItemProps, Input } from 'antd';
import { useTranslation } from 'react-i18next';

type TextItemProps = Omit<FormItemProps, 'children' | 'rules' | 'required'> & {
  /** At most this many characters. */
  max?: number;
  /** A box of this many lines (`Input.TextArea`) rather than one line. */
  rows?: number;
  /** The count of characters typed, under the box. */
  showCount?: boolean;
  placeholder?: string;
  /**
   * Must be filled, with more than spaces: `true` (then it says 请填写 its label, or its placeholder when it has no
   * label), or the message saying so in the page's words.
   */
  required?: boolean | string;
  testId?: string;
};

/**
 * A form's text field: its `Form.Item` (the name, the label, whether it must be filled) holding an `Input` of at most
 * `max` characters, or with `rows` an `Input.TextArea`.
 */
export function TextItem({ max, rows, showCount, placeholder, required, testId, ...item }: TextItemProps) {
  const input = { maxLength: max, showCount, placeholder, 'data-testid': testId };
  const { t } = useTranslation();
  // antd's own message names an item without a label by its path (请输入0,name): a line of a list is named by its placeholder
  const field = typeof item.label === 'string' ? item.label : placeholder;
  const said =
    typeof required === 'string'
      ? { message: required }
      : field
        ? { message: t('common.required', { field }) }
        : {};
  return (
    <Form.Item {...item} rules={required ? [{ required: true, whitespace: true, ...said }] : undefined}>
      {rows ? <Input.TextArea rows={rows} {...input} /> : <Input {...input} />}
    </Form.Item>
  );
}
