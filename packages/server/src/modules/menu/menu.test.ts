import { describe, expect, it } from 'vitest';
import { contextWorld } from '../../../test/world-kit.ts';
import { MODULES } from '../../modules.gen.ts';
import { MENU_AREAS } from '../../shared/menu-usage.ts';
import { isUsed } from './menu.repository.ts';
import { usedAreas } from './menu.service.ts';

/** Every module's probe, as the kernel hands them to the menu (services.ts). */
const AREA_USAGES = MODULES.flatMap((m) => (m.menuUsage ? [m.menuUsage] : []));

describe('the menu areas a union has used (ADR 76)', () => {
  const w = contextWorld({
    tree: {
      district: 'root/district',
      street: 'district/town',
      firm: 'street/grassroots',
      otherFirm: 'root/district/town/grassroots',
    },
  });

  const pledge = (orgId: number) =>
    w.db.query(
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
      expect(await isUsed(w.db, u, [])).toBe(false);
      await isUsed(w.db, u, [w.firm.id, w.street.id]);
      await isUsed(w.db, u, null);
    }
  });

  it('folds an area until a union of the subtree or above it has a record of it', async () => {
    const clerk = w.t.actor('staff', w.firm);
    expect(await usedAreas(w.db, clerk, AREA_USAGES)).not.toContain('pledges');
    await pledge(w.otherFirm.id);
    expect(await usedAreas(w.db, clerk, AREA_USAGES)).not.toContain('pledges'); // another district's record is not ours
    expect(await usedAreas(w.db, w.t.actor('admin', null), AREA_USAGES)).toContain('pledges');
    await pledge(w.district.id);
    expect(await usedAreas(w.db, clerk, AREA_USAGES)).toContain('pledges'); // what the district runs is offered below
    expect(await usedAreas(w.db, w.t.actor('manager', w.street), AREA_USAGES)).toContain('pledges');
  });

  it('answers a worker no areas: the staff menu is never theirs', async () => {
    expect(await usedAreas(w.db, { ...w.t.actor('worker', w.firm), scopePath: null }, AREA_USAGES)).toEqual(
      [],
    );
  });
});
