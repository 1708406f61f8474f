import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../i18n/index.ts';
import { testI18n } from '../../i18n/test-i18n.ts';
import { ProgramTable } from './ProgramTable.tsx';

const emptyTable = (lng: 'zh' | 'en') => {
  const i18n = testI18n(MESSAGES);
  void i18n.changeLanguage(lng);
  return renderToString(
    createElement(I18nextProvider, { i18n }, createElement(ProgramTable, { rows: [], loading: false })),
  );
};

describe('the dashboard of a union whose subtree runs no program in the period', () => {
  it('says why its table is empty and where programs are made, not 暂无数据', () => {
    const zh = emptyTable('zh');
    expect(zh).toContain('data-testid="dash-no-programs"');
    expect(zh).toContain('没有进行中的项目');
    expect(zh).toContain('项目管理');
    expect(zh).not.toContain('暂无数据');
    expect(emptyTable('en')).toContain('No program of this union or those below runs in the period');
  });

  it('says why the chart of the unions below is empty', () => {
    const zh = MESSAGES.zh.dash as Record<string, string>;
    expect(zh.noUnionFigures).toContain('下级工会');
    expect((MESSAGES.en.dash as Record<string, string>).noUnionFigures).toContain('unions below');
  });
});
