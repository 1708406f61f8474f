import { describe, expect, it } from 'vitest';
import { EXPORT_MAX, listFileName, recordFileName, wholeList } from './export-list.ts';

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

describe('the names of list files', () => {
  it('name a register’s list by its union (全部工会 for none) and its day, with what else is true of it', () => {
    expect(listFileName('顺义区总工会', '会员名单', '2026-11-29', ['脱敏'])).toBe(
      '顺义区总工会会员名单（截至2026-11-29，脱敏）.xlsx',
    );
    expect(listFileName(null, '服务站点', '2026-11-29', ['GCJ02'], 'csv')).toBe(
      '全部工会服务站点（截至2026-11-29，GCJ02）.csv',
    );
  });

  it('name a record’s sheet by the record and its day, or the month it covers', () => {
    expect(recordFileName('“大手拉小手”亲子活动', '报名名单', { day: '2026-11-29' })).toBe(
      '“大手拉小手”亲子活动-报名名单（截至2026-11-29）.xlsx',
    );
    expect(recordFileName('团体意外险', '人员变动清单', { period: '2026-11' }, ['脱敏'])).toBe(
      '团体意外险-人员变动清单（2026-11，脱敏）.xlsx',
    );
  });
});
