import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CounsellingWorld, openCounsellingWorld } from '../../../test/counselling-kit.ts';
import type { Actor } from '../../access/access.ts';
import { listAssessmentsOfPerson } from './counselling.assessment.repository.ts';
import { expandWeekly } from './counselling.booking.counsellor.ts';
import { reopensOnCancel } from './counselling.booking.steps.ts';
import { remindCounsellingBookings } from './counselling.reminders.ts';
import { listBookingsOfPerson } from './counselling.repository.ts';
import { SCALES, scoreScale } from './counselling.scales.ts';
import { suppress } from './counselling.stats.ts';

describe('PHQ-9 and GAD-7 scoring', () => {
  const phq = (score: number, item9 = 0) => {
    const answers = Array(9).fill(0);
    let left = score - item9;
    for (let i = 0; i < 8 && left > 0; i++) {
      answers[i] = Math.min(3, left);
      left -= answers[i];
    }
    answers[8] = item9;
    return scoreScale(SCALES.phq9, answers);
  };
  it('reads the published bands', () => {
    expect([0, 4, 5, 9, 10, 14, 15, 19, 20, 27].map((s) => phq(s).band)).toEqual([
      'minimal',
      'minimal',
      'mild',
      'mild',
      'moderate',
      'moderate',
      'moderately_severe',
      'moderately_severe',
      'severe',
      'severe',
    ]);
    const gad = (answers: number[]) => scoreScale(SCALES.gad7, answers);
    expect(gad([2, 2, 2, 2, 2, 2, 2])).toMatchObject({
      score: 14,
      band: 'moderate',
      offer: true,
      crisis: false,
    });
    expect(gad([3, 2, 2, 2, 2, 2, 2])).toMatchObject({ score: 15, band: 'severe', crisis: true });
  });
  it('offers a session from 10; a crisis at 20 or any answer to item 9', () => {
    expect(phq(9)).toMatchObject({ offer: false, crisis: false });
    expect(phq(10)).toMatchObject({ offer: true, crisis: false });
    expect(phq(20)).toMatchObject({ crisis: true, selfHarm: false });
    expect(phq(3, 1)).toMatchObject({ offer: false, crisis: true, selfHarm: true });
  });
  it('suppresses cells from 1 to 4', () => {
    expect([0, 1, 4, 5, 219].map(suppress)).toEqual([0, '<5', '<5', 5, 219]);
  });
  it('expands a weekly pattern into dated slots, China time', () => {
    const slots = expandWeekly({
      weekdays: [1, 3],
      time: '14:00',
      minutes: 50,
      from: '2026-06-01',
      until: '2026-06-14',
    });
    expect(slots.map((s) => s.startsAt)).toEqual([
      '2026-06-01T06:00:00.000Z',
      '2026-06-03T06:00:00.000Z',
      '2026-06-08T06:00:00.000Z',
      '2026-06-10T06:00:00.000Z',
    ]);
  });
});

