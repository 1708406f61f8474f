/**
 * Every register of the catalog (GET /api/registers) is brought in on its own list page, beside its export
 * (issue 45): the web's table of register lists names each one; the web's own test checks that each named page
 * holds the shared import dialog for it.
 */
import { describe, expect, it } from 'vitest';
import { REGISTER_LISTS } from '../../web/src/pages/import/register-lists.ts';
import { appWorld } from './world-kit.ts';

const w = appWorld({ users: { admin: ['admin', null] } });

describe('the list page of every register', () => {
  it('is named for every register of the catalog, and for no other', async () => {
    const res = await w.t.call({ method: 'GET', url: '/api/registers', cookie: w.admin });
    expect(res.statusCode, res.body).toBe(200);
    const keys = (res.json() as { items: { key: string }[] }).items.map((r) => r.key);
    expect(Object.keys(REGISTER_LISTS).sort()).toEqual([...keys].sort());
  });
});
