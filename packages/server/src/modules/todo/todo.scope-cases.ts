import { expect } from 'vitest';
import type { ScopeCase } from '../../../test/scope-cases/types.ts';

/**
 * Scope cases for the to-do list (待办) and the menu's used areas. Every role holds todo.read and the answer is the caller's own work: the demo
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
  // The menu's used areas (ADR 76): a worker never has the staff menu, so none (the subtree and the unions above
  // it are tested in modules/menu/menu.test.ts).
  'GET /api/menu/usage': {
    kind: 'self',
    request: () => ({}),
    check: (_f, res) => {
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ used: [] });
    },
  },
};
