import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../i18n/test-i18n.ts';
import { PeriodNote } from './StatsPeriod.tsx';

const note = (p: { from: string; to: string; asOf: string; states?: boolean }, lng: 'zh' | 'en' = 'zh') => {
  const i18n = testI18n();
  void i18n.changeLanguage(lng);
  return renderToString(createElement(I18nextProvider, { i18n }, createElement(PeriodNote, p)));
};

describe("a statistics page's period line", () => {
  it('names the day a flows-only page is counted to while its year still runs (donations, selections …)', () => {
    const running = { from: '2026-01-01', to: '2026-12-31', asOf: '2026-06-30', states: false };
    expect(note(running)).toContain('统计期间 2026-01-01 至 2026-12-31 · 计至 2026-06-30');
    expect(note(running, 'en')).toContain('Counted 2026-01-01 to 2026-12-31 · as of 2026-06-30');
  });

  it('says the period alone once it is over, and the states day on a page that has states', () => {
    const over = note({ from: '2025-01-01', to: '2025-12-31', asOf: '2025-12-31', states: false });
    expect(over).toContain('统计期间 2025-01-01 至 2025-12-31');
    expect(over).not.toContain('计至');
    expect(note({ from: '2026-01-01', to: '2026-12-31', asOf: '2026-06-30' })).toContain(
      '状态截至 2026-06-30',
    );
  });
});
