import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { movableClock } from '../../../test/clock.ts';
import { type CounsellingWorld, openCounsellingWorld } from '../../../test/counselling-kit.ts';
import { type Actor, ROLE_PERMISSIONS } from '../../access/access.ts';

/**
 * Issue 42, ADR 40: a session held on a slot the counsellor offered, booked outside the platform (by phone, on
 * paper), is recorded afterwards by staff on its day: held, and counted on the slot's day.
 */
describe('a counselling session recorded after the fact', () => {
  const clock = movableClock('2026-06-01T09:00:00+08:00');
  let w: CounsellingWorld;
  let counsellor: Actor;
  const staff = () => w.t.actor('staff', w.district);

  beforeAll(async () => {
    w = await openCounsellingWorld(clock);
    counsellor = await w.newCounsellor(w.district, true);
  });
  afterAll(() => w?.db.close());

  /** A slot offered on 2026-06-03 14:00 (China), seen from 1 June. */
  const slotOn3June = async () => {
    clock.set('2026-06-01T09:00:00+08:00');
    return w.slotAt(counsellor, '2026-06-03T06:00:00.000Z');
  };
  const sessions = async () =>
    (
      await w.db.query<{ month: string; n: number }>(
        `select to_char(month, 'YYYY-MM-DD') as month, n::int from report_counts
          where subject = 'counselling.sessions' and org_id = $1 order by month`,
        [w.firm.id],
      )
    ).rows;

  it('records a session held on a past slot on its day, held, and counts it on that day', async () => {
    const slotId = await slotOn3June();
    const p = await w.t.newPerson(w.firm);
    clock.set('2026-06-10T10:00:00+08:00');
    // a past slot without a day is refused, as before
    await expect(
      w.svc.bookForMember(staff(), { slotId, personId: p.id, mode: 'in_person' }),
    ).rejects.toMatchObject({
      code: 'COUNSELLING_SLOT_PAST',
    });
    // the page finds the past slot among the open slots from that day
    expect((await w.svc.openSlots(staff())).items.map((s) => s.id)).not.toContain(slotId);
    expect((await w.svc.openSlots(staff(), undefined, '2026-06-03')).items.map((s) => s.id)).toContain(
      slotId,
    );
    const { id } = await w.svc.bookForMember(staff(), {
      slotId,
      personId: p.id,
      mode: 'in_person',
      heldOn: '2026-06-03',
    });
    const { rows } = await w.db.query<{ status: string; bookedOn: string }>(
      `select status, to_char(booked_on, 'YYYY-MM-DD') as "bookedOn" from counselling_bookings where id = $1`,
      [id],
    );
    expect(rows[0]).toEqual({ status: 'done', bookedOn: '2026-06-03' });
    expect(await sessions()).toEqual([{ month: '2026-06-03', n: 1 }]);
  });

  it('refuses a day other than the slot’s, a slot still to come, or the future', async () => {
    const slotId = await slotOn3June();
    const p = await w.t.newPerson(w.firm);
    clock.set('2026-06-10T10:00:00+08:00');
    await expect(
      w.svc.bookForMember(staff(), { slotId, personId: p.id, mode: 'online', heldOn: '2026-06-02' }),
    ).rejects.toMatchObject({ code: 'EFFECTIVE_BEFORE_PRIOR', details: { field: 'heldOn' } });
    await expect(
      w.svc.bookForMember(staff(), { slotId, personId: p.id, mode: 'online', heldOn: '2026-06-04' }),
    ).rejects.toMatchObject({ code: 'COUNSELLING_SESSION_DAY_NOT_SLOT' });
    await expect(
      w.svc.bookForMember(staff(), { slotId, personId: p.id, mode: 'online', heldOn: '2026-06-11' }),
    ).rejects.toMatchObject({ code: 'EFFECTIVE_IN_FUTURE' });
    // on 1 June the slot is still to come: no day may be given for it
    const later = await slotOn3June();
    await expect(
      w.svc.bookForMember(staff(), { slotId: later, personId: p.id, mode: 'online', heldOn: '2026-06-01' }),
    ).rejects.toMatchObject({ code: 'EFFECTIVE_BEFORE_PRIOR' });
  });

  it('staff record a cancellation on its day: not before the booking, not in the future; the session is uncounted', async () => {
    clock.set('2026-06-01T09:00:00+08:00');
    const slotId = await w.slotAt(counsellor, '2026-06-04T06:00:00.000Z');
    const p = await w.t.newPerson(w.firm);
    const { id } = await w.svc.bookForMember(staff(), { slotId, personId: p.id, mode: 'in_person' });
    const on4June = async () => (await sessions()).find((r) => r.month === '2026-06-04')?.n ?? 0;
    const booked = await on4June();
    clock.set('2026-06-02T15:00:00+08:00');
    await expect(w.svc.cancelByStaff(staff(), id, '职工来电取消', '2026-05-31')).rejects.toMatchObject({
      code: 'EFFECTIVE_BEFORE_PRIOR',
      messages: {
        zh: '取消预约日期 2026-05-31 早于预约日期 2026-06-01',
        en: 'The cancellation date 2026-05-31 is before the day it was booked 2026-06-01',
      },
    });
    await expect(w.svc.cancelByStaff(staff(), id, '', '2026-06-03')).rejects.toMatchObject({
      code: 'EFFECTIVE_IN_FUTURE',
    });
    expect(await w.svc.cancelByStaff(staff(), id, '职工来电取消', '2026-06-01')).toEqual({ ok: true });
    const { rows } = await w.db.query<{ status: string; day: string }>(
      `select status, to_char(cancelled_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') as day
         from counselling_bookings where id = $1`,
      [id],
    );
    expect(rows[0]).toEqual({ status: 'cancelled', day: '2026-06-01 00:00' });
    expect(await on4June()).toBe(booked - 1);
  });

  it('leaves a past day to roles that hold history.backdate: every role that books for members does', () => {
    const roles = Object.entries(ROLE_PERMISSIONS).filter(([, p]) => p.has('counselling.manage'));
    expect(roles.length).toBeGreaterThan(0);
    expect(roles.filter(([, p]) => !p.has('history.backdate')).map(([r]) => r)).toEqual([]);
  });
});
