import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { movableClock } from '../../../test/clock.ts';
import { createTestContext, type TestContext } from '../../../test/factories.ts';
import { createTestDb } from '../../../test/test-db.ts';
import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import type { OrgRow } from '../org/index.ts';
import { createCounsellingService } from './counselling.service.ts';

/**
 * Issue 41 (ADR 54): a counsellor reads a worker's answers only through a live or held booking with them, never
 * through a cancelled one; crisis flags reach only the counsellors on duty; the statistics name their rules.
 */
describe('counselling: whose answers, whose flags', () => {
  let db: Db;
  let t: TestContext;
  const clock = movableClock('2026-06-01T01:00:00Z');
  let svc: ReturnType<typeof createCounsellingService>;
  let district: OrgRow;
  let firm: OrgRow;

  const worker = (personId: number) => t.actor('worker', null, personId);
  const staff = () => t.actor('staff', district);

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
  const slot = async (c: Actor, hoursAhead: number) => {
    const start = new Date(clock().getTime() + hoursAhead * 3600_000);
    await svc.addSlots(c, {
      mode: 'either',
      slots: [
        { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 50 * 60_000).toISOString() },
      ],
    });
    return (await svc.counsellorHome(c)).slots.find((s) => Date.parse(s.startsAt) === start.getTime())
      ?.id as number;
  };
  const calm = { scale: 'gad7' as const, answers: [1, 0, 0, 1, 0, 0, 0] };
  const crisis = { scale: 'phq9' as const, answers: [3, 3, 3, 3, 3, 3, 2, 0, 0] };

  beforeAll(async () => {
    db = await createTestDb();
    t = createTestContext(db);
    svc = createCounsellingService(db, clock);
    district = await t.newOrg(await t.newRoot(), 'district');
    firm = await t.newOrg(district, 'grassroots');
  });
  afterAll(() => db.close());

  it("closes a cancelled booking's answers to its counsellor, those given afterwards included", async () => {
    const c = await newCounsellor(district, false);
    const p = await t.newPerson(firm);
    const before = await svc.assessments.take(worker(p.id), calm);
    const { id } = await svc.bookSelf(worker(p.id), { slotId: await slot(c, 48), mode: 'online' });
    clock.advance(3600_000);
    const during = await svc.assessments.take(worker(p.id), calm);
    const live = await svc.counsellorBooking(c, id);
    expect(live.assessments.map((a) => a.id).sort()).toEqual([before.id, during.id].sort());

    clock.advance(3600_000);
    await svc.cancelSelf(worker(p.id), id, '改期');
    clock.advance(3600_000);
    await svc.assessments.take(worker(p.id), calm);
    // the booking is over: its answers (and note) are closed to the counsellor, as if it were another's
    await expect(svc.counsellorBooking(c, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // the worker still reads their own
    expect((await svc.assessments.mine(worker(p.id))).total).toBe(3);
  });

  it('shows through a held session only the answers given up to its end', async () => {
    const c = await newCounsellor(district, false);
    const p = await t.newPerson(firm);
    const first = await svc.assessments.take(worker(p.id), calm);
    const { id } = await svc.bookSelf(worker(p.id), { slotId: await slot(c, 2), mode: 'online' });
    clock.advance(3 * 3600_000); // the session has ended
    await svc.writeNote(c, id, { note: '已会谈', done: true });
    clock.advance(24 * 3600_000);
    const later = await svc.assessments.take(worker(p.id), calm);
    const held = await svc.counsellorBooking(c, id);
    expect(held.assessments.map((a) => a.id)).toEqual([first.id]);
    expect(held.assessments.map((a) => a.id)).not.toContain(later.id);
  });

  it('tells and shows a crisis flag only to counsellors on duty', async () => {
    const town = await t.newOrg(district, 'town');
    const shop = await t.newOrg(town, 'grassroots');
    const onDuty = await newCounsellor(town, true);
    const offDuty = await newCounsellor(town, false);
    const p = await t.newPerson(shop, { phone: '13900001111' });
    const flag = await svc.assessments.take(worker(p.id), crisis);
    expect(flag.crisis).toBe(true);
    const told = async (userId: number) =>
      (
        await db.query<{ n: number }>(
          `select count(*)::int as n from messages where user_id = $1 and kind = 'counselling.crisis'`,
          [userId],
        )
      ).rows[0].n;
    expect(await told(onDuty.userId)).toBe(1);
    expect(await told(offDuty.userId)).toBe(0);

    const duty = await svc.counsellorHome(onDuty);
    expect(duty.flags.map((f) => f.id)).toContain(flag.id);
    const off = await svc.counsellorHome(offDuty);
    expect(off.counsellor.onDuty).toBe(false);
    expect(off.flags).toEqual([]);
    expect(off.flagsTotal).toBe(0);
    expect(JSON.stringify(off)).not.toContain('13900001111');
    await expect(svc.assessments.followUp(offDuty, flag.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // put off duty, the counsellor who was on duty sees none either; the one now on duty follows it up
    await svc.setDuty(staff(), onDuty.counsellorId, false);
    await svc.setDuty(staff(), offDuty.counsellorId, true);
    expect((await svc.counsellorHome(onDuty)).flags).toEqual([]);
    await expect(svc.assessments.followUp(onDuty, flag.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await svc.counsellorHome(offDuty)).flags.map((f) => f.id)).toContain(flag.id);
    await svc.assessments.followUp(offDuty, flag.id);
  });

  it('names what each figure of the statistics counts and as of which day', async () => {
    const s = await svc.stats(staff(), { from: '2026-01-01', to: '2026-06-30' });
    expect(s).toMatchObject({ from: '2026-01-01', to: '2026-06-30' });
    const x = await svc.statsXlsx(staff(), { from: '2026-01-01', to: '2026-06-30' });
    const sheet = await readSheet(x.file, 's.xlsx');
    const [, ...figures] = sheet.headers;
    // with the people served of the sessions register (issue 42)
    expect(figures).toHaveLength(7);
    for (const h of figures)
      expect(h).toMatch(/（.+，(按.+日，2026-01-01至2026-06-30|截至\d{4}-\d{2}-\d{2})）$/);
    expect(figures.find((h) => h.startsWith('会谈场次'))).toContain('按会谈日');
    expect(figures.find((h) => h.startsWith('心理咨询师'))).toContain(`截至${s.asOf}`);
  });
});
