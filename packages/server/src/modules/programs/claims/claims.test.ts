import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, minutesFromNow, movableClock, TEST_NOW, TEST_TODAY } from '../../../../test/clock.ts';
import { openTestContext, type TestContext } from '../../../../test/factories.ts';
import type { Actor } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import type { OrgRow } from '../../org/index.ts';
import { closeProgram, createProgram, publishProgram } from '../program-admin.service.ts';
import { flashClaimProgram } from '../programs.test-kit.ts';
import type { ProgramInput } from '../programs.types.ts';
import { drawLottery } from './claims.draw.ts';
import { getClaimStats, listMyClaims } from './claims.query.ts';
import { createClaimsService } from './claims.service.ts';

let db: Db;
let ctx: TestContext;
let district: OrgRow;
let unions: OrgRow[];
let outsider: OrgRow;
let staff: Actor;
let people: number[];

const minutes = (n: number) => minutesFromNow(n).toISOString();
/** A claims service whose clock stands at TEST_NOW, inside the programs' windows. */
const atTestNow = () => createClaimsService(db, { clock: fixedClock() });

async function newClaimProgram(input: Partial<ProgramInput> = {}): Promise<number> {
  const p = await createProgram(db, staff, flashClaimProgram({ name: `话剧票${ctx.unique()}`, ...input }));
  await publishProgram(db, staff, p.id);
  return p.id;
}

const worker = (personId: number) => ctx.actor('worker', null, personId);

async function grants(programId: number) {
  const { rows } = await db.query<{ n: number; people: number }>(
    `select count(*) as n, count(distinct person_id) as people from applications
      where program_id = $1 and intake = 'claim' and status = 'approved'`,
    [programId],
  );
  const usage = await db.query<{ used: number }>(
    'select sum(quota_used) as used from program_usage where program_id = $1',
    [programId],
  );
  return { ...rows[0], used: usage.rows[0].used };
}

beforeAll(async () => {
  ({ db, ctx } = await openTestContext());
  const root = await ctx.newRoot();
  district = await ctx.newOrg(root, 'district');
  const town = await ctx.newOrg(district, 'town');
  unions = [await ctx.newOrg(town, 'grassroots'), await ctx.newOrg(district, 'grassroots')];
  outsider = await ctx.newOrg(await ctx.newOrg(root, 'district'), 'grassroots');
  staff = ctx.actor('staff', district);
  people = [];
  // 200 members under the district, created set-based for speed.
  const { rows } = await db.query<{ id: number }>(
    `insert into persons (name, id_hash, id_cipher, id_masked, birth_date, gender)
     select '职工' || i, 'claims-test:' || $1::text || ':' || i, 'x', '110***********' || lpad(i::text, 4, '0'),
            date '1985-01-01' + i, case when i % 2 = 0 then 'male' else 'female' end
       from generate_series(1, 200) as i
     returning id`,
    [ctx.unique()],
  );
  people = rows.map((r) => r.id);
  await db.query(
    `insert into memberships (person_id, org_id, joined_on)
     select p, case when n % 2 = 0 then $2::bigint else $3::bigint end, date '2019-01-01'
       from unnest($1::bigint[]) with ordinality as t(p, n)`,
    [people, unions[0].id, unions[1].id],
  );
});

afterAll(async () => {
  await db?.close();
});

