import { afterAll, beforeAll } from 'vitest';
import type { Actor, Role } from '../src/access/access.ts';
import type { Db } from '../src/db/db.ts';
import type { OrgKind, OrgRow } from '../src/modules/org/index.ts';
import { createTestApp, type TestAppOptions } from './api.ts';
import { movableClock } from './clock.ts';
import { openTestContext, type TestContext, type TestContextOptions } from './factories.ts';
import { createTestDb } from './test-db.ts';

/** The clock a world's service decides by: it stands still until the test moves it (`set`, `advance`). */
export type WorldClock = ReturnType<typeof movableClock>;

/**
 * A union of a world's tree: `'<from>/<kind>[/<kind>…]'`, where `<from>` is `root` (the world's own federation)
 * or a union named earlier in the declaration and each kind a new union below the last, the name belonging to
 * the last one; or `[path, name]`, its name `name` followed by a unique suffix (names are unique per run).
 */
export type WorldUnion = string | [path: string, name: string];

/** Makes the unions of `tree` in the order declared into `unions`, which holds `root` and each union made. */
async function buildTree(
  t: TestContext,
  unions: Record<string, OrgRow>,
  tree: Record<string, WorldUnion> = {},
) {
  for (const [key, union] of Object.entries(tree)) {
    const [path, name] = typeof union === 'string' ? [union] : union;
    const [from, ...kinds] = path.split('/');
    let org = unions[from];
    if (!org || kinds.length === 0) throw new Error(`world: "${path}" does not start at a union made before`);
    for (const [i, kind] of kinds.entries()) {
      const last = i === kinds.length - 1;
      org = await t.newOrg(org, kind as OrgKind, last && name ? `${name}${t.unique()}` : undefined);
    }
    unions[key] = org;
  }
}

/** What a service test's world hands its tests, filled before the first test: see `serviceWorld`. */
export type World<S, K extends string, A extends string = never> = {
  db: Db;
  t: TestContext;
  clock: WorldClock;
  svc: S;
  root: OrgRow;
} & Record<K, OrgRow> &
  Record<A, Actor>;

/** The actors of a world: each a role at a union of its tree, `root` or none, and any fields of its own. */
type WorldActors<K extends string, A extends string> = Record<
  A,
  [role: Role, union: NoInfer<K> | 'root' | null, more?: Partial<Actor>]
>;

/**
 * Registers a `beforeAll` that opens a fresh test database and context (`context` options), fills `w` with them and
 * what `more` makes of them (made before the root), a new root federation with the `tree` of unions below it (made
 * in the order declared) and the `actors` (each made once); and an `afterAll` that closes the database.
 */
function openWorld(
  w: { db?: Db },
  o: {
    tree?: Record<string, WorldUnion>;
    actors?: WorldActors<string, string>;
    context?: TestContextOptions;
  },
  more: (db: Db, t: TestContext) => object = () => ({}),
) {
  const unions = w as unknown as Record<string, OrgRow>;
  beforeAll(async () => {
    const { db, ctx: t } = await openTestContext(o.context);
    Object.assign(w, { db, t, ...more(db, t) });
    Object.assign(w, { root: await t.newRoot() });
    await buildTree(t, unions, o.tree);
    for (const [key, [role, union, fields]] of Object.entries(o.actors ?? {}))
      Object.assign(w, { [key]: { ...t.actor(role, union === null ? null : unions[union]), ...fields } });
  });
  afterAll(() => w.db?.close());
}

/**
 * A service test's world: registers a `beforeAll` that opens a fresh test database and context (`context`
 * options), makes the service under test with a settable clock starting at `at` and builds a new root federation
 * with the `tree` of unions below it (made in the order declared) and the `actors` (each made once: a role at a
 * union of the tree, `root` or none, and any fields of its own), and an `afterAll` that closes the database.
 * The answer is filled in place by the `beforeAll`: tests read `w.svc` and `w.firm` and move time with
 * `w.clock.set(…)`.
 */
export function serviceWorld<S, K extends string = never, A extends string = never>(o: {
  at: Date | string;
  service: (db: Db, clock: WorldClock, t: TestContext) => S;
  tree?: Record<K, WorldUnion>;
  actors?: WorldActors<K, A>;
  context?: TestContextOptions;
}): World<S, K, A> {
  const w = {} as World<S, K, A>;
  openWorld(w, o, (db, t) => {
    const clock = movableClock(o.at);
    return { clock, svc: o.service(db, clock, t) };
  });
  return w;
}

/**
 * A test file's world without a service under test (the test calls its functions on `w.db`): `serviceWorld`'s
 * database, context, root federation, `tree` and `actors`, no clock.
 */
export function contextWorld<K extends string = never, A extends string = never>(
  o: { tree?: Record<K, WorldUnion>; actors?: WorldActors<K, A>; context?: TestContextOptions } = {},
): Omit<World<never, K, A>, 'svc' | 'clock'> {
  const w = {} as Omit<World<never, K, A>, 'svc' | 'clock'>;
  openWorld(w, o);
  return w;
}

/**
 * A test file's world built by `make` (a module's test kit) on a fresh test database: registers a `beforeAll` that
 * opens the database and builds the world, and an `afterAll` that closes it. The answer is filled in place by the
 * `beforeAll`: tests read `w.db` and the world's own fields (`w.staff(…)`, `w.districtA`).
 */
export function worldPerFile<W extends object>(make: (db: Db) => Promise<W>): W & { db: Db } {
  const w = {} as W & { db: Db };
  beforeAll(async () => {
    const db = await createTestDb();
    Object.assign(w, await make(db), { db });
  });
  afterAll(() => w.db?.close());
  return w;
}

/** What an API test's world hands its tests, filled before the first test: see `appWorld`. */
export type AppWorld<K extends string, U extends string> = {
  t: Awaited<ReturnType<typeof createTestApp>>;
  root: OrgRow;
} & Record<K, OrgRow> &
  Record<U, string>;

/**
 * An API test's world: registers a `beforeAll` that starts the test app (`app` options), builds a new root
 * federation with the `tree` of unions below it (as `serviceWorld` does) and signs in the `users` (each a role at a
 * union of the tree, `root` or none; the world holds their session cookies), and an `afterAll` that closes the app.
 */
export function appWorld<K extends string = never, U extends string = never>(o: {
  tree?: Record<K, WorldUnion>;
  users?: Record<U, [role: Role, union: NoInfer<K> | 'root' | null]>;
  app?: TestAppOptions;
}): AppWorld<K, U> {
  const w = {} as AppWorld<K, U>;
  const unions = w as unknown as Record<string, OrgRow>;
  beforeAll(async () => {
    const t = await createTestApp(o.app);
    Object.assign(w, { t, root: await t.ctx.newRoot() });
    await buildTree(t.ctx, unions, o.tree);
    for (const [key, [role, union]] of Object.entries<[Role, string | null]>(
      o.users ?? ({} as Record<U, [Role, K]>),
    ))
      Object.assign(w, { [key]: await t.signInAs(role, union === null ? null : unions[union]) });
  });
  afterAll(() => w.t?.close());
  return w;
}
