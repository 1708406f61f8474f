import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { wholeRowLabel } from '../../../server/src/shared/sheet-totals.ts';
import { MESSAGES } from '../i18n/index.ts';
import { testI18n } from '../i18n/test-i18n.ts';
import { WholeRowNote } from './whole-row.tsx';

const i18n = testI18n(MESSAGES);
const say = (lng: 'zh' | 'en', key: string, asOf?: string) => {
  void i18n.changeLanguage(lng);
  return i18n.t(key, { asOf });
};
const note = (lng: 'zh' | 'en', kind: 'state' | 'distinct') => {
  void i18n.changeLanguage(lng);
  return renderToString(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(WholeRowNote, { kind, columns: ['职代会数'], asOf: '2026-06-30' }),
    ),
  );
};

describe('the bottom row of a statistics table with a column that is no sum', () => {
  it('is labelled 全期（时点数截至…） or 全部（不重复计） on the page, in both languages, as the .xlsx labels it', () => {
    for (const kind of ['state', 'distinct'] as const) {
      const sheet = wholeRowLabel(kind, '2026-06-30');
      expect(say('zh', `period.whole.${kind}`, '2026-06-30')).toBe(sheet.zh);
      expect(say('en', `period.whole.${kind}`, '2026-06-30')).toBe(sheet.en);
      expect(sheet.zh).not.toContain('合计');
    }
    expect(wholeRowLabel('state', '2026-06-30').en).toBe('Whole period (as of 2026-06-30)');
    expect(wholeRowLabel('distinct').en).toBe('All (counted once)');
  });

  it('has a note saying why the row adds nothing up', () => {
    expect(note('zh', 'state')).toContain('末行不是合计：「职代会数」为时点数');
    expect(note('zh', 'state')).toContain('截至2026-06-30');
    expect(note('en', 'distinct')).toContain('counts each once');
  });
});
