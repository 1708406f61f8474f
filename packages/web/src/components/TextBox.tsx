import { Input, type InputProps } from 'antd';
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

type TextLineProps = Omit<InputProps, 'value' | 'onChange' | 'maxLength'> & {
  value?: string;
  /** The text as it now stands. */
  onChange: (text: string) => void;
  /** At most this many characters. */
  max?: number;
  testId?: string;
};

/**
 * A line of text held in the page's state (a name, a unit, who visited), outside a `Form`'s own fields: an `Input`
 * of at most `max` characters handing its text to `onChange`, as `TextBox` is for a box of several lines.
 */
export function TextLine({ value, onChange, max, testId, ...line }: TextLineProps) {
  return (
    <Input
      {...line}
      maxLength={max}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      data-testid={testId}
    />
  );
}
