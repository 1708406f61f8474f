import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../i18n/index.ts';
import { testI18n } from '../../../i18n/test-i18n.ts';
import { StatsView } from './StudioStatsPage.tsx';
import type { StudioStats } from './studios-api.ts';

/** An answer whose every headline figure is a number of its own, so the page shows each where it shows it. */
const stats: StudioStats = {
  org: { id: 1, name: '北京市总工会' },
  from: '2022-01-01',
  to: '2026-12-31',
  asOf: '2026-12-04',
  levels: [],
  districtAndAbove: 673,
  cityAndAbove: 648,
  cityAndAboveModelWorkerLed: 202,
  promoted: 11,
  promotedToCity: 12,
  revoked: 13,
  achievements: 16,
  conversions: 17,
  conversionFen: 123_456,
  patents: 19,
  inventionPatents: 20,
  projects: 21,
  subsidies: [],
  subsidiesPaidFen: 2_200,
  subsidiesPaidOutsideFen: 2_300,
  notes: [],
};

const page = (lng: 'zh' | 'en') => {
  const i18n = testI18n(MESSAGES);
  void i18n.changeLanguage(lng);
  return renderToString(createElement(I18nextProvider, { i18n }, createElement(StatsView, { s: stats })));
};

describe('the studio statistics page', () => {
  it('shows every headline figure the export’s 汇总 sheet gives: the patents granted and the conversions’ value too', () => {
    const html = page('zh');
    for (const [label, value] of [
      ['授权专利', '19'],
      ['其中发明专利', '20'],
      ['成果转化合同金额', '1,234.56'],
      ['成果转化', '17'],
    ])
      expect(html, label).toMatch(new RegExp(`${label}[\\s\\S]*?${value}`));
    expect(page('en')).toContain('Patents granted');
  });
});
