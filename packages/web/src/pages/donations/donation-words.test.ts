/**
 * The donation statistics count gifts of goods in 批 (batches), as the export's 捐物（批） and the import's result do,
 * where the page said 1 笔 under 捐物价值 as under 捐款.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../i18n/index.ts';
import { testI18n } from '../../i18n/test-i18n.ts';

describe('the donation statistics’ goods figure', () => {
  it('counts batches of goods, and money in gifts', () => {
    const i18n = testI18n(MESSAGES);
    void i18n.changeLanguage('zh');
    expect(i18n.t('don.stats.goodsCount', { count: 3 })).toBe('3 批');
    expect(i18n.t('don.stats.count', { count: 3 })).toBe('3 笔');
    void i18n.changeLanguage('en');
    expect(i18n.t('don.stats.goodsCount', { count: 3 })).toBe('Batches of goods: 3');
  });

  it('is the words the page shows under 捐物价值', () => {
    const page = readFileSync(new URL('./DonationStatsPage.tsx', import.meta.url), 'utf8');
    expect(page).toContain("t('don.stats.goodsCount', { count: s.goodsCount })");
  });
});