describe('first-come claims', () => {
  it('grants exactly the stock to distinct people under 200 concurrent claimants', async () => {
    const programId = await newClaimProgram({ quota: 50 });
    // Four "instances", each with its own in-process sold-out flag, share the database.
    const instances = [1, 2, 3, 4].map(atTestNow);
    const results = await Promise.all(
      people.map((id, i) => instances[i % instances.length].claim(worker(id), programId)),
    );
    const granted = results.filter((r) => r.result === 'granted');
    expect(granted).toHaveLength(50);
    expect(results.filter((r) => r.result === 'sold_out')).toHaveLength(150);
    expect(new Set(granted.map((r) => r.applicationId)).size).toBe(50);
    const state = await grants(programId);
    expect(state).toEqual({ n: 50, people: 50, used: 50 });
    // Once gone: a fast answer, for a winner "already claimed".
    const again = await instances[0].claim(worker(people[0]), programId);
    const winners = await db.query<{ personId: number }>(
      `select person_id as "personId" from applications where program_id = $1`,
      [programId],
    );
    const holder = winners.rows[0].personId;
    expect(again.result).toBe(
      winners.rows.some((w) => w.personId === people[0]) ? 'already_claimed' : 'sold_out',
    );
    expect((await instances[1].claim(worker(holder), programId)).result).toBe('already_claimed');
    expect((await grants(programId)).n).toBe(50);

    const stats = await getClaimStats(db, staff, programId, TEST_TODAY);
    expect(stats).toMatchObject({ stock: 50, granted: 50, distinctPeople: 50, left: 0 });
    expect(stats.soldOutAt).not.toBeNull();
    expect(stats.byUnion.reduce((s, u) => s + u.granted, 0)).toBe(50);
  });

  it('gives the same person one grant, also when they press twice at once', async () => {
    const programId = await newClaimProgram({ quota: 5 });
    const claims = atTestNow();
    const [a, b] = await Promise.all([
      claims.claim(worker(people[7]), programId),
      atTestNow().claim(worker(people[7]), programId),
    ]);
    expect([a.result, b.result].sort()).toEqual(['already_claimed', 'granted']);
    const third = await claims.claim(worker(people[7]), programId);
    expect(third.result).toBe('already_claimed');
    expect(third.left).toBe(4);
    expect(await grants(programId)).toEqual({ n: 1, people: 1, used: 1 });
    const mine = await listMyClaims(db, worker(people[7]), TEST_NOW);
    expect(mine.items.find((i) => i.programId === programId)).toMatchObject({
      state: 'open',
      myResult: 'granted',
      left: 4,
      stock: 5,
    });
    // The grant is an approved application with its history and an audit row.
    const app = await db.query<{ status: string; intake: string; events: number; audits: number }>(
      `select a.status, a.intake,
              (select count(*) from application_events e where e.application_id = a.id) as events,
              (select count(*) from audit_log l where l.entity = 'application' and l.entity_id = a.id::text) as audits
         from applications a where a.program_id = $1`,
      [programId],
    );
    expect(app.rows).toEqual([{ status: 'approved', intake: 'claim', events: 1, audits: 1 }]);
  });

  it('answers not_open outside the window and not_eligible outside the owner subtree', async () => {
    const claims = atTestNow();
    const closed = await newClaimProgram({ claimStartsAt: minutes(-120), claimEndsAt: minutes(-60) });
    expect((await claims.claim(worker(people[1]), closed)).result).toBe('not_open');
    const later = await newClaimProgram({ claimStartsAt: minutes(60), claimEndsAt: minutes(120) });
    const early = await claims.claim(worker(people[1]), later);
    expect(early).toMatchObject({ result: 'not_open', left: 50 });
    expect((await grants(closed)).n + (await grants(later)).n).toBe(0);

    const open = await newClaimProgram();
    const stranger = await ctx.newPerson(outsider);
    const r = await claims.claim(worker(stranger.id), open);
    expect(r.result).toBe('not_eligible');
    expect(r.decision?.eligible).toBe(false);
    expect(r.decision?.outcomes.some((o) => !o.held)).toBe(true);
    expect((await grants(open)).n).toBe(0);
  });

  it('keeps the sold-out flag as a shortcut only: raised stock is granted once the flag is stale', async () => {
    const programId = await newClaimProgram({ quota: 2 });
    const clock = movableClock();
    const claims = createClaimsService(db, { cacheTtlMs: 100, clock });
    const first = await Promise.all(people.slice(0, 4).map((id) => claims.claim(worker(id), programId)));
    expect(first.filter((r) => r.result === 'granted')).toHaveLength(2);
    await db.query('update programs set quota = 3 where id = $1', [programId]);
    expect((await claims.claim(worker(people[10]), programId)).result).toBe('sold_out');
    clock.advance(150);
    expect((await claims.claim(worker(people[11]), programId)).result).toBe('granted');
    expect((await claims.claim(worker(people[12]), programId)).result).toBe('sold_out');
    expect(await grants(programId)).toEqual({ n: 3, people: 3, used: 3 });
  });

  it('pays money stock through the ledger, within stock and budget', async () => {
    const programId = await newClaimProgram({
      quota: 10,
      budgetFen: 3 * 20000,
      amount: { kind: 'fixed', fen: 20000 },
    });
    const claims = atTestNow();
    const results = await Promise.all(people.slice(0, 20).map((id) => claims.claim(worker(id), programId)));
    expect(results.filter((r) => r.result === 'granted')).toHaveLength(3);
    const ledger = await db.query<{ n: number; fen: number }>(
      `select count(*) as n, sum(amount_fen) as fen from ledger_entries where program_id = $1 and kind = 'entitlement'`,
      [programId],
    );
    expect(ledger.rows[0]).toEqual({ n: 3, fen: 60000 });
  });
});

