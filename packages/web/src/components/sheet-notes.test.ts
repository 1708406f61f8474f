import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/index.ts';
import { testI18n } from '../i18n/test-i18n.ts';
import { SheetNotes } from './ImportResult.tsx';

const notes = (dryRun: boolean | undefined, lng: 'zh' | 'en' = 'zh') => {
  const i18n = testI18n(MESSAGES);
  void i18n.changeLanguage(lng);
  return renderToString(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(SheetNotes, {
        file: { format: 'xlsx', encoding: null, sheetName: '花名册' },
        warnings: [{ rowNo: 8, column: '入会时间', zh: '第8行…请核对', en: 'Row 8 … please check it' }],
        warningCount: 1,
        dryRun,
      }),
    ),
  );
};

describe("an import's cells to check", () => {
  it('say in a check (预检), which wrote nothing, that they will be imported as written, not that they were', () => {
    expect(notes(true)).toContain('导入时将按原样导入');
    expect(notes(true)).not.toContain('已按原样导入');
    expect(notes(true, 'en')).toContain('will be imported as written');
  });

  it('say after the import that they were imported as written', () => {
    expect(notes(false)).toContain('已按原样导入');
    expect(notes(undefined, 'en')).toContain('were imported as written');
  });
});
