import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../i18n/test-i18n.ts';
import { UnionStats } from './StatsPage.tsx';
import { homeUnionPending } from './useHomeOrg.ts';

const stats = { data: undefined, error: undefined, loading: true, reload: async () => {}, set: () => {} };
const shown = (scope: { orgId: number | undefined; unionPending?: boolean }) =>
  renderToString(
    createElement(
      I18nextProvider,
      { i18n: testI18n() },
      createElement(UnionStats<number>, {
        scope: { ...scope, ready: false, stats },
        pickUnion: '请选择工会',
        what: 'figures',
        // biome-ignore lint/correctness/noChildrenProp: UnionStats takes its figures as a function of its props
        children: (n: number) => String(n),
      }),
    ),
  );

describe('a statistics page before its union is known', () => {
  it('shows the spinner, not 请选择工会, while the home union is still being read', () => {
    const html = shown({ orgId: undefined, unionPending: true });
    expect(html).toContain('data-testid="loading"');
    expect(html).not.toContain('请选择工会');
  });

  it('holds the home union pending only while the administrator’s top union is asked and has not answered', () => {
    expect(homeUnionPending(true, undefined, false)).toBe(true);
    expect(homeUnionPending(true, 7, false)).toBe(false);
    expect(homeUnionPending(true, undefined, true)).toBe(false);
    expect(homeUnionPending(false, undefined, false)).toBe(false);
  });
});
