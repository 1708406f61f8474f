import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, TEST_NOW, TEST_TODAY } from '../../../../test/clock.ts';
import { openTestContext, type TestContext } from '../../../../test/factories.ts';
import type { Actor } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import { AppError } from '../../../shared/errors.ts';
import type { OrgRow } from '../../org/index.ts';
import { createProgram, publishProgram } from '../program-admin.service.ts';
import { flashClaimProgram } from '../programs.test-kit.ts';
import { listClaimProgramsOf } from './claims.pages.repository.ts';
import { getMyPickup, MAX_FAILURES, pickupsOfPerson, redeemPickup } from './claims.pickup.ts';
import { getClaimStats } from './claims.query.ts';
import { createClaimsService } from './claims.service.ts';

let db: Db;
let ctx: TestContext;
let district: OrgRow;
let unions: OrgRow[];
let staff: Actor;
let outsiderStaff: Actor;
let programId: number;
/** Winners' application ids, one per person, in `people` order. */
const apps: number[] = [];
const people: number[] = [];

const worker = (personId: number) => ctx.actor('worker', null, personId);

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

/** A published in-kind flash claim program of the district, open now, with a pickup place and time. */
async function newClaimProgram(): Promise<number> {
  const p = await createProgram(
    db,
    staff,
    flashClaimProgram({
      name: `电影票${ctx.unique()}`,
      quota: 10,
      pickupPlace: '区总工会一楼服务大厅',
      pickupTime: '工作日 9:00–17:00',
    }),
  );
  await publishProgram(db, staff, p.id);
  return p.id;
}

beforeAll(async () => {
  ({ db, ctx } = await openTestContext());
  const root = await ctx.newRoot();
  district = await ctx.newOrg(root, 'district');
  unions = [await ctx.newOrg(district, 'grassroots'), await ctx.newOrg(district, 'grassroots')];
  const elsewhere = await ctx.newOrg(await ctx.newOrg(root, 'district'), 'grassroots');
  staff = ctx.actor('staff', district);
  outsiderStaff = ctx.actor('staff', elsewhere);
  programId = await newClaimProgram();
  const claims = createClaimsService(db, { clock: fixedClock() });
  for (let i = 0; i < 4; i++) {
    const person = await ctx.newPerson(unions[i % 2]);
    const r = await claims.claim(worker(person.id), programId);
    expect(r.result).toBe('granted');
    people.push(person.id);
    apps.push(r.applicationId as number);
  }
});

afterAll(async () => {
  await db?.close();
});

