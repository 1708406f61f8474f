import { type Bilingual, invalid } from './errors.ts';

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