describe('lottery', () => {
  it('takes entries in the window, then draws exactly the stock of distinct winners, once', async () => {
    const programId = await newClaimProgram({ quota: 30, lottery: true });
    const clock = movableClock();
    const claims = createClaimsService(db, { clock });
    const entrants = people.slice(0, 120);
    const results = await Promise.all(entrants.map((id) => claims.claim(worker(id), programId)));
    expect(results.every((r) => r.result === 'entered_lottery')).toBe(true);
    expect((await claims.claim(worker(entrants[0]), programId)).result).toBe('entered_lottery');
    await expect(drawLottery(db, staff, programId, {}, minutesFromNow(59))).rejects.toMatchObject({
      code: 'CLAIM_DRAW_TOO_EARLY',
    });

    // The window (to TEST_NOW + 60 minutes) has closed.
    const after = minutesFromNow(61);
    clock.set(after);
    claims.forget(programId);
    expect((await claims.claim(worker(people[150]), programId)).result).toBe('not_open');

    const draw = await drawLottery(db, staff, programId, { seed: 'public-seed-2020' }, after);
    expect(draw).toMatchObject({ entries: 120, winners: 30, stock: 30, seed: 'public-seed-2020' });
    expect(await grants(programId)).toEqual({ n: 30, people: 30, used: 30 });
    await expect(drawLottery(db, staff, programId, {}, after)).rejects.toMatchObject({
      code: 'CLAIM_ALREADY_DRAWN',
    });

    // Anyone can recompute the draw from the seed and the entrants.
    const expected = await db.query<{ personId: number }>(
      `select person_id as "personId" from claim_entries where program_id = $1
        order by md5('public-seed-2020' || ':' || person_id::text), person_id limit 30`,
      [programId],
    );
    const won = await db.query<{ personId: number }>(
      `select person_id as "personId" from applications where program_id = $1 order by person_id`,
      [programId],
    );
    expect(won.rows.map((r) => r.personId)).toEqual(
      expected.rows.map((r) => r.personId).sort((a, b) => a - b),
    );

    const winner = won.rows[0].personId;
    const loser = entrants.find((id) => !won.rows.some((w) => w.personId === id)) as number;
    const mineW = (await listMyClaims(db, worker(winner), after)).items.find(
      (i) => i.programId === programId,
    );
    const mineL = (await listMyClaims(db, worker(loser), after)).items.find((i) => i.programId === programId);
    expect(mineW).toMatchObject({ state: 'drawn', myResult: 'granted' });
    expect(mineL).toMatchObject({ state: 'drawn', myResult: 'not_drawn' });
    const stats = await getClaimStats(db, staff, programId, TEST_TODAY);
    expect(stats).toMatchObject({ granted: 30, entries: 120, left: 0 });
    expect(stats.draw).toMatchObject({ seed: 'public-seed-2020', entries: 120, winners: 30 });
  });

  it('draws a lottery its organiser closed before the window ended: entries ended with the close', async () => {
    const programId = await newClaimProgram({ quota: 5, lottery: true });
    const claims = atTestNow();
    await Promise.all(people.slice(0, 8).map((id) => claims.claim(worker(id), programId)));
    await closeProgram(db, staff, programId);
    claims.forget(programId);
    expect((await claims.claim(worker(people[20]), programId)).result).toBe('not_open');
    // still inside the window the program was published with (to TEST_NOW + 60 minutes)
    const draw = await drawLottery(db, staff, programId, {}, minutesFromNow(5));
    expect(draw).toMatchObject({ entries: 8, winners: 5 });
    const mine = (await listMyClaims(db, worker(people[0]), minutesFromNow(5))).items.find(
      (i) => i.programId === programId,
    );
    expect(mine).toMatchObject({ state: 'drawn' });
  });

  it('lets every entrant win when entries are fewer than the stock', async () => {
    const programId = await newClaimProgram({ quota: 30, lottery: true });
    const claims = atTestNow();
    await Promise.all(people.slice(0, 12).map((id) => claims.claim(worker(id), programId)));
    // Two staff press "draw" at once, after the window: one draw, one refusal.
    const after = minutesFromNow(61);
    const both = await Promise.allSettled([
      drawLottery(db, staff, programId, {}, after),
      drawLottery(db, staff, programId, {}, after),
    ]);
    const drawn = both.filter((b) => b.status === 'fulfilled');
    expect(drawn).toHaveLength(1);
    expect(both.find((b) => b.status === 'rejected')).toMatchObject({
      reason: { code: 'CLAIM_ALREADY_DRAWN' },
    });
    const draw = (drawn[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof drawLottery>>>).value;
    expect(draw.winners).toBe(12);
    expect(draw.seed).toMatch(/^[0-9a-f]{32}$/);
    expect(await grants(programId)).toEqual({ n: 12, people: 12, used: 12 });
  });
});
