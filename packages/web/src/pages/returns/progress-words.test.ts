import { describe, expect, it } from 'vitest';
import returnsEn from '../../i18n/returns.en.json';
import returnsZh from '../../i18n/returns.zh.json';
import { testI18n } from '../../i18n/test-i18n.ts';

/**
 * A consolidating union's line on a return's progress counts its own return with those of the unions below it
 * (returns.progress.repository.ts: the subtree, itself included): a town of two grassroots unions shows 0/3.
 */
describe("a consolidating union's count on a return's progress", () => {
  it('says it counts the union itself with the unions below, not the unions below alone', () => {
    const i18n = testI18n({ zh: returnsZh, en: returnsEn });
    expect(i18n.t('ret.progress.subtree', { n: 0, all: 3 })).toBe('本级及下级已报 0/3');
    expect(i18n.getFixedT('en')('ret.progress.subtree', { n: 0, all: 3 })).toBe(
      'This union and those below: 0/3 in',
    );
  });
});

/**
 * A consolidating union's table totals its own figures (本级) with the accepted unions below it (returns.table.ts):
 * its line said 已审核的 3 / 3 个单位之和 over a total holding the town's own figures as well.
 */
describe("a consolidating union's line on its table's totals", () => {
  it('names its own figures with the accepted unions below', () => {
    const i18n = testI18n({ zh: returnsZh, en: returnsEn });
    const words = { n: 3, all: 3, from: '2024-10-01', to: '2025-09-30' };
    expect(i18n.t('ret.table.countsWithOwn', words)).toBe(
      '合计为本级与已审核的 3 / 3 个下级单位之和；统计期 2024-10-01 至 2025-09-30',
    );
    expect(i18n.getFixedT('en')('ret.table.countsWithOwn', words)).toBe(
      "Totals are the sum of this union's own figures and 3 of 3 unions below, accepted; period 2024-10-01 to 2025-09-30",
    );
  });
});

/**
 * A return's counts said 未报送 13 beside 未报 0: two words for one thing, counting two (unions yet to fill, and those
 * marked as not reporting). The count of unions yet to fill takes the word their tags and tiles carry.
 */
describe("a return's count of unions yet to fill", () => {
  it('carries the word of their status, not one a clerk reads as 未报', () => {
    const i18n = testI18n({ zh: returnsZh, en: returnsEn });
    expect(i18n.t('ret.progress.open')).toBe(i18n.t('ret.status.open'));
    expect(i18n.getFixedT('en')('ret.progress.open')).toBe(i18n.getFixedT('en')('ret.status.open'));
    expect(i18n.t('ret.progress.notReported')).toBe(i18n.t('ret.status.not_reported'));
  });
});
