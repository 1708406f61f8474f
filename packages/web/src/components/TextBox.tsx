import { Input } from 'antd';
import type { TextAreaProps } from 'antd/es/input/TextArea';

type TextBoxProps = Omit<TextAreaProps, 'value' | 'onChange' | 'maxLength'> & {
  value?: string;
  /** The text as it now stands. */
  onChange: (text: string) => void;
  /** At most this many characters. */
  max?: number;
  testId?: string;
};

/**
 * A box of text held in the page's state (a reason, a note, a reply), outside a `Form`: an `Input.TextArea` of at
 * most `max` characters handing its text to `onChange`. In a `Form`, the field is a `TextItem`.
 */
export function TextBox({ value, onChange, max, testId, ...box }: TextBoxProps) {
  return (
    <Input.TextArea
      {...box}
      maxLength={max}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      data-testid={testId}
    />
  );
}
