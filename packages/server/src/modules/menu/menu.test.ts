import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestContext, type TestContext } from '../../../test/factories.ts';
import type { Db } from '../../db/db.ts';
import { MODULES } from '../../modules.gen.ts';
import { MENU_AREAS } from '../../shared/menu-usage.ts';
import type { OrgRow } from '../org/index.ts';
import { isUsed } from './menu.repository.ts';
import { usedAreas } from './menu.service.ts';

/** Every module's probe, as the kernel hands them to the menu (services.ts). */
const AREA_USAGES = MODULES.flatMap((m) => (m.menuUsage ? [m.menuUsage] : []));

describe('the menu areas a union has used (ADR 76)', () => {
  let db: Db;
  let t: TestContext;
  let district: OrgRow;
  let street: OrgRow;
  let firm: OrgRow;
  let otherFirm: OrgRow;

  beforeAll(async () => {
    ({ db, ctx: t } = await openTestContext());
    const root = await t.newRoot();
    district = await t.newOrg(root, 'district');
    street = await t.newOrg(district, 'town');
    firm = await t.newOrg(street, 'grassroots');
    otherFirm = await t.newOrg(await t.newOrg(await t.newOrg(root, 'district'), 'town'), 'grassroots');
  });
  afterAll(() => db.close());

  const pledge = (orgId: number) =>
    db.query(
      `insert into pledges (org_id, federation_id, year, title, category, budget_fen, department)
       select id, split_part(path, '/', 2)::bigint, 2026, '职工之家', 'conditions', 0, '工会' from orgs where id = $1`,
      [orgId],
    );

  it('finds each area and its probe in the module that declares it: its vocabulary and its manifest (issue 46)', () => {
    expect(MENU_AREAS).toEqual(AREA_USAGES.map((u) => u.area));
    for (const m of MODULES) if (m.menuUsage) expect(m.menuUsage.area).toBe(m.name);
  });

  it('has one probe per area, each a statement that runs for no union, some and all', async () => {
    expect(AREA_USAGES.map((u) => u.area).sort()).toEqual([...MENU_AREAS].sort());
    for (const u of AREA_USAGES) {
      expect(await isUsed(db, u, [])).toBe(false);
      await isUsed(db, u, [firm.id, street.id]);
      await isUsed(db, u, null);
    }
  });

  it('folds an area until a union of the subtree or above it has a record of it', async () => {
    const clerk = t.actor('staff', firm);
    expect(await usedAreas(db, clerk, AREA_USAGES)).not.toContain('pledges');
    await pledge(otherFirm.id);
    expect(await usedAreas(db, clerk, AREA_USAGES)).not.toContain('pledges'); // another district's record is not ours
    expect(await usedAreas(db, t.actor('admin', null), AREA_USAGES)).toContain('pledges');
    await pledge(district.id);
    expect(await usedAreas(db, clerk, AREA_USAGES)).toContain('pledges'); // what the district runs is offered below
    expect(await usedAreas(db, t.actor('manager', street), AREA_USAGES)).toContain('pledges');
  });

  it('answers a worker no areas: the staff menu is never theirs', async () => {
    expect(await usedAreas(db, { ...t.actor('worker', firm), scopePath: null }, AREA_USAGES)).toEqual([]);
  });
});
