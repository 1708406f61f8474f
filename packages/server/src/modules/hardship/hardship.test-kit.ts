import { afterAll, beforeAll } from 'vitest';
import { createTestApp } from '../../../test/api.ts';
import { fixedClock, TEST_NOW } from '../../../test/clock.ts';
import { countIn, registerKit } from '../../../test/register-kit.ts';
import { serviceWorld } from '../../../test/world-kit.ts';
import type { OrgRow } from '../org/index.ts';
import { HARDSHIP_REGISTER } from './hardship.register.ts';

/** A row of the hardship register given by header: a header it leaves out is an empty cell. */
export type HardshipSheetRow = Partial<Record<string, string>>;

/** What a hardship register test's world holds, filled before the first test: see `hardshipRegisterWorld`. */
interface HardshipRegisterWorld {
  t: Awaited<ReturnType<typeof createTestApp>>;
  root: OrgRow;
  /** The town's federation (a street union under a new root) and the enterprise union below it. */
  town: OrgRow;
  firm: OrgRow;
  /** The session of the town's staff, who imports. */
  staff: string;
}

/**
 * The hardship files register (困难职工档案台账) as a town's clerk brings it in over HTTP: registers a `beforeAll`
 * that opens the app on a fixed clock, makes a town (`townName`) under a new root with an enterprise union
 * (`firmName`) below it and signs the town's staff in, and an `afterAll` that closes the app. `kit` imports as that
 * staff, its sheets leaving out the columns `without` names, and counts the files of the enterprise union
 * (`filesOf`). The world is filled in place: tests read `h.t`, `h.firm`.
 */
export function hardshipRegisterWorld(o: { townName: string; firmName: string; without?: string[] }) {
  const h = {} as HardshipRegisterWorld;
  beforeAll(async () => {
    const t = await createTestApp({ clock: fixedClock() });
    const root = await t.ctx.newRoot();
    const town = await t.ctx.newOrg(root, 'street', `${o.townName}${t.ctx.unique()}`);
    const firm = await t.ctx.newOrg(town, 'grassroots', `${o.firmName}${t.ctx.unique()}`);
    Object.assign(h, { t, root, town, firm, staff: await t.signInAs('staff', town) });
  });
  afterAll(async () => h.t?.close());
  const filesOf = () => countIn(h.t, 'hardship_files', h.firm);
  const kit = registerKit({
    app: () => h.t,
    cookie: () => h.staff,
    importUrl: '/api/hardship/import',
    register: HARDSHIP_REGISTER,
    without: o.without,
    count: filesOf,
  });
  return { h, kit, filesOf };
}

/**
 * The world of a hardship service test: a district with a grassroots union below it and another district's
 * grassroots union; the district's staff (刘桂兰, user 11) and reviewer and the other union's staff; the service on a
 * fixed clock.
 */
export const hardshipWorld = () =>
  serviceWorld({
    at: TEST_NOW,
    context: { clock: fixedClock() },
    service: (_db, _clock, t) => t.services.hardship,
    tree: {
      district: 'root/district',
      grassroots: 'district/grassroots',
      other: 'root/district/grassroots',
    },
    actors: {
      staff: ['staff', 'district', { userId: 11, displayName: '刘桂兰' }],
      otherStaff: ['staff', 'other'],
      reviewer: ['reviewer', 'district'],
    },
  });
