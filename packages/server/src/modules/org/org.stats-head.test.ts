import { describe, expect, it } from 'vitest';
import { contextWorld } from '../../../test/world-kit.ts';
import { statsUnionAsked } from './org.stats-head.ts';

const w = contextWorld({
  tree: { district: 'root/district', other: 'root/district', firm: 'district/grassroots' },
  actors: { clerk: ['manager', 'district'], admin: ['admin', null] },
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
    // the administrator asking none counts every union they see, and the head names none
    expect(await asked(w.admin)).toEqual({ orgId: null, orgName: null, path: '/' });
    // another district's union is one the clerk cannot see: not found
    await expect(asked(w.clerk, w.other.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
