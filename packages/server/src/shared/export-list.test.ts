import { describe, expect, it } from 'vitest';
import { EXPORT_MAX, wholeList } from './export-list.ts';

const rows = {
  code: 'X_EXPORT_TOO_MANY',
  noun: { zh: '诉求', unit: '件', en: 'requests' },
  narrow: { zh: '请缩小范围', en: 'narrow it' },
};

describe('wholeList', () => {
  it('reads the count, then every row at once', async () => {
    const asked: { page: number; pageSize: number }[] = [];
    const items = await wholeList(async (paging) => {
      asked.push(paging);
      return { items: ['a', 'b', 'c'].slice(0, paging.pageSize), total: 3 };
    }, rows);
    expect(items).toEqual(['a', 'b', 'c']);
    expect(asked).toEqual([
      { page: 1, pageSize: 1 },
      { page: 1, pageSize: 3 },
    ]);
  });

  it('refuses a list longer than an export holds, naming the count in both languages, never cutting it', async () => {
    await expect(wholeList(async () => ({ items: [], total: EXPORT_MAX + 1 }), rows)).rejects.toMatchObject({
      code: 'X_EXPORT_TOO_MANY',
      messages: {
        zh: `符合条件的诉求共 ${EXPORT_MAX + 1} 件，超过一次导出的上限 ${EXPORT_MAX} 件，请缩小范围`,
        en: `${EXPORT_MAX + 1} requests match, more than the ${EXPORT_MAX} one export may hold; narrow it`,
      },
      details: { total: EXPORT_MAX + 1, max: EXPORT_MAX },
    });
  });
});
