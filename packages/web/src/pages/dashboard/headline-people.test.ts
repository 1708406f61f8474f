import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../i18n/index.ts';
import { testI18n } from '../../i18n/test-i18n.ts';
import { HeadlineFigure } from './figures.tsx';

const totals = {
  applications: 3,
  approved: 2,
  rejected: 0,
  people: 0,
  unions: 2,
  approvedFen: 0,
  paidFen: 0,
};
const headline = (peopleCounted: boolean, lng: 'zh' | 'en' = 'zh') => {
  const i18n = testI18n(MESSAGES);
  void i18n.changeLanguage(lng);
  return renderToString(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(HeadlineFigure, { figure: 'people', report: { totals, peopleCounted } }),
    ),
  );
};

describe("the dashboard's headline 受益人数", () => {
  it('is a dash with the reason, not 0, when every program shown takes applications from unions', () => {
    const html = headline(false);
    expect(html).toContain('data-testid="dash-people-none"');
    expect(html).toContain('全部项目由工会申请');
    expect(html).not.toMatch(/ant-statistic-content-value[^>]*>(<[^>]+>)*0</);
    expect(headline(false, 'en')).toContain('no people to count');
  });

  it('is the count where some program shown takes applications from people', () => {
    const html = headline(true);
    expect(html).not.toContain('dash-people-none');
    expect(html).toMatch(/>0</);
  });
});
