import { describe, expect, it } from 'vitest';
import { contextWorld } from '../../../test/world-kit.ts';
import { statsUnionAsked, statsUnionChosen } from './org.stats-head.ts';

const w = contextWorld({
  tree: { district: 'root/district', other: 'root/district', firm: 'district/grassroots' },
  actors: { clerk: ['manager', 'district'], admin: ['admin', null], worker: ['worker', 'firm'] },
});

describe("a statistics answer's union", () => {
  it("is the clerk's own when the query names none, and the one it names otherwise", async () => {
    const asked = (actor: typeof w.clerk, orgId?: number) =>
      w.db.tx((sql) => statsUnionAsked(sql, actor, orgId, 'reports.read'));
    expect(await asked(w.clerk)).toEqual({
      orgId: w.district.id,
      orgName: w.district.name,
      path: w.district.path,
    });
    expect(await asked(w.clerk, w.firm.id)).toEqual({
      orgId: w.firm.id,
      orgName: w.firm.name,
      path: w.firm.path,
    });
    // the administrator asking none counts every union they see, named by the one root that signs for them
    expect(await asked(w.admin)).toEqual({ orgId: null, orgName: w.root.name, path: '/' });
    // under several roots no one union signs for every union: the head names none (a sheet says 全部工会)
    const several = await w.db
      .tx(async (sql) => {
        await sql.query(
          `insert into orgs (name, kind, level, path) values ('另一市总工会', 'federation', 1, '/')`,
        );
        await sql.query(`update orgs set path = '/' || id || '/' where name = '另一市总工会'`);
        throw await statsUnionAsked(sql, w.admin, undefined, 'reports.read');
      })
      .catch((head: unknown) => head);
    expect(several).toEqual({ orgId: null, orgName: null, path: '/' });
    // another district's union is one the clerk cannot see: not found
    await expect(asked(w.clerk, w.other.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('the one union a statistics page of a single union counts', () => {
  it("is the clerk's own or the one named; the administrator is asked to choose one", async () => {
    const chosen = (actor: typeof w.clerk, orgId?: number) =>
      w.db.tx((sql) => statsUnionChosen(sql, actor, orgId, 'reports.read'));
    expect((await chosen(w.clerk)).id).toBe(w.district.id);
    expect((await chosen(w.clerk, w.firm.id)).id).toBe(w.firm.id);
    expect((await chosen(w.admin, w.other.id)).id).toBe(w.other.id);
    // with no union of their own, not a union not found: 请选择工会, naming the field
    await expect(chosen(w.admin)).rejects.toMatchObject({
      code: 'STATS_UNION_REQUIRED',
      messages: { zh: '请选择工会' },
      details: { field: 'orgId' },
    });
    await expect(chosen(w.clerk, w.other.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // a role without the permission is refused before any union is looked at
    await expect(chosen(w.worker)).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
  });
});
