import { Input } from 'antd';
import { useEffect, useState } from 'react';
import { fenToYuanText, yuanToFen } from './money.ts';

/**
 * An amount typed in yuan, reported in integer fen (null when empty). The text is kept as typed so
 * that "12." can become "12.5"; invalid text shows as an error and reports nothing.
 */
export function YuanInput({
  value,
  onChange,
  placeholder,
  style,
  testId,
  size,
}: {
  value: number | null | undefined;
  onChange: (fen: number | null) => void;
  placeholder?: string;
  style?: React.CSSProperties;
  testId?: string;
  size?: 'small' | 'middle' | 'large';
}) {
  const [text, setText] = useState(fenToYuanText(value));
  const [bad, setBad] = useState(false);
  // Follow outside changes (e.g. a preset applied) unless the text already means that amount.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new value from outside resets the text
  useEffect(() => {
    if (yuanToFen(text) !== (value ?? null)) setText(value == null ? '' : fenToYuanText(value));
  }, [value]);
  return (
    <Input
      size={size}
      prefix="¥"
      style={{ width: 180, ...style }}
      value={text}
      placeholder={placeholder}
      status={bad ? 'error' : undefined}
      inputMode="decimal"
      data-testid={testId}
      onChange={(e) => {
        const next = e.target.value;
        setText(next);
        if (next.trim() === '') {
          setBad(false);
          onChange(null);
          return;
        }
        const fen = yuanToFen(next);
        setBad(fen === null);
        if (fen !== null) onChange(fen);
      }}
    />
  );
}
