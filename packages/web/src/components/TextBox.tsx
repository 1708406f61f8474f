import { Input, type InputProps } from 'antd';
import type { TextAreaProps } from 'antd/es/input/TextArea';

/** A text control held in the page's state, declared with its antd control's props but for the text's own. */
type HeldTextProps<P> = Omit<P, 'value' | 'onChange' | 'maxLength'> & {
  value?: string;
  /** The text as it now stands. */
  onChange: (text: string) => void;
  /** At most this many characters. */
  max?: number;
  testId?: string;
};

/** What the antd control of a `TextBox` or a `TextLine` is given: the text, at most `max`, handed to `onChange`. */
function heldText({ value, onChange, max, testId }: HeldTextProps<object>) {
  return {
    maxLength: max,
    value,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
    'data-testid': testId,
  };
}

/**
 * A box of text held in the page's state (a reason, a note, a reply), outside a `Form`: an `Input.TextArea` of at
 * most `max` characters handing its text to `onChange`. In a `Form`, the field is a `TextItem`.
 */
export function TextBox({ value, onChange, max, testId, ...box }: HeldTextProps<TextAreaProps>) {
  return <Input.TextArea {...box} {...heldText({ value, onChange, max, testId })} />;
}

/**
 * A line of text held in the page's state (a name, a unit, who visited), outside a `Form`'s own fields: an `Input`
 * of at most `max` characters handing its text to `onChange`, as `TextBox` is for a box of several lines.
 */
export function TextLine({ value, onChange, max, testId, ...line }: HeldTextProps<InputProps>) {
  return <Input {...line} {...heldText({ value, onChange, max, testId })} />;
}
