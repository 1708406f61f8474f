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

/** A file's size as people read it: 820 → "820 B", 35_400 → "35 KB", 1_258_291 → "1.2 MB" (the same in Chinese). */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const kb = Math.round(n / 1024);
  if (kb < 1024) return `${kb} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}
