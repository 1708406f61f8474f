import { expect } from 'vitest';
import type { ScopeCase } from './types.ts';

/**
 * Scope case for the to-do list (待办). Every role holds todo.read and the answer is the caller's own work: the demo
 * worker's list holds only phone pages of their own, never a staff queue (the subtree scope of each source is
 * tested in modules/todo/todo.test.ts: a waiting thing appears for its union's account, not another union's).
 */
export const cases: Record<string, ScopeCase> = {
  'GET /api/todo': {
    kind: 'self',
    request: () => ({}),
    check: (_f, res) => {
      expect(res.statusCode).toBe(200);
      const body = res.json() as { items: { href: string; count: number }[]; total: number };
      expect(body.items.every((i) => i.href.startsWith('/m/'))).toBe(true);
      expect(body.total).toBe(body.items.reduce((n, i) => n + i.count, 0));
    },
  },
};
