import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { OrgSummary } from '../../api/types.ts';
import { testI18n } from '../../i18n/test-i18n.ts';
import { mayCreateChild, OrgNodeTitle } from './OrgTreeNode.tsx';

const writer = (p: string) => p === 'org.read' || p === 'org.write';
const reader = (p: string) => p === 'org.read';
const town = { status: 'active', level: 3 } as const;

describe('新建下级工会 on a union', () => {
  it('is offered to a clerk who maintains unions, below an open union above the deepest level', () => {
    expect(mayCreateChild(writer, town)).toBe(true);
    expect(mayCreateChild(writer, { status: 'active', level: 4 })).toBe(true);
  });

  it('is not offered to a clerk who only reads unions, below a closed union, nor below the deepest level', () => {
    expect(mayCreateChild(reader, town)).toBe(false);
    expect(mayCreateChild(writer, { status: 'closed', level: 3 })).toBe(false);
    expect(mayCreateChild(writer, { status: 'active', level: 5 })).toBe(false);
  });

  it("is a button on the union's row in the tree, named in the reader's language, only where offered", () => {
    const org = {
      id: 7,
      name: '张镇总工会',
      kind: 'town',
      status: 'active',
      level: 3,
      unions: 1,
      members: 65,
      hasChildren: true,
    } as OrgSummary;
    const render = (lng: 'zh' | 'en', onCreateChild?: () => void) => {
      const i18n = testI18n();
      void i18n.changeLanguage(lng);
      return renderToString(
        createElement(I18nextProvider, { i18n }, createElement(OrgNodeTitle, { org, onCreateChild })),
      );
    };
    expect(render('zh', () => undefined)).toContain('aria-label="新建下级工会"');
    expect(render('en', () => undefined)).toContain('aria-label="New union below"');
    expect(render('zh')).not.toContain('org-node-create-7');
    expect(render('zh', () => undefined)).toContain('data-testid="org-node-create-7"');
  });
});
