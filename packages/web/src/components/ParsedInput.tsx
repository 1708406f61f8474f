import { Flex, Input, Typography } from 'antd';
import { type ReactNode, useContext, useEffect, useState } from 'react';
import { SaveAttemptsContext, useReportInvalid } from './inputValidity.tsx';

export type ParseResult = { ok: true; value: number | null } | { ok: false; problem: string };

/** What a `ParsedInput` is given: the value as a number, how its text is read and said, the input's own props. */
export interface ParsedInputProps {
  value: number | null | undefined;
  onChange: (value: number | null) => void;
  parse: (text: string) => ParseResult;
  format: (value: number) => string;
  /** The problem in words, in the current language. */
  describe: (problem: string) => string;
  placeholder?: string;
  prefix?: ReactNode;
  suffix?: ReactNode;
  style?: React.CSSProperties;
  testId?: string;
  size?: 'small' | 'middle' | 'large';
  /** The input's id, for the label that names it (`Form.Item`'s `htmlFor`). */
  id?: string;
  disabled?: boolean;
  'aria-label'?: string;
}

/**
 * A number typed as text and read by `parse`: the text stays as typed, `onChange` hears only values the
 * text really means, and text that means no value shows its problem under the field and is reported to the
 * surrounding form (see inputValidity.tsx) so that it cannot be saved as some other value.
 */
export function ParsedInput({
  value,
  onChange,
  parse,
  format,
  describe,
  placeholder,
  prefix,
  suffix,
  style,
  testId,
  size,
  id,
  disabled,
  'aria-label': ariaLabel,
}: ParsedInputProps) {
  const [text, setText] = useState(value == null ? '' : format(value));
  const [touched, setTouched] = useState(false);
  // Follow outside changes (e.g. a preset applied) unless the text already means that value.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new value from outside resets the text
  useEffect(() => {
    const parsed = parse(text);
    if (!parsed.ok || parsed.value !== (value ?? null)) setText(value == null ? '' : format(value));
  }, [value]);
  const parsed = parse(text);
  const problem = parsed.ok ? null : describe(parsed.problem);
  useReportInvalid(problem);
  // An empty required field is marked once the user has been there or a save was refused; a wrong text at once.
  const attempts = useContext(SaveAttemptsContext);
  const shown = parsed.ok || (parsed.problem === 'required' && !touched && !attempts) ? null : problem;
  return (
    // 180 px wide, never wider than its column (a half-width field on a phone); text typed that is no value says
    // its own problem, and its form item's 请填写 (its value is still none) is not shown beside it (styles.css)
    <Flex
      vertical
      gap={2}
      style={{ width: 180, maxWidth: '100%', ...style }}
      data-typed-problem={shown && parsed.ok === false && parsed.problem !== 'required' ? true : undefined}
    >
      <Input
        id={id}
        disabled={disabled}
        aria-label={ariaLabel}
        size={size}
        prefix={prefix}
        suffix={suffix}
        value={text}
        placeholder={placeholder}
        status={shown ? 'error' : undefined}
        inputMode="decimal"
        aria-invalid={shown ? true : undefined}
        data-testid={testId}
        onBlur={() => setTouched(true)}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          const result = parse(next);
          if (result.ok && result.value !== (value ?? null)) onChange(result.value);
        }}
      />
      {shown && (
        <Typography.Text type="danger" style={{ fontSize: 12 }} data-testid={testId && `${testId}-error`}>
          {shown}
        </Typography.Text>
      )}
    </Flex>
  );
}
