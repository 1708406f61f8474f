/**
 * Money in the API is integer fen. Staff type yuan ("1234.5"); these helpers convert by string
 * arithmetic so that no floating-point value ever reaches the API.
 */

/** Why typed text is not an amount (or a count); each has a message under `input.problem.*`. */
export type NumberProblem =
  | 'required'
  | 'format'
  | 'decimals'
  | 'negative'
  | 'tooLarge'
  | 'tooSmall'
  | 'notWhole'
  | 'comma';

export type Parsed = { ok: true; value: number | null } | { ok: false; problem: NumberProblem };

/**
 * The most a typed amount may be: ¥1,000,000,000.00 (one billion yuan). Far above any program's budget, so
 * that an extra zero or a pasted account number is caught at the field instead of being saved.
 */
export const MAX_FEN = 100_000_000_000;

/** A comma in a number: between thousands only, as 1,200.50 and 1,234,567 are written. */
const THOUSANDS = /^-?\d{1,3}(,\d{3})+(\.\d*)?$/;

/**
 * Full-width digits and signs become ASCII; spaces, a ¥ sign and a trailing 元 go, and commas between thousands.
 * A comma anywhere else (12,50 or 1200,5) stays, so the text is refused as `comma`, never read as 1250 or 12005.
 */
export function cleanNumberText(text: string): string {
  const s = text
    .normalize('NFKC')
    .replace(/\s/g, '')
    .replace(/^[¥￥]/, '')
    .replace(/元$/, '');
  return THOUSANDS.test(s) ? s.replace(/,/g, '') : s;
}

/** Why text that is no number is refused: a misplaced comma has a message of its own. */
export const notANumber = (s: string) => (s.includes(',') ? 'comma' : 'format') as NumberProblem;

/**
 * Text typed as yuan → integer fen. Empty text is `null` only when `emptyAllowed` (a field that says
 * "empty means unlimited"); anything that is not a plain non-negative amount with at most two decimals
 * up to `maxFen` is refused with the reason — never read as another value.
 */
export function parseYuan(
  text: string | null | undefined,
  { emptyAllowed = false, maxFen = MAX_FEN }: { emptyAllowed?: boolean; maxFen?: number } = {},
): Parsed {
  const s = cleanNumberText(text ?? '');
  if (s === '') return emptyAllowed ? { ok: true, value: null } : { ok: false, problem: 'required' };
  if (/^-\d/.test(s) || /^-[.]\d/.test(s)) return { ok: false, problem: 'negative' };
  if (/^\d+\.\d{3,}$/.test(s)) return { ok: false, problem: 'decimals' };
  const m = /^(\d+)(?:\.(\d{0,2}))?$/.exec(s);
  if (!m) return { ok: false, problem: notANumber(s) };
  const whole = m[1].replace(/^0+(?=\d)/, '');
  if (whole.length > 15) return { ok: false, problem: 'tooLarge' };
  const fen = Number(whole) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return fen > maxFen ? { ok: false, problem: 'tooLarge' } : { ok: true, value: fen };
}

/** "1,234.56" → 123456; null when the text is empty or not an amount (see `parseYuan` for the reason). */
export function yuanToFen(text: string | number | null | undefined): number | null {
  const parsed = parseYuan(text == null ? '' : String(text));
  return parsed.ok ? parsed.value : null;
}

/** 123456 → "1234.56" (no grouping), for inputs. */
export function fenToYuanText(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '';
  const neg = fen < 0;
  const abs = Math.abs(Math.trunc(fen));
  const yuan = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  return `${neg ? '-' : ''}${yuan}.${cents}`;
}

export { formatFen } from './format.ts';
