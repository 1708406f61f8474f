/**
 * The dashboard, its notes and its .xlsx say each figure and category in one set of words: the page titles its
 * figures with the labels of the server's figure notes (the export's headers take the same table), and names a
 * category as the export does.
 */
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, CATEGORY_NAMES } from '../../../../server/src/modules/programs/programs.vocabulary.ts';
import { programFigureNotes } from '../../../../server/src/modules/programs/reports/stats.notes.ts';
import { MESSAGES } from '../../i18n/index.ts';
import { testI18n } from '../../i18n/test-i18n.ts';
import { BASIS_OF, type Figure, FigureTitle, PAGE_NOTES, ReportNotesProvider } from './figures.tsx';

const notes = programFigureNotes({ from: '2026-01-01', to: '2026-12-31', asOf: '2026-06-30' });
const i18n = testI18n(MESSAGES);

const title = (figure: Figure, lng: 'zh' | 'en') => {
  void i18n.changeLanguage(lng);
  return renderToString(
    createElement(
      I18nextProvider,
      { i18n },
      createElement(ReportNotesProvider, { value: notes }, createElement(FigureTitle, { figure })),
    ),
  );
};

describe("the dashboard's words", () => {
  it("title each figure with its note's label, in the page's language", () => {
    for (const figure of Object.keys(BASIS_OF) as Figure[]) {
      const note = notes.find((n) => n.key === figure);
      expect(note, figure).toBeDefined();
      expect(title(figure, 'zh')).toContain(`>${note?.label.zh}<`);
      expect(title(figure, 'en')).toContain(`>${note?.label.en}<`);
    }
    expect(title('approved', 'zh')).toContain('>批准数<');
    expect(title('paidFen', 'zh')).toContain('>已发放金额<');
  });

  it('name a category as the export does', () => {
    for (const lng of ['zh', 'en'] as const) {
      const t = i18n.getFixedT(lng);
      for (const c of CATEGORIES) expect(t(`prog.category.${c}`)).toBe(CATEGORY_NAMES[c][lng]);
    }
  });

  it('list the notes of the figures on the page, each one the report has, and none of a sheet only the export holds', () => {
    const all = programFigureNotes({ from: null, to: null, asOf: '2026-06-30', insurance: true }).map(
      (n) => n.key,
    );
    for (const key of PAGE_NOTES) expect(all, key).toContain(key);
    expect(all.filter((key) => !PAGE_NOTES.has(key))).toEqual([
      'programs',
      'tiers.amountFen',
      'tiers.approved',
      'breakdownPeople.grade',
      'breakdownPeople.level',
      'breakdownPeople.course',
      'breakdownPeople.patentType',
    ]);
  });

  it('have notes that say what the page shows for no limit', () => {
    const t = i18n.getFixedT('zh');
    for (const key of ['quota', 'budgetFen'])
      expect(notes.find((n) => n.key === key)?.note.zh).toContain(`「${t('prog.unlimited')}」`);
  });
});
