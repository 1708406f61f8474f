import { type Bilingual, invalid } from './errors.ts';
import { figuresSheet, unionLine } from './figures-sheet.ts';
import type { XlsxSheet } from './xlsx-writer.ts';

/** The most rows one list export holds; a longer list is refused with its count, never cut. */
export const EXPORT_MAX = 50_000;

/** What an export refuses to cut, in words: "诉求 / 件 / requests", and how to narrow it. */
export interface ExportedRows {
  code: string;
  noun: { zh: string; unit: string; en: string };
  narrow: Bilingual;
}

/**
 * Every row a filtered list holds, for an export: its count first, then the rows at once; more than EXPORT_MAX is
 * refused with a bilingual error naming the count and how to narrow the list.
 */
export async function wholeList<T>(
  list: (paging: { page: number; pageSize: number }) => Promise<{ items: T[]; total: number }>,
  rows: ExportedRows,
): Promise<T[]> {
  const { total } = await list({ page: 1, pageSize: 1 });
  if (total > EXPORT_MAX) {
    const { noun, narrow } = rows;
    throw invalid(
      rows.code,
      {
        zh: `符合条件的${noun.zh}共 ${total} ${noun.unit}，超过一次导出的上限 ${EXPORT_MAX} ${noun.unit}，${narrow.zh}`,
        en: `${total} ${noun.en} match, more than the ${EXPORT_MAX} one export may hold; ${narrow.en}`,
      },
      { total, max: EXPORT_MAX },
    );
  }
  return (await list({ page: 1, pageSize: Math.max(1, total) })).items;
}

/** How a file says the day it is as of, with what else is true of it (脱敏, GCJ02): `（截至2026-11-29，脱敏）`. */
const asOf = (day: string, notes: readonly string[]) => `（${[`截至${day}`, ...notes].join('，')}）`;

/**
 * The file name of a register's list (the one rule of list exports' names): whose list it is, what, and the day it is as
 * of — `<union><what>（截至<day>[，脱敏]）.xlsx` — so a file saved and mailed on says both. The union is the one asked
 * (orgId), else the caller's own; 全部工会 only for a caller with no union who asked none (the administrator's tree).
 */
export function listFileName(
  union: string | null | undefined,
  what: string,
  day: string,
  notes: readonly string[] = [],
  ext = 'xlsx',
): string {
  return `${unionLine(union)[1]}${what}${asOf(day, notes)}.${ext}`;
}

/**
 * The file name of one record's sheet (an activity's roster, a policy's insured, a contest's entries, a batch):
 * `<record's name>-<what>（截至<day>[，脱敏]）.xlsx` — its name, never its id; a sheet of a month or some days (a policy's
 * changes, a campaign's report for some weeks) may name that period instead: `<record>-<what>（2026-11）.xlsx`.
 */
export function recordFileName(
  record: string,
  what: string,
  when: { day: string } | { period: string },
  notes: readonly string[] = [],
): string {
  const said = 'day' in when ? asOf(when.day, notes) : `（${[when.period, ...notes].join('，')}）`;
  return `${record}-${what}${said}.xlsx`;
}

/** A list's filter as its 范围 sheet says it: the filter's name and what was asked, in words (状态 | 已办结). */
export type FilterLine = [label: string, asked: string];

/**
 * A list's 范围 sheet (项目 | 数值), what its file name says inside the workbook, so a sheet copied or renamed still says
 * it: whose list (统计单位: the union asked, else the caller's own, 全部工会 for the administrator's whole tree), as of
 * which day (截至, a date cell), and how many rows it holds (`count`: its label with its unit, 诉求数（件）). A record's
 * sheet (an activity's roster, a policy's insured) names the record's union and, under it, the record (`record`:
 * 活动 | 2026年职工健步走). A filtered list says each filter asked (`filters`, filterLines), each on a line of its own
 * headed 筛选：, so its count reads as the rows of that filter, not of the whole register.
 */
export function listScopeSheet(
  union: string | null | undefined,
  day: string,
  count: { label: string; n: number },
  record?: [label: string, name: string],
  filters: readonly FilterLine[] = [],
): XlsxSheet {
  const lines = [
    unionLine(union),
    ...(record ? [record] : []),
    ['截至', day],
    ...filters.map(([label, asked]) => [`筛选：${label}`, asked]),
    [count.label, count.n],
  ];
  return figuresSheet('范围', lines, [20, 40]);
}

/**
 * The filters a list was asked with, as its 范围 sheet says them: each filter given a value, in words; unasked ones
 * (undefined, empty text, false) left out. A pair of days is one line: 2026-01-01至2026-06-30, 2026-01-01起, 至….
 */
export function filterLines(
  asked: readonly [label: string, value: string | number | boolean | null | undefined, words?: string][],
): FilterLine[] {
  return asked.flatMap(([label, value, words]): FilterLine[] =>
    value === undefined || value === null || value === '' || value === false
      ? []
      : [[label, words ?? (value === true ? '是' : String(value))]],
  );
}

/** A list's days asked (从/至) as one filter's words, or undefined when neither is: 2026-01-01至2026-06-30. */
export const daysAsked = (from?: string | null, to?: string | null): string | undefined =>
  from && to ? `${from}至${to}` : from ? `${from}起` : to ? `至${to}` : undefined;

/** The count line of a list's 范围 sheet from what its export refuses to cut: 集体合同数（份）. */
export const countOf = (noun: ExportedRows['noun'], n: number) => ({
  label: `${noun.zh}数（${noun.unit}）`,
  n,
});