describe('counselling', () => {
  const now = new Date('2026-06-01T09:00:00+08:00');
  let w: CounsellingWorld;
  let counsellor: Actor;
  let other: Actor;

  const staff = () => w.t.actor('staff', w.district);
  const manager = () => w.t.actor('manager', w.district);
  const admin = () => w.t.actor('admin', null);
  const worker = (personId: number) => w.t.actor('worker', null, personId);

  beforeAll(async () => {
    w = await openCounsellingWorld(() => now);
    counsellor = await w.newCounsellor(w.district, true);
    other = await w.newCounsellor(w.district, false);
  });
  afterAll(() => w?.db.close());

  it('books a w.slot once when twenty workers try at once', async () => {
    const id = await w.slot(counsellor, 30);
    const people: number[] = [];
    for (let i = 0; i < 20; i++) people.push((await w.t.newPerson(w.firm)).id);
    const answers = await Promise.allSettled(
      people.map((p) => w.svc.bookSelf(worker(p), { slotId: id, mode: 'online' })),
    );
    expect(answers.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    for (const a of answers.filter((x) => x.status === 'rejected'))
      expect((a as PromiseRejectedResult).reason).toMatchObject({ code: 'COUNSELLING_SLOT_TAKEN' });
    const { rows } = await w.db.query<{ n: number }>(
      `select count(*)::int as n from counselling_bookings where slot_id = $1 and status <> 'cancelled'`,
      [id],
    );
    expect(rows[0].n).toBe(1);
  });

  it('flags a crisis to the counsellor on duty and keeps the answers from staff, managers and admin', async () => {
    const p = await w.t.newPerson(w.firm);
    const result = await w.svc.assessments.take(worker(p.id), {
      scale: 'phq9',
      answers: [2, 2, 2, 1, 1, 1, 1, 1, 1],
    });
    expect(result).toMatchObject({ score: 12, band: 'moderate', offer: true, crisis: true, selfHarm: true });
    expect(result.crisisContacts.map((c) => c.phone)).toEqual(['010-82951332', '400-161-9995', '110', '120']);
    expect(await w.crisisMessages(counsellor.userId)).toBe(1);
    expect(await w.crisisMessages(other.userId)).toBe(0);
    expect((await w.svc.counsellorHome(counsellor)).flags.map((f) => f.id)).toContain(result.id);
    // answers: the worker only, until a booking makes a counsellor theirs
    expect((await w.svc.assessments.myAssessment(worker(p.id), result.id)).answers).toHaveLength(9);
    const stranger = await w.t.newPerson(w.firm);
    await expect(w.svc.assessments.myAssessment(worker(stranger.id), result.id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    for (const who of [staff(), manager(), admin()])
      await expect(w.svc.assessments.myAssessment(who, result.id)).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
    // booked from the offer; the counsellor writes the note; only the two read it
    const slotId = await w.slot(counsellor, 50);
    const { id } = await w.svc.bookSelf(worker(p.id), { slotId, mode: 'in_person', assessmentId: result.id });
    // held only once it has begun: before, the note is kept and the booking stays booked
    await expect(
      w.svc.writeNote(counsellor, id, { note: '谈及睡眠，约定回访', done: true }),
    ).rejects.toMatchObject({ code: 'COUNSELLING_NOT_STARTED' });
    await w.svc.writeNote(counsellor, id, { note: '谈及睡眠，约定回访' });
    const seen = await w.svc.counsellorBooking(counsellor, id);
    expect(seen).toMatchObject({ note: '谈及睡眠，约定回访', status: 'booked' });
    expect(seen.assessments[0].answers).toEqual([2, 2, 2, 1, 1, 1, 1, 1, 1]);
    expect((await w.svc.myBooking(worker(p.id), id)).note).toBe('谈及睡眠，约定回访');
    await expect(w.svc.counsellorBooking(other, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    for (const who of [staff(), manager(), admin()]) {
      await expect(w.svc.counsellorBooking(who, id)).rejects.toMatchObject({ code: 'PERMISSION_DENIED' });
      await expect(w.svc.myBooking(who, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    // staff see the booking, never the note
    const bookings = await w.svc.listBookings(staff());
    expect(bookings.total).toBe(bookings.items.length);
    const listed = bookings.items.find((b) => b.id === id);
    expect(listed).toBeDefined();
    expect(JSON.stringify(listed)).not.toContain('睡眠');
    // the audit log says the note was read, never what it says
    const { rows } = await w.db.query<{ action: string; after: unknown }>(
      `select action, after from audit_log where entity = 'counselling_booking' and entity_id = $1`,
      [String(id)],
    );
    expect(rows.map((r) => r.action)).toContain('counselling.note.read');
    expect(JSON.stringify(rows)).not.toContain('睡眠');
  });

  it('reminds once from the day before; a cancelled booking opens its w.slot again', async () => {
    const p = await w.t.newPerson(w.firm);
    const account = await w.t.newUser('worker', null, p.id);
    const slotId = await w.slot(counsellor, 24 * 3 + 2);
    const { id } = await w.svc.bookSelf(worker(p.id), { slotId, mode: 'online' });
    const reminders = async () =>
      (
        await w.db.query<{ n: number }>(
          `select count(*)::int as n from messages where user_id = $1 and kind = 'counselling.reminder'`,
          [account.id],
        )
      ).rows[0].n;
    await remindCounsellingBookings(w.db, now);
    expect(await reminders()).toBe(0);
    const dayBefore = new Date(now.getTime() + 2 * 86_400_000 + 3600_000);
    await remindCounsellingBookings(w.db, dayBefore);
    await remindCounsellingBookings(w.db, dayBefore);
    expect(await reminders()).toBe(1);
    await w.svc.cancelByCounsellor(counsellor, id, '临时出差');
    await expect(w.svc.cancelSelf(worker(p.id), id)).rejects.toMatchObject({
      code: 'COUNSELLING_NOT_CANCELLABLE',
    });
    const again = await w.t.newPerson(w.firm);
    await expect(w.svc.bookSelf(worker(again.id), { slotId, mode: 'online' })).resolves.toHaveProperty('id');
  });

  it('staff book on the hotline only for members of their subtree; stats count and suppress', async () => {
    const p = await w.t.newPerson(w.firm);
    const slotId = await w.slot(counsellor, 100);
    const outside = await w.t.newOrg(await w.t.newRoot(), 'district');
    await expect(
      w.svc.bookForMember(w.t.actor('staff', outside), { slotId, personId: p.id, mode: 'online' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await w.svc.bookForMember(staff(), { slotId, personId: p.id, mode: 'online' });
    expect((await w.svc.stats(staff(), { from: '2026-01-01', to: '2026-12-31' })).total.sessions).toBe('<5');
    await w.svc.bookForMember(staff(), {
      slotId: await w.slot(counsellor, 120),
      personId: p.id,
      mode: 'in_person',
    });
    await w.svc.addTraining(staff(), (await w.svc.listCounsellors(staff(), {})).items[0].id, {
      title: '危机干预',
      hours: 12,
    });
    const s = await w.svc.stats(staff(), { from: '2026-01-01', to: '2026-12-31' });
    expect(s.total.counsellors).toBe('<5');
    expect(s.total.trainingHours).toBe(12);
    expect(s.total.sessions).toBe(5);
    expect(s.byMonth.find((m) => m.month === '2026-06')?.sessions).toBe(5);
    // the people registered stand on asOf: a month's row does not carry them as a zero
    expect(s.byMonth.find((m) => m.month === '2026-06')).not.toHaveProperty('counsellors');
    expect(s.notes.find((n) => n.key === 'counsellors')?.note.zh).toContain(`截至${s.asOf}`);
    // the union's own row is marked, named plainly: each page says 本级 in its own language
    expect(s.byUnion[0]).toMatchObject({ own: true, orgName: s.orgName });
    expect(s.byUnion.slice(1).every((u) => !u.own && !u.orgName.includes('本级'))).toBe(true);
  });

  it("says how many of a worker's assessments and bookings there are beyond their caps", async () => {
    const p = await w.t.newPerson(w.firm);
    await w.svc.assessments.take(worker(p.id), { scale: 'phq9', answers: [0, 1, 0, 0, 1, 0, 0, 0, 0] });
    await w.svc.assessments.take(worker(p.id), { scale: 'gad7', answers: [1, 0, 0, 1, 0, 0, 0] });
    await w.svc.bookSelf(worker(p.id), { slotId: await w.slot(counsellor, 70), mode: 'online' });
    const mine = await w.svc.assessments.mine(worker(p.id));
    expect(mine.items).toHaveLength(2);
    expect(mine.total).toBe(2);
    expect(await w.svc.myBookings(worker(p.id))).toMatchObject({ total: 1, items: [{ mode: 'online' }] });
    const cut = await listAssessmentsOfPerson(w.db, p.id, 1);
    expect(cut.items).toHaveLength(1);
    expect(cut.total).toBe(2);
    expect(cut.items[0]).not.toHaveProperty('countAll');
  });

  it("lists a worker's bookings nearest first: those to come from the soonest, then those past", async () => {
    const p = await w.t.newPerson(w.firm);
    const slots = [await w.slot(other, 150), await w.slot(other, 100), await w.slot(other, 125)];
    const ids: number[] = [];
    for (const slotId of slots.slice(0, 2))
      ids.push((await w.svc.bookSelf(worker(p.id), { slotId, mode: 'online' })).id);
    // a third to come is past the worker's own cap: staff book it on the hotline
    ids.push((await w.svc.bookForMember(staff(), { slotId: slots[2], personId: p.id, mode: 'online' })).id);
    const [in150, in100, in125] = ids;
    const mine = await w.svc.myBookings(worker(p.id));
    expect(mine.items.map((b) => b.id)).toEqual([in100, in125, in150]);
    // each still to come: cancelling it opens its slot again, as the phone's question says before the worker cancels
    expect(mine.items.map((b) => b.reopensOnCancel)).toEqual([true, true, true]);
    // a day and a half on, the session 100 hours ahead is past: after those still to come
    const later = new Date(now.getTime() + 110 * 3600_000);
    const { items } = await listBookingsOfPerson(w.db, p.id, later);
    expect(items.map((b) => b.id)).toEqual([in125, in150, in100]);
    // then the one past would not open again on cancelling, the others would (the rule cancelling itself follows)
    expect(items.map((b) => reopensOnCancel(b, later))).toEqual([true, true, false]);
  });

  it('a slot withdrawn once is refused again as withdrawn, a booked one as booked', async () => {
    const open = await w.slot(counsellor, 40);
    await w.svc.withdrawSlot(counsellor, open);
    await expect(w.svc.withdrawSlot(counsellor, open)).rejects.toMatchObject({
      code: 'COUNSELLING_SLOT_NOT_OPEN',
      messages: { zh: '该时段已撤回', en: 'The slot is withdrawn already' },
    });
    const booked = await w.slot(counsellor, 41);
    await w.svc.bookSelf(worker((await w.t.newPerson(w.firm)).id), { slotId: booked, mode: 'online' });
    await expect(w.svc.withdrawSlot(counsellor, booked)).rejects.toMatchObject({
      code: 'COUNSELLING_SLOT_NOT_OPEN',
      messages: { zh: '该时段已被预约，请先取消预约', en: 'The slot is booked; cancel the booking first' },
    });
  });

  it('lets a worker hold two sessions to come from the phone, not a third, until one is cancelled or held', async () => {
    const p = await w.t.newPerson(w.firm);
    const slots = [await w.slot(other, 200), await w.slot(other, 210), await w.slot(other, 220)];
    const first = await w.svc.bookSelf(worker(p.id), { slotId: slots[0], mode: 'online' });
    await w.svc.bookSelf(worker(p.id), { slotId: slots[1], mode: 'online' });
    await expect(w.svc.bookSelf(worker(p.id), { slotId: slots[2], mode: 'online' })).rejects.toMatchObject({
      code: 'COUNSELLING_TOO_MANY_BOOKINGS',
      details: { field: 'slotId' },
      messages: {
        zh: '您已有 2 次尚未进行的预约：请在其中一次咨询结束或取消后再预约',
        en: 'You already have 2 sessions to come: book again once one of them is held or cancelled',
      },
    });
    // the slot refused stays open for others
    expect((await w.svc.offeredSlots(worker(p.id))).items.map((s) => s.id)).toContain(slots[2]);
    await w.svc.cancelSelf(worker(p.id), first.id);
    await w.svc.bookSelf(worker(p.id), { slotId: slots[2], mode: 'online' });
    expect((await w.svc.myBookings(worker(p.id))).items.filter((b) => b.status === 'booked')).toHaveLength(2);
  });

  it('takes one of two bookings at once when a worker has one place left under the cap', async () => {
    const p = await w.t.newPerson(w.firm);
    await w.svc.bookSelf(worker(p.id), { slotId: await w.slot(other, 300), mode: 'online' });
    const racing = [await w.slot(other, 310), await w.slot(other, 320)];
    const answers = await Promise.allSettled(
      racing.map((slotId) => w.svc.bookSelf(worker(p.id), { slotId, mode: 'online' })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect((answers.find((a) => a.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({
      code: 'COUNSELLING_TOO_MANY_BOOKINGS',
    });
  });
});
