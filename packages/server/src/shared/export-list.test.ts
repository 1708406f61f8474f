import { describe, expect, it } from 'vitest';
import {
  daysAsked,
  EXPORT_MAX,
  filterLines,
  listFileName,
  listScopeSheet,
  recordFileName,
  wholeList,
} from './export-list.ts';

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

describe('a list’s 范围 sheet', () => {
  it('says each filter asked on a line of its own, before the count, and leaves out those not asked', () => {
    const filters = filterLines([
      ['状态', '已办结'],
      ['渠道', undefined],
      ['诉求内容包含', ''],
      ['承办', true, '仅本单位承办的'],
      ['仅逾期', false],
      ['年度', 2026],
      ['收到日期', daysAsked('2026-01-01', undefined)],
    ]);
    const sheet = listScopeSheet(
      '顺义区总工会',
      '2026-06-15',
      { label: '诉求数（件）', n: 3 },
      undefined,
      filters,
    );
    expect(sheet.rows).toEqual([
      ['统计单位', '顺义区总工会'],
      ['截至', '2026-06-15'],
      ['筛选：状态', '已办结'],
      ['筛选：承办', '仅本单位承办的'],
      ['筛选：年度', '2026'],
      ['筛选：收到日期', '2026-01-01起'],
      ['诉求数（件）', 3],
    ]);
    expect(daysAsked(undefined, '2026-06-30')).toBe('至2026-06-30');
    expect(daysAsked()).toBeUndefined();
  });
});
