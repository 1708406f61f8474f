/**
 * What the tests of several server processes on one database share (two-servers.pg.test.ts, with a replica
 * two-servers-replica.pg.test.ts): the union a test's workers belong to, booked counselling sessions for the
 * reminder round, the two servers started, a flash claim fired at every server, and the rounds each server reports.
 */
import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { Actor } from '../src/access/access.ts';
import type { Db } from '../src/db/db.ts';
import { createRootOrg, insertOrg } from '../src/modules/org/index.ts';
import { createProgram, publishProgram } from '../src/modules/programs/index.ts';
import { flashClaimProgram } from '../src/modules/programs/programs.test-kit.ts';
import { inParallel, type ServerProcess, startServerProcess, until } from './server-process.ts';

export const admin: Actor = {
  userId: 0,
  username: 'test',
  displayName: 'test',
  role: 'admin',
  orgId: null,
  scopePath: '/',
  personId: null,
};

/**
 * Two server processes (the real entry) on the database of `env` (DATABASE_URL, and DATABASE_READ_URL for a
 * replica), with one new ID key, running their periodic rounds every second.
 */
export function startTwoServers(env: Record<string, string>): Promise<ServerProcess[]> {
  const both = { ...env, GONGHUI_ID_KEY: randomBytes(32).toString('base64'), GONGHUI_ROUND_SECONDS: '1' };
  return Promise.all([startServerProcess(both), startServerProcess(both)]);
}

/** A federation, a district and one grassroots union under it, named after the test (`双机测试…`). */
export async function seedDistrict(db: Db, prefix: string) {
  return db.tx(async (sql) => {
    const fed = await createRootOrg(sql, null, { name: `${prefix}市总工会`, kind: 'federation' });
    const district = await insertOrg(
      sql,
      { parentId: fed.id, level: 2, kind: 'district', name: `${prefix}区总工会` },
      fed.path,
    );
    const union = await insertOrg(
      sql,
      { parentId: district.id, level: 4, kind: 'grassroots', name: `${prefix}企业工会` },
      district.path,
    );
    return { district, union };
  });
}

/** Counselling sessions starting in a few hours, booked by `people`, not yet reminded (the reminder round's work). */
export async function seedBookings(db: Db, districtId: number, people: { personId: number }[]) {
  const { rows } = await db.query<{ id: number }>(
    `insert into counselling_counsellors (org_id, name, kind, joined_on)
     values ($1, '多机测试咨询师', 'counsellor', '2020-01-01') returning id`,
    [districtId],
  );
  await db.query(
    `with s as (
       insert into counselling_slots (counsellor_id, org_id, starts_at, ends_at, mode, status)
       select $1, $2, now() + interval '3 hours' + make_interval(mins => i), now() + interval '4 hours' + make_interval(mins => i),
              'online', 'booked'
         from generate_series(1, $3::int) as i
       returning id, starts_at)
     insert into counselling_bookings (slot_id, counsellor_id, person_id, org_id, mode, channel, booked_on)
     select s.id, $1, ($4::bigint[])[row_number() over (order by s.starts_at)], $2, 'online', 'app', current_date
       from s`,
    [rows[0].id, districtId, people.length, people.map((p) => p.personId)],
  );
}

/** The rounds a server reports on /metrics, by name: started (ran + skipped). */
export async function roundsOf(s: ServerProcess, name: string): Promise<number> {
  const text = await (await fetch(`${s.base}/metrics`)).text();
  let n = 0;
  for (const m of text.matchAll(/^gonghui_rounds_total\{round="([^"]+)",outcome="(ran|skipped)"\} (\d+)/gm))
    if (m[1] === name) n += Number(m[3]);
  return n;
}

/**
 * A flash claim of `stock` fired at every server at once: each worker claims at one server, the first `again` a
 * second time at the next. Every answer is a 200, exactly `stock` are granted, to as many people, and the quota
 * used says the same.
 */
export async function expectExactFlashClaim(
  db: Db,
  o: {
    servers: ServerProcess[];
    districtId: number;
    workers: { userId: number }[];
    cookie: (w: { userId: number }) => string;
    name: string;
    stock: number;
    again: number;
    parallel: number;
  },
) {
  // the server processes decide by the machine's clock: the claim is open all through the period
  const p = await createProgram(
    db,
    admin,
    flashClaimProgram({
      ownerOrgId: o.districtId,
      name: o.name,
      quota: o.stock,
      claimStartsAt: '2020-01-01T00:00:00Z',
      claimEndsAt: '2099-12-31T00:00:00Z',
    }),
  );
  await publishProgram(db, admin, p.id);
  const n = o.servers.length;
  const claim = (s: ServerProcess, w: { userId: number }) =>
    fetch(`${s.base}/api/claims/${p.id}`, { method: 'POST', headers: { cookie: o.cookie(w) } }).then(
      async (r) => ({ status: r.status, body: (await r.json()) as { result?: string } }),
    );
  const answers = await inParallel(
    [
      ...o.workers.map((w, i) => () => claim(o.servers[i % n], w)),
      ...o.workers.slice(0, o.again).map((w, i) => () => claim(o.servers[(i + 1) % n], w)),
    ],
    o.parallel,
  );
  expect(answers.filter((a) => a.status !== 200)).toEqual([]);
  expect(answers.filter((a) => a.body.result === 'granted').length).toBe(o.stock);
  const { rows } = await db.query<{ n: number; people: number; used: number }>(
    `select count(*)::int as n, count(distinct person_id)::int as people,
            (select quota_used from program_usage where program_id = $1) as used
       from applications where program_id = $1 and intake = 'claim' and status = 'approved'`,
    [p.id],
  );
  expect(rows[0]).toEqual({ n: o.stock, people: o.stock, used: o.stock });
}

/** After `rounds` reminder rounds started in every server, each of the `bookings` was reminded exactly once. */
export async function expectEachReminderOnce(
  db: Db,
  servers: ServerProcess[],
  bookings: number,
  rounds: number,
) {
  await until(
    async () => {
      for (const s of servers) if ((await roundsOf(s, 'counselling.remind')) < rounds) return false;
      return true;
    },
    30,
    `${rounds} reminder rounds in each process`,
  );
  const { rows } = await db.query<{ n: number }>(
    `select count(*)::int as n from messages where kind = 'counselling.reminder' group by user_id`,
  );
  expect(rows.length).toBe(bookings);
  expect(rows.every((r) => r.n === 1)).toBe(true);
}
