import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import returnsEn from '../../i18n/returns.en.json';
import returnsZh from '../../i18n/returns.zh.json';
import { testI18n } from '../../i18n/test-i18n.ts';
import { SectionEditor } from './ReturnEditPage.section.tsx';
import type { ReturnForm } from './returns-api.ts';

/**
 * The form maker's controls stand in a table under column headers and on cards with no label beside them: each
 * control is named for a screen reader (its column and its field's row, 项目名称 2), or a reader hears "edit text"
 * for every one of them.
 */
const section: ReturnForm['sections'][number] = {
  key: 's1',
  title: '一、会员',
  fields: [
    { key: 'f1', label: '会员人数', type: 'int', unit: '人', required: true },
    { key: 'f2', label: '职工之家', type: 'choice', choices: ['未建', '已建'] },
  ],
  tables: [
    {
      key: 't1',
      label: '按单位类型',
      rows: [{ key: 'r1', label: '企业' }],
      columns: [{ key: 'c1', label: '会员', type: 'int' }],
    },
  ],
};

const render = (lng: 'zh' | 'en') => {
  const i18n = testI18n({ zh: returnsZh, en: returnsEn });
  void i18n.changeLanguage(lng);
  const props = {
    sec: section,
    figures: [],
    onChange: () => {},
    onRemove: () => {},
    newKey: (p: string) => `${p}9`,
  };
  return renderToString(createElement(I18nextProvider, { i18n }, createElement(SectionEditor, props)));
};

/** The text inputs, text areas and checkboxes rendered with no aria-label (antd's Select names its own input). */
const unnamed = (html: string) =>
  [...html.matchAll(/<(input|textarea)\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => !/aria-label="[^"]+"/.test(tag));

describe("the form maker's section", () => {
  it('names every control it renders, in Chinese and in English', () => {
    for (const lng of ['zh', 'en'] as const) {
      const html = render(lng);
      expect(html.match(/<(input|textarea)\b/g)?.length).toBeGreaterThan(8);
      expect(unnamed(html)).toEqual([]);
    }
    expect(render('zh')).toContain('aria-label="项目名称 2"');
  });
});
