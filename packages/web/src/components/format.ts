/**
 * The one way every page and export writes amounts and counts: money ¥3,200.00 (fen in, two decimals, thousands
 * separated), counts 44,320. Dates are in `dates.ts` (2026-10-09, 2026-10-09 09:00).
 */

/** 123456 → "¥1,234.56"; null → "—". */
export function formatFen(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '—';
  const neg = fen < 0;
  const abs = Math.abs(Math.trunc(fen));
  const yuan = Math.floor(abs / 100).toLocaleString('en-US');
  const cents = String(abs % 100).padStart(2, '0');
  return `${neg ? '-' : ''}¥${yuan}.${cents}`;
}

/** 44320 → "44,320". */
export const formatCount = (n: number) => n.toLocaleString('en-US');
