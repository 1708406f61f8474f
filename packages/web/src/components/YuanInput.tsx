import { useTranslation } from 'react-i18next';
import { fenToYuanText, formatFen, MAX_FEN, parseYuan } from './money.ts';
import { ParsedInput } from './ParsedInput.tsx';

interface Common {
  /** Set only where the field says what an empty value means (e.g. "不限"): it is the placeholder. */
  emptyMeans?: string;
  placeholder?: string;
  style?: React.CSSProperties;
  testId?: string;
  size?: 'small' | 'middle' | 'large';
  /** The input's id, for the label that names it (`Form.Item`'s `htmlFor`). */
  id?: string;
}

/**
 * An amount typed in yuan, reported in integer fen. Empty reports null only with `emptyMeans`; text that is
 * not an amount (letters, an exponent, a third decimal, a minus, over ¥1,000,000,000) is refused at the field.
 */
export function YuanInput({
  value,
  onChange,
  emptyMeans,
  placeholder,
  maxFen = MAX_FEN,
  ...rest
}: Common & {
  /** Both left out inside a named antd `Form.Item`, which provides them. */
  value?: number | null;
  onChange?: (fen: number | null) => void;
  maxFen?: number;
  /** After the amount, e.g. "/年". */
  suffix?: string;
}) {
  const { t } = useTranslation();
  return (
    <ParsedInput
      {...rest}
      prefix="¥"
      value={value}
      onChange={(fen) => onChange?.(fen)}
      placeholder={emptyMeans ?? placeholder}
      parse={(text) => parseYuan(text, { emptyAllowed: emptyMeans !== undefined, maxFen })}
      format={fenToYuanText}
      describe={(problem) => t(`input.money.${problem}`, { max: formatFen(maxFen) })}
    />
  );
}
