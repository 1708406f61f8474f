/**
 * The world of the counselling service's tests (counselling.service, .privacy, .past-day): a district with a
 * grassroots union under it, the service on the test's clock, counsellors with accounts and their slots, and the
 * crisis flags an account was told of.
 */
import type { Actor } from '../src/access/access.ts';
import { createCounsellingService } from '../src/modules/counselling/counselling.service.ts';
import type { OrgRow } from '../src/modules/org/index.ts';
import { createTestContext } from './factories.ts';
import { createTestDb } from './test-db.ts';

export type CounsellingWorld = Awaited<ReturnType<typeof openCounsellingWorld>>;

export async function openCounsellingWorld(clock: () => Date) {
  const db = await createTestDb();
  const t = createTestContext(db);
  const svc = createCounsellingService(db, clock);
  const district = await t.newOrg(await t.newRoot(), 'district');
  const firm = await t.newOrg(district, 'grassroots');

  /** A counsellor of `org` added by its staff with an account, as the actor of that account. */
  async function newCounsellor(org: OrgRow, onDuty: boolean): Promise<Actor & { counsellorId: number }> {
    const username = `c${t.unique()}`;
    const { id } = await svc.addCounsellor(t.actor('staff', org), {
      orgId: org.id,
      name: '陈静',
      kind: 'counsellor',
      onDuty,
      account: { username, password: 'counsel-pass-1' },
    });
    const { rows } = await db.query<{ id: number }>('select id from users where username = $1', [username]);
    return { ...t.actor('counsellor', org), userId: Number(rows[0].id), username, counsellorId: id };
  }

  /** A 50-minute slot the counsellor offers from `startsAt` (an ISO moment); its id, the newest at that time. */
  async function slotAt(c: Actor, startsAt: string): Promise<number> {
    const start = Date.parse(startsAt);
    await svc.addSlots(c, {
      mode: 'either',
      slots: [{ startsAt, endsAt: new Date(start + 50 * 60_000).toISOString() }],
    });
    const slots = (await svc.counsellorHome(c)).slots.filter((s) => Date.parse(s.startsAt) === start);
    return slots[slots.length - 1].id;
  }

  /** A 50-minute slot the counsellor offers `hoursAhead` hours after the clock's now; its id. */
  const slot = (c: Actor, hoursAhead: number): Promise<number> =>
    slotAt(c, new Date(clock().getTime() + hoursAhead * 3600_000).toISOString());

  /** How many crisis flags (`counselling.crisis` messages) the account was told of. */
  async function crisisMessages(userId: number): Promise<number> {
    const { rows } = await db.query<{ n: number }>(
      `select count(*)::int as n from messages where user_id = $1 and kind = 'counselling.crisis'`,
      [userId],
    );
    return rows[0].n;
  }

  return { db, t, svc, district, firm, newCounsellor, slotAt, slot, crisisMessages };
}
