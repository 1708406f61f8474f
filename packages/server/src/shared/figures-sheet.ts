import type { SheetSpec } from './spreadsheet.ts';
import type { XlsxSheet } from './xlsx-writer.ts';

/** A statistics export's sheet of headline figures, a line each (项目 | 数值; a line naming yuan shows yuan). */
export function figuresSheet(name: string, rows: SheetSpec['rows'], widths?: number[]): XlsxSheet {
  return { name, headers: ['项目', '数值'], widths, rows };
}

/** A figures sheet's line naming the period: 统计期间 | from 至 to. */
export const periodLine = (p: { from: string; to: string }): [string, string] => [
  '统计期间',
  `${p.from} 至 ${p.to}`,
];

/**
 * A figures sheet's line naming a period of flows counted so far: 统计期间 | from 至 to, and ，计至 the as-of day while
 * the period runs on (a year not yet over), as the page's 统计期间 … · 计至 … says.
 */
export const periodSoFarLine = (p: { from: string; to: string; asOf: string }): [string, string] => [
  '统计期间',
  `${p.from} 至 ${p.to}${p.asOf < p.to ? `，计至${p.asOf}` : ''}`,
];

/**
 * A statistics export's line naming the union whose subtree it counts (统计单位), so a sheet mailed on says whose
 * figures they are; an administrator asking for no union counts every union they see (全部工会).
 */
export const unionLine = (orgName: string | null | undefined): [string, string] => [
  '统计单位',
  orgName || '全部工会',
];
