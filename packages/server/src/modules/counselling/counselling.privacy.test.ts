import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { movableClock } from '../../../test/clock.ts';
import { type CounsellingWorld, openCounsellingWorld } from '../../../test/counselling-kit.ts';
import { readSheet } from '../../shared/sheet-reader.ts';

/**
 * Issue 41 (ADR 54): a counsellor reads a worker's answers only through a live or held booking with them, never
 * through a cancelled one; crisis flags reach only the counsellors on duty; the statistics name their rules.
 */
describe('counselling: whose answers, whose flags', () => {
  const clock = movableClock('2026-06-01T01:00:00Z');
  let w: CounsellingWorld;

  const worker = (personId: number) => w.t.actor('worker', null, personId);
  const staff = () => w.t.actor('staff', w.district);

  const calm = { scale: 'gad7' as const, answers: [1, 0, 0, 1, 0, 0, 0] };
  const crisis = { scale: 'phq9' as const, answers: [3, 3, 3, 3, 3, 3, 2, 0, 0] };

  beforeAll(async () => {
    w = await openCounsellingWorld(clock);
  });
  afterAll(() => w?.db.close());

  it("closes a cancelled booking's answers to its counsellor, those given afterwards included", async () => {
    const c = await w.newCounsellor(w.district, false);
    const p = await w.t.newPerson(w.firm);
    const before = await w.svc.assessments.take(worker(p.id), calm);
    const { id } = await w.svc.bookSelf(worker(p.id), { slotId: await w.slot(c, 48), mode: 'online' });
    clock.advance(3600_000);
    const during = await w.svc.assessments.take(worker(p.id), calm);
    const live = await w.svc.counsellorBooking(c, id);
    expect(live.assessments.map((a) => a.id).sort()).toEqual([before.id, during.id].sort());

    clock.advance(3600_000);
    await w.svc.cancelSelf(worker(p.id), id, '改期');
    clock.advance(3600_000);
    await w.svc.assessments.take(worker(p.id), calm);
    // the booking is over: its answers (and note) are closed to the counsellor, as if it were another's
    await expect(w.svc.counsellorBooking(c, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // the worker still reads their own
    expect((await w.svc.assessments.mine(worker(p.id))).total).toBe(3);
  });

  it('shows through a held session only the answers given up to its end', async () => {
    const c = await w.newCounsellor(w.district, false);
    const p = await w.t.newPerson(w.firm);
    const first = await w.svc.assessments.take(worker(p.id), calm);
    const { id } = await w.svc.bookSelf(worker(p.id), { slotId: await w.slot(c, 2), mode: 'online' });
    clock.advance(3 * 3600_000); // the session has ended
    await w.svc.writeNote(c, id, { note: '已会谈', done: true });
    clock.advance(24 * 3600_000);
    const later = await w.svc.assessments.take(worker(p.id), calm);
    const held = await w.svc.counsellorBooking(c, id);
    expect(held.assessments.map((a) => a.id)).toEqual([first.id]);
    expect(held.assessments.map((a) => a.id)).not.toContain(later.id);
  });

  it('tells and shows a crisis flag only to counsellors on duty', async () => {
    const town = await w.t.newOrg(w.district, 'town');
    const shop = await w.t.newOrg(town, 'grassroots');
    const onDuty = await w.newCounsellor(town, true);
    const offDuty = await w.newCounsellor(town, false);
    const p = await w.t.newPerson(shop, { phone: '13900001111' });
    const flag = await w.svc.assessments.take(worker(p.id), crisis);
    expect(flag.crisis).toBe(true);
    expect(await w.crisisMessages(onDuty.userId)).toBe(1);
    expect(await w.crisisMessages(offDuty.userId)).toBe(0);

    const duty = await w.svc.counsellorHome(onDuty);
    expect(duty.flags.map((f) => f.id)).toContain(flag.id);
    const off = await w.svc.counsellorHome(offDuty);
    expect(off.counsellor.onDuty).toBe(false);
    expect(off.flags).toEqual([]);
    expect(off.flagsTotal).toBe(0);
    expect(JSON.stringify(off)).not.toContain('13900001111');
    await expect(w.svc.assessments.followUp(offDuty, flag.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // put off duty, the counsellor who was on duty sees none either; the one now on duty follows it up
    await w.svc.setDuty(staff(), onDuty.counsellorId, false);
    await w.svc.setDuty(staff(), offDuty.counsellorId, true);
    expect((await w.svc.counsellorHome(onDuty)).flags).toEqual([]);
    await expect(w.svc.assessments.followUp(onDuty, flag.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await w.svc.counsellorHome(offDuty)).flags.map((f) => f.id)).toContain(flag.id);
    await w.svc.assessments.followUp(offDuty, flag.id);
  });

  it('names what each figure of the statistics counts and as of which day', async () => {
    const s = await w.svc.stats(staff(), { from: '2026-01-01', to: '2026-06-30' });
    expect(s).toMatchObject({ from: '2026-01-01', to: '2026-06-30' });
    const x = await w.svc.statsXlsx(staff(), { from: '2026-01-01', to: '2026-06-30' });
    const sheet = await readSheet(x.buffer, 's.xlsx');
    const [, ...figures] = sheet.headers;
    // with the people served of the sessions register (issue 42)
    expect(figures).toHaveLength(7);
    for (const h of figures)
      expect(h).toMatch(/（.+，(按.+日，2026-01-01至2026-06-30|截至\d{4}-\d{2}-\d{2})）$/);
    expect(figures.find((h) => h.startsWith('会谈场次'))).toContain('按会谈日');
    expect(figures.find((h) => h.startsWith('心理咨询师'))).toContain(`截至${s.asOf}`);
  });
});
