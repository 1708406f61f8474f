/**
 * A household's history says what each line is in the page's language, as the server names it: a request's
 * category as the administrator named it (never a message key such as "case.category.hardship"), a grant by its
 * program's category (a certificate subsidy is no 救助).
 */
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../i18n/index.ts';
import { testI18n } from '../../i18n/test-i18n.ts';
import { HistoryTable, WHAT_WIDTH } from './HistoryTable.tsx';
import type { HardshipDetail } from './hardship-api.ts';

type Item = HardshipDetail['history'][number];
const none = {
  kindName: null,
  title: null,
  category: null,
  categoryName: null,
  channel: null,
  goods: null,
  status: null,
  amountFen: null,
  paidFen: null,
};
const history: Item[] = [
  {
    ...none,
    kind: 'grant',
    on: '2026-03-01',
    kindName: { zh: '补贴', en: 'Subsidy' },
    title: '职业技能证书补贴',
    status: 'approved',
    amountFen: 50_000,
    paidFen: 50_000,
  },
  {
    ...none,
    kind: 'case',
    on: '2026-04-02',
    category: 'hardship',
    categoryName: { zh: '困难帮扶', en: 'Hardship relief' },
    channel: 'app',
    status: 'submitted',
  },
];

const render = (lng: 'zh' | 'en') => {
  const i18n = testI18n(MESSAGES);
  void i18n.changeLanguage(lng);
  return renderToString(createElement(I18nextProvider, { i18n }, createElement(HistoryTable, { history })));
};

describe("a hardship file's history", () => {
  it("names a request's category as the server gives it, in the page's language, and shows no key", () => {
    const zh = render('zh');
    expect(zh).toContain('困难帮扶');
    expect(render('en')).toContain('Hardship relief');
    for (const html of [zh, render('en')]) expect(html).not.toMatch(/\b[a-z]+\.[a-z]+\.[a-z_]+\b/);
  });

  it("labels a grant by its program's category, not every grant 救助", () => {
    const zh = render('zh');
    expect(zh).toContain('>补贴<');
    expect(zh).not.toContain('救助');
    expect(render('en')).toContain('>Subsidy<');
  });

  it('gives the 内容 column room for a program’s name, where it was squeezed to a character a line', () => {
    const cols = [...render('zh').matchAll(/<col style="width:(\d+)px"\/>/g)].map((m) => Number(m[1]));
    expect(cols[2]).toBe(WHAT_WIDTH);
    expect(WHAT_WIDTH).toBeGreaterThanOrEqual(160);
  });
});
