import type { SheetSpec } from './spreadsheet.ts';
import type { XlsxSheet } from './xlsx-writer.ts';

/** A union's own row among the unions below it, as every statistics page and sheet names it: 某区总工会（本级）. */
export const ownRowName = (orgName: string) => `${orgName}（本级）`;

/** A statistics export's sheet of headline figures, a line each (项目 | 数值; a line naming yuan shows yuan). */
export function figuresSheet(name: string, rows: SheetSpec['rows'], widths?: number[]): XlsxSheet {
  return { name, headers: ['项目', '数值'], widths, rows };
}

/** A period as a statistics sheet writes it: 2026-01-01至2026-12-31; 2026-01-01起 or 至2026-12-31 with one end; 全部期间. */
export function periodWords(p: { from: string | null; to: string | null }): string {
  if (p.from && p.to) return `${p.from}至${p.to}`;
  if (p.from) return `${p.from}起`;
  return p.to ? `至${p.to}` : '全部期间';
}

/**
 * Every statistics sheet's line naming its period (统计期间 | 2026-01-01至2026-12-31), the one wording of every
 * export: while the period has not ended — the as-of day before its last day, or a period with no last day — it
 * adds the day the figures are counted to (，计至2026-11-30), as the page's 统计期间 … · 计至 … says; a period over
 * says its days alone. `asOf` left out: the days alone.
 */
export const periodLine = (p: {
  from: string | null;
  to: string | null;
  asOf?: string | null;
}): [string, string] => [
  '统计期间',
  `${periodWords(p)}${p.asOf && (!p.to || p.asOf < p.to) ? `，计至${p.asOf}` : ''}`,
];

/** What a sheet or file says of the unions counted where they are not one union's subtree (a platform of several roots). */
export const ALL_UNIONS = '全部工会';

/**
 * A statistics export's line naming the union whose subtree it counts (统计单位), so a sheet mailed on says whose
 * figures they are; for an administrator asking for no union, the tree's root (`wholeTreeName`), 全部工会 where the
 * platform holds several.
 */
export const unionLine = (orgName: string | null | undefined): [string, string] => [
  '统计单位',
  orgName || ALL_UNIONS,
];

/**
 * A statistics workbook's file name, one pattern for every statistics page: the union (全部工会 where none), what it
 * counts, its period in brackets — 顺义区总工会捐赠统计（2025年）.xlsx — as the lists name theirs (…（截至<day>）.xlsx).
 */
export const statsFileName = (orgName: string | null | undefined, what: string, period: string) =>
  `${unionLine(orgName)[1]}${what}（${period}）.xlsx`;
