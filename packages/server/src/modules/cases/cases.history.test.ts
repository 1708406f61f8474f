/**
 * Requests entered from a union's register after the fact (ADR 40): each step on its own day, deadlines counted
 * from the day and time the request came in, and a sweep that leaves a request handled in time where it is.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../test/clock.ts';
import { serviceWorld } from '../../../test/world-kit.ts';
import type { Actor } from '../../access/access.ts';
import { listRecentMessages } from '../messages/index.ts';
import { addWorkingDays, deadlineCalculator, deadlinesOf } from './cases.calendar.ts';
import { escalateOverdueCases } from './cases.escalation.ts';
import { fileOwnRequest } from './cases.filing.ts';
import { parseHolidayNotice } from './cases.notice.ts';

const w = serviceWorld({
  at: TEST_NOW,
  service: (_db, _clock, t) => t.services.cases,
  tree: { street: 'root/street', firm: 'street/grassroots' },
});
let staff: Actor;
let personId: number;
/** The worker's own account, to whom the steps are told. */
let workerUserId: number;

beforeAll(async () => {
  personId = (await w.t.newPerson(w.firm)).id;
  const { rows } = await w.db.query<{ id: number }>(
    `insert into users (username, display_name, password_hash) values ($1, '街道干事', 'x') returning id`,
    [`staff-${w.t.unique()}`],
  );
  await w.db.query(`insert into role_assignments (user_id, role, org_id) values ($1, 'staff', $2)`, [
    rows[0].id,
    w.street.id,
  ]);
  staff = { ...w.t.actor('staff', w.street), userId: rows[0].id };
  const worker = await w.db.query<{ id: number }>(
    `insert into users (username, display_name, password_hash, person_id) values ($1, '职工', 'x', $2) returning id`,
    [`worker-${w.t.unique()}`, personId],
  );
  workerUserId = worker.rows[0].id;
});

const enter = (receivedOn: string, receivedTime?: string) =>
  w.svc.enter(staff, {
    channel: 'reception',
    category: 'wages',
    description: '接待日反映：工资拖欠两个月',
    personId,
    orgId: w.firm.id,
    receivedOn,
    receivedTime,
  });

