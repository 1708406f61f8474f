import { unaimed } from '../../../test/scope-cases/kit.ts';
import type { ScopeCase } from '../../../test/scope-cases/types.ts';

/**
 * Scope case for the go-live checklist: it counts the caller's own subtree and names no row, so there is no list
 * to search for 昌平's (that another federation's unions, accounts and returns are not counted is tested in
 * modules/golive/golive.test.ts).
 */
export const cases: Record<string, ScopeCase> = {
  'GET /api/golive': unaimed,
};