describe('pickup codes', () => {
  it('gives the winner one 8-digit code with the place and time, the same each time it is shown', async () => {
    const first = await getMyPickup(db, worker(people[0]), apps[0]);
    expect(first).toMatchObject({
      place: '区总工会一楼服务大厅',
      time: '工作日 9:00–17:00',
      redeemedAt: null,
    });
    expect(first.code).toMatch(/^[0-9]{8}$/);
    const again = await getMyPickup(db, worker(people[0]), apps[0]);
    expect(again.code).toBe(first.code);
    // Shown concurrently for the first time: still one code.
    const [a, b] = await Promise.all([
      getMyPickup(db, worker(people[1]), apps[1]),
      getMyPickup(db, worker(people[1]), apps[1]),
    ]);
    expect(a.code).toBe(b.code);
    expect(a.code).not.toBe(first.code);
  });

  it('shows a code only to its winner', async () => {
    const err = await refusal(getMyPickup(db, worker(people[1]), apps[0]));
    expect(err.kind).toBe('not_found');
    expect((await refusal(getMyPickup(db, staff, apps[0]))).kind).toBe('not_found');
  });

  it('redeems a code once when many staff scan it at the same moment; the others learn when and by whom', async () => {
    const { code } = await getMyPickup(db, worker(people[2]), apps[2]);
    const desks = Array.from({ length: 8 }, (_, i) => ({
      ...ctx.actor('staff', district),
      displayName: `核销员${i}`,
    }));
    const results = await Promise.allSettled(desks.map((d) => redeemPickup(db, d, code)));
    const ok = results.filter((r) => r.status === 'fulfilled');
    expect(ok).toHaveLength(1);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused).toHaveLength(7);
    for (const r of refused) {
      expect(r.reason).toBeInstanceOf(AppError);
      expect(r.reason.code).toBe('PICKUP_ALREADY_REDEEMED');
    }
    const winnerDesk = (
      await db.query<{ name: string }>('select redeemed_by_name as name from pickup_codes where code = $1', [
        code,
      ])
    ).rows[0].name;
    expect(refused[0].reason.messages.zh).toContain(winnerDesk);
    expect(refused[0].reason.messages.en).toContain(winnerDesk);
    expect(refused[0].reason.details).toMatchObject({ redeemedBy: winnerDesk });
    const audit = await db.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'claim.pickup' and entity_id = $1`,
      [String(apps[2])],
    );
    expect(audit.rows[0].n).toBe(1);
    expect((await getMyPickup(db, worker(people[2]), apps[2])).redeemedAt).not.toBeNull();
  });

  it('refuses staff whose union does not see the program, as an unknown code', async () => {
    const { code } = await getMyPickup(db, worker(people[3]), apps[3]);
    const err = await refusal(redeemPickup(db, outsiderStaff, code));
    expect(err.code).toBe('PICKUP_CODE_UNKNOWN');
    const { rows } = await db.query('select 1 from pickup_codes where code = $1 and redeemed_at is null', [
      code,
    ]);
    expect(rows).toHaveLength(1);
  });

  it('throttles an account that types too many unknown codes', async () => {
    const guesser = ctx.actor('staff', district);
    guesser.userId = 987_654;
    for (let i = 0; i < MAX_FAILURES; i++) {
      expect((await refusal(redeemPickup(db, guesser, '00000000'))).code).toBe('PICKUP_CODE_UNKNOWN');
    }
    const { code } = await getMyPickup(db, worker(people[3]), apps[3]);
    expect((await refusal(redeemPickup(db, guesser, code))).code).toBe('PICKUP_THROTTLED');
  });

  it('counts claimed, redeemed and still to collect per union, as the rows say', async () => {
    const { code } = await getMyPickup(db, worker(people[3]), apps[3]);
    await redeemPickup(db, staff, code);
    const stats = await getClaimStats(db, staff, programId, TEST_TODAY);
    const { rows } = await db.query<{ orgId: number; redeemed: number }>(
      `select org_id as "orgId", count(*)::int as redeemed from pickup_codes
        where program_id = $1 and redeemed_at is not null group by org_id`,
      [programId],
    );
    expect(stats.granted).toBe(4);
    expect(stats.redeemed).toBe(2);
    for (const u of unions) {
      const line = stats.byUnion.find((b) => b.orgId === u.id);
      expect(line).toMatchObject({ granted: 2, redeemed: rows.find((r) => r.orgId === u.id)?.redeemed ?? 0 });
    }
    expect(stats.byUnion.reduce((n, u) => n + u.redeemed, 0)).toBe(2);
  });

  it('a desk scanning a member card finds the holder’s pickups of programs it sees, and redeems them as typed', async () => {
    const fresh = await ctx.newPerson(unions[0]);
    const r = await createClaimsService(db, { clock: fixedClock() }).claim(worker(fresh.id), programId);
    expect(r.result).toBe('granted');
    const { items: found, total } = await pickupsOfPerson(db, staff, fresh.id);
    expect(found).toEqual([expect.objectContaining({ applicationId: r.applicationId, redeemedAt: null })]);
    expect(total).toBe(1);
    expect(found[0].code).toBe((await getMyPickup(db, worker(fresh.id), r.applicationId as number)).code);
    expect(await pickupsOfPerson(db, outsiderStaff, fresh.id)).toEqual({ items: [], total: 0 });
    await redeemPickup(db, staff, found[0].code);
    expect((await pickupsOfPerson(db, staff, fresh.id)).items[0].redeemedAt).not.toBeNull();
  });

  it('says how many pickups and claim programs a member has beyond the cap', async () => {
    const fresh = await ctx.newPerson(unions[1]);
    const claims = createClaimsService(db, { clock: fixedClock() });
    const first = await claims.claim(worker(fresh.id), programId);
    const second = await claims.claim(worker(fresh.id), await newClaimProgram());
    expect([first.result, second.result]).toEqual(['granted', 'granted']);
    const all = await pickupsOfPerson(db, staff, fresh.id);
    expect(all.items.map((p) => p.applicationId)).toEqual([second.applicationId, first.applicationId]);
    expect(all.total).toBe(2);
    const cut = await pickupsOfPerson(db, staff, fresh.id, 1);
    expect(cut.items.map((p) => p.applicationId)).toEqual([second.applicationId]);
    expect(cut.total).toBe(2);
    const programs = await listClaimProgramsOf(db, fresh.id, TEST_NOW, 1);
    expect(programs.items).toHaveLength(1);
    expect(programs.total).toBe(2);
    expect(programs.items[0]).not.toHaveProperty('countAll');
  });
});