describe('a request of 2025 entered in its steps', () => {
  it('is accepted and answered on its days, counts on time, and the sweep leaves it where it is', async () => {
    // Monday 2025-03-03, 10:00: deadlines count from that day.
    const d = await enter('2025-03-03', '10:00');
    expect(d.case).toMatchObject({ filedOn: '2025-03-03', receivedTime: '10:00', countedFrom: '2025-03-03' });
    // The sweep runs before the clerk has entered its steps: the 2025 deadlines passed before it was entered.
    expect(await escalateOverdueCases(w.db, TEST_NOW)).not.toContain(d.case.id);
    const early = await w.svc.accept(staff, d.case.id, '2025-03-02').catch((e) => e);
    expect(early).toMatchObject({ code: 'EFFECTIVE_BEFORE_PRIOR' });
    expect(early.messages.zh).toBe('受理日期 2025-03-02 早于收到日期 2025-03-03');
    await w.svc.accept(staff, d.case.id, '2025-03-04');
    const beforeAccept = await w.svc.reply(staff, d.case.id, '已协调企业补发', '2025-03-03').catch((e) => e);
    expect(beforeAccept.messages.zh).toBe('答复日期 2025-03-03 早于受理日期 2025-03-04');
    await w.svc.reply(staff, d.case.id, '已协调企业补发', '2025-03-10');
    // the worker's messages stand on the steps' days, not on the day they were entered
    const told = await w.db.query<{ day: string; title: string }>(
      `select to_char(happened_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day, title_zh as title
         from messages where user_id = $1 and entity_id = $2 order by id`,
      [workerUserId, d.case.id],
    );
    expect(told.rows).toEqual([
      { day: '2025-03-04', title: '您的诉求已受理' },
      { day: '2025-03-10', title: '您的诉求有了答复' },
    ]);
    // written now, they are among the last day's messages the e-mail copy sends
    const recent = await listRecentMessages(w.db, [workerUserId], ['case.update']);
    expect(recent.map((m) => m.titleZh)).toEqual(['您的诉求已受理', '您的诉求有了答复']);
    const done = await w.svc.get(staff, d.case.id);
    expect(done.case).toMatchObject({
      orgId: w.firm.id,
      acceptedOn: '2025-03-04',
      answeredOn: '2025-03-10',
      onTime: true,
      overdue: false,
    });
    expect(done.case.ackDue).toBe(d.case.ackDue);
    const audit = await w.db.query<{ after: { effectiveOn?: string } }>(
      `select after from audit_log where entity = 'case' and entity_id = $1 and action = 'case.reply'`,
      [String(d.case.id)],
    );
    expect(audit.rows[0].after.effectiveOn).toBe('2025-03-10');
    const future = await w.svc.close(staff, d.case.id, null, '2199-01-01').catch((e) => e);
    expect(future).toMatchObject({ code: 'EFFECTIVE_IN_FUTURE' });
  });

  it('a request received after the cut-off or on a rest day counts from the next working day', async () => {
    const late = await enter('2025-03-03', '18:05');
    expect(late.case.countedFrom).toBe('2025-03-04');
    const inTime = await enter('2025-03-03', '17:30');
    expect(inTime.case.countedFrom).toBe('2025-03-03');
    // Saturday 2025-03-08 → Monday 2025-03-10; the deadlines are a day later than counted from the Saturday.
    const saturday = await enter('2025-03-08');
    expect(saturday.case.countedFrom).toBe('2025-03-10');
    const monday = await enter('2025-03-10');
    expect(saturday.case.ackDue).toBe(monday.case.ackDue);
    // To the second: 17:30:00 is in time, 17:30:01 is after hours; HH:MM and HH:MM:SS are both taken.
    const onTheSecond = await enter('2025-03-03', '17:30:00');
    expect(onTheSecond.case).toMatchObject({ receivedTime: '17:30:00', countedFrom: '2025-03-03' });
    const aSecondLate = await enter('2025-03-03', '17:30:01');
    expect(aSecondLate.case).toMatchObject({ receivedTime: '17:30:01', countedFrom: '2025-03-04' });
    // The cut-off is a setting.
    await w.svc.admin.saveSettings(w.t.actor('admin', null), { afterHours: '18:30' });
    expect((await enter('2025-03-03', '18:05')).case.countedFrom).toBe('2025-03-03');
    await w.svc.admin.saveSettings(w.t.actor('admin', null), { afterHours: '17:30' });
  });

  it('a reviewer-less worker cannot back-date, and staff need history.backdate for a past day', async () => {
    const d = await enter('2025-04-01');
    const judge = { ...w.t.actor('staff', w.street), role: 'reviewer' as const };
    await expect(w.svc.accept(judge, d.case.id, '2025-04-02')).rejects.toMatchObject({ kind: 'forbidden' });
  });
});

describe('the after-hours cut-off, to the second, on a live filing', () => {
  // Monday 2026-06-15 in China; the cut-off is 17:30 (17:30:00).
  const fileAt = (at: string) =>
    fileOwnRequest(
      w.db,
      w.t.actor('worker', null, personId),
      `owner-${w.t.unique()}`,
      { channel: 'app', category: 'wages', description: '下班前后提交的诉求', anonymous: false },
      new Date(at),
    );
  const filed = async (id: number) => (await w.svc.get(staff, id)).case;

  it('a request filed at 17:30:00 counts from that day, at 17:30:01 from the next working day', async () => {
    const inTime = await filed(await fileAt('2026-06-15T09:30:00.000Z'));
    expect(inTime).toMatchObject({
      filedOn: '2026-06-15',
      receivedTime: '17:30:00',
      countedFrom: '2026-06-15',
    });
    const late = await filed(await fileAt('2026-06-15T09:30:01.000Z'));
    expect(late).toMatchObject({
      filedOn: '2026-06-15',
      receivedTime: '17:30:01',
      countedFrom: '2026-06-16',
    });
    expect(late.ackDue).toBe(await addWorkingDays(w.db, '2026-06-16', 2));
  });
});

