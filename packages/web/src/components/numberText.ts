import { cleanNumberText, notANumber, type Parsed } from './money.ts';

/** What a typed number may be: its bounds, how many decimals it keeps, and whether it may be left empty. */
export interface NumberBounds {
  min: number;
  max: number;
  /** Digits after the point it keeps (0: a whole number). */
  decimals?: number;
  emptyAllowed?: boolean;
}

/**
 * A number typed by staff (a year, a count, a longitude) → its value, or why the text is not one: it is never
 * rounded to `decimals` nor pulled into `min`…`max` (antd's `InputNumber` does both on blur, without a word).
 */
export function parseNumber(
  text: string | null | undefined,
  { min, max, decimals = 0, emptyAllowed = false }: NumberBounds,
): Parsed {
  const s = cleanNumberText(text ?? '');
  if (s === '') return emptyAllowed ? { ok: true, value: null } : { ok: false, problem: 'required' };
  const m = /^(-?)(\d+)(?:\.(\d*))?$/.exec(s);
  if (!m) return { ok: false, problem: notANumber(s) };
  if (m[1] && min >= 0 && /[1-9]/.test(s)) return { ok: false, problem: 'negative' };
  if (m[3] !== undefined && decimals === 0) return { ok: false, problem: 'notWhole' };
  if ((m[3] ?? '').length > decimals) return { ok: false, problem: 'decimals' };
  if (m[2].replace(/^0+/, '').length > 15) return { ok: false, problem: m[1] ? 'tooSmall' : 'tooLarge' };
  const n = Number(s);
  if (n > max) return { ok: false, problem: 'tooLarge' };
  if (n < min) return { ok: false, problem: 'tooSmall' };
  return { ok: true, value: n === 0 ? 0 : n };
}
