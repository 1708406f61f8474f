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