describe('deadlines of a whole register at once', () => {
  it('are those of one request at a time, across holidays, weekends and the cut-off', async () => {
    const calc = await deadlineCalculator(w.db, '2025-01-01', '2025-12-31');
    for (let i = 0; i < 365; i += 3) {
      const day = new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10);
      for (const [category, time] of [
        ['wages', null],
        ['safety', '18:00'],
        ['other', '09:00'],
        ['wages', '17:30:00'],
        ['contract', '17:30:01'],
      ] as const) {
        expect(calc(category, day, time), `${category} ${day} ${time}`).toEqual(
          await deadlinesOf(w.db, category, day, time),
        );
      }
    }
  });
});

describe("the State Council's holiday notice, pasted", () => {
  const NOTICE_2025 = `一、元旦：1月1日（周三）放假1天，不调休。
二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。
三、清明节：4月4日（周五）至6日（周日）放假，共3天。
四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。
五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。
六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。`;

  it('reads the weekdays off and the weekend days worked, named by their holiday', () => {
    const { days, problems } = parseHolidayNotice(2025, NOTICE_2025);
    expect(problems).toEqual([]);
    const off = days.filter((d) => !d.working).map((d) => d.day);
    const worked = days.filter((d) => d.working).map((d) => d.day);
    expect(off).toHaveLength(28);
    expect(off.slice(0, 10)).toEqual([
      '2025-01-01',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-02',
      '2025-02-03',
      '2025-02-04',
      '2025-04-04',
    ]);
    expect(worked).toEqual(['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11']);
    expect(days.find((d) => d.day === '2025-10-08')?.name).toBe('国庆节、中秋节');
    expect(days.find((d) => d.day === '2025-02-08')?.name).toBe('春节调休');
    // Pasted as one line, the same days.
    expect(parseHolidayNotice(2025, NOTICE_2025.replace(/\n/g, '')).days).toEqual(days);
  });

  it('a dry run shows the change; the paste replaces the year; an unreadable line changes nothing', async () => {
    const admin = w.t.actor('admin', null);
    const dry = await w.svc.admin.pasteYear(admin, { year: 2025, text: NOTICE_2025, dryRun: true });
    // The shipped 2025 calendar is the notice's: the same days; the two make-up days of 国庆 are renamed after
    // both holidays (国庆节、中秋节调休).
    expect(dry).toMatchObject({ dryRun: true, added: 0, changed: 2, removed: 0 });
    expect(dry.days).toHaveLength(33);
    const bad = await w.svc.admin
      .pasteYear(admin, { year: 2025, text: `${NOTICE_2025}\n七、测试：3月4日（周二）上班。` })
      .catch((e) => e);
    expect(bad).toMatchObject({ code: 'CASE_NOTICE_UNREADABLE' });
    expect(bad.messages.zh).toContain('2025-03-04 是工作日');
    const text2027 = '一、元旦：1月1日（周五）至3日（周日）放假，共3天。';
    const done = await w.svc.admin.pasteYear(admin, { year: 2027, text: text2027 });
    expect(done).toMatchObject({ dryRun: false, added: 3 });
    expect((await w.svc.admin.calendar(admin, 2027)).days.map((d) => [d.day, d.name])).toEqual([
      ['2027-01-01', '元旦'],
      ['2027-01-02', '元旦'],
      ['2027-01-03', '元旦'],
    ]);
    // a notice replaces the year: the days on record it does not list are named before the clerk pastes it
    const qingming = '一、清明节：4月5日（周一）放假，共1天。';
    const again = await w.svc.admin.pasteYear(admin, { year: 2027, text: qingming, dryRun: true });
    expect(again).toMatchObject({ added: 1, changed: 0, removed: 3 });
    expect(again.removedDays.map((d) => [d.day, d.working, d.name])).toEqual([
      ['2027-01-01', false, '元旦'],
      ['2027-01-02', false, '元旦'],
      ['2027-01-03', false, '元旦'],
    ]);
  });
});
