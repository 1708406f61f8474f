import type { Db, Sql } from '../../db/db.ts';
import { createRandom, randomName } from '../../demo/random.ts';
import { chinaDayStart } from '../../shared/effective.ts';
import { resolveOrgNames } from '../org/index.ts';
import { addCounts } from '../reporting/index.ts';
import { insertAssessment } from './counselling.assessment.repository.ts';
import { insertCounsellor, insertTraining, insertVolunteers } from './counselling.counsellors.repository.ts';
import { findSlotIdAt, listVolunteerTrainingHours, membersIn } from './counselling.demo.repository.ts';
import {
  insertBooking,
  insertSlots,
  listSlotsOfCounsellor,
  takeSlot,
  writeNote,
} from './counselling.repository.ts';
import { SCALES, type ScaleId, scoreScale } from './counselling.scales.ts';

/**
 * Seed 001: 北京邮政工会 brought 微心理课堂, 心理评估, 心理咨询 and 心理治疗 into its workers' lives and trained 219
 * 心理关爱志愿者. The demo registers those 219 volunteers (16–48 training hours each) over 北京邮政's unions, a
 * counsellor of 北京邮政 (no sign-in) with a year of sessions and assessments of its workers, and the city's
 * counsellor `counsellor` (北京市总工会职工心理服务中心, on duty) with open slots in the coming two weeks, a few of
 * them booked, whom every worker of the city — the demo worker 李明 included — may book.
 */
const DAY = 86_400_000;
const isoDay = (t: number) => new Date(t + 8 * 3600_000).toISOString().slice(0, 10);

async function slotsFor(sql: Sql, counsellorId: number, orgId: number, days: string[], place: string) {
  const slots = days.flatMap((d) =>
    ['09:30', '14:00', '15:30'].map((t) => {
      const start = new Date(`${d}T${t}:00+08:00`);
      return {
        startsAt: start.toISOString(),
        endsAt: new Date(start.getTime() + 50 * 60_000).toISOString(),
        mode: 'either' as const,
        place,
      };
    }),
  );
  await insertSlots(sql, counsellorId, orgId, slots);
}

export async function seedCounselling(db: Db, today: string, counsellorUserId: number | null) {
  const names = await db.tx((sql) => resolveOrgNames(sql, { path: '/' }, ['北京邮政工会', '北京市总工会']));
  const post = names.get('北京邮政工会');
  const city = names.get('北京市总工会');
  if (!post || post === 'ambiguous' || !city || city === 'ambiguous') return { volunteers: 0, bookings: 0 };
  const r = createRandom(219);
  const todayStart = chinaDayStart(today).getTime();
  return db.tx(async (sql) => {
    const members = await membersIn(sql, post.path, 400);
    const volunteers = await seedVolunteers(sql, r, post.id, members, todayStart);

    // 北京邮政's own counsellor: a year of sessions with its workers, and their assessments
    const postCounsellor = await addCounsellor(
      sql,
      {
        orgId: post.id,
        userId: null,
        name: '刘心怡',
        qualification: '国家三级心理咨询师',
        onDuty: false,
        joinedOn: isoDay(todayStart - 420 * DAY),
      },
      { title: '心理咨询师职业培训', hours: 96, certificate: '心理咨询师（三级）' },
    );
    let bookings = 0;
    const scales: ScaleId[] = ['phq9', 'gad7'];
    for (let i = 0; i < Math.min(members.length, 90); i++) {
      const m = members[i];
      const at = todayStart - r.int(2, 360) * DAY + 10 * 3600_000;
      const scale = scales[i % 2];
      const base = r.int(0, 3) === 0 ? 2 : r.int(0, 1);
      const answers = SCALES[scale].items.map((_x, k) =>
        scale === 'phq9' && k === 8 ? 0 : Math.min(3, Math.max(0, base + r.int(-1, 1))),
      );
      const result = scoreScale(SCALES[scale], answers);
      const day = isoDay(at);
      const assessmentId = await insertAssessment(sql, {
        personId: m.personId,
        orgId: m.orgId,
        scale,
        answers,
        score: result.score,
        band: result.band,
        flagged: result.crisis,
        selfHarm: result.selfHarm,
        takenAt: new Date(at),
        on: day,
      });
      await addCounts(sql, [
        { subject: 'counselling.assessments', orgId: m.orgId, on: day, dim: scale, n: 1 },
        ...(result.crisis
          ? [{ subject: 'counselling.referrals', orgId: m.orgId, on: day, dim: scale, n: 1 }]
          : []),
      ]);
      if (!result.offer && i % 3 !== 0) continue;
      // a session a few days after the assessment
      const start = new Date(
        chinaDayStart(isoDay(at + r.int(2, 6) * DAY)).getTime() + (i % 2 ? 14 : 9.5) * 3600_000,
      );
      if (start.getTime() >= todayStart) continue;
      await insertSlots(sql, postCounsellor, post.id, [
        {
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + 50 * 60_000).toISOString(),
          mode: 'either',
          place: '北京邮政职工心灵驿站',
        },
      ]);
      const slotId = (await findSlotIdAt(sql, postCounsellor, start)) as number;
      if (!(await takeSlot(sql, slotId, new Date(start.getTime() - DAY)))) continue;
      const mode = i % 4 === 0 ? 'online' : 'in_person';
      const id = (await insertBooking(sql, {
        slotId,
        counsellorId: postCounsellor,
        personId: m.personId,
        orgId: m.orgId,
        mode,
        channel: i % 5 === 0 ? 'hotline' : 'app',
        assessmentId,
        bookedOn: day,
        bookedBy: null,
      })) as number;
      await writeNote(
        sql,
        id,
        '（演示）来访者谈及工作压力与睡眠问题，做了放松训练，约定两周后回访。',
        start,
        true,
      );
      await addCounts(sql, [
        { subject: 'counselling.sessions', orgId: m.orgId, on: isoDay(start.getTime()), dim: mode, n: 1 },
      ]);
      bookings += 1;
    }

    // the city's counsellor, on duty, with slots over the coming two weeks
    if (counsellorUserId)
      bookings += await seedCityCounsellor(sql, city.id, counsellorUserId, members, today);
    return { volunteers, bookings };
  });
}

/** The 219 volunteers, spread over 北京邮政's unions, with their training hours counted on the day each joined. */
async function seedVolunteers(
  sql: Sql,
  r: ReturnType<typeof createRandom>,
  postId: number,
  members: { orgId: number }[],
  todayStart: number,
): Promise<number> {
  const unions = [...new Set(members.map((m) => m.orgId))];
  if (!unions.length) unions.push(postId);
  let volunteers = 0;
  for (const [i, orgId] of [postId, ...unions].entries()) {
    const n =
      i === 0
        ? 219 - Math.floor(219 / (unions.length + 1)) * unions.length
        : Math.floor(219 / (unions.length + 1));
    const joined = Array.from({ length: n }, () => isoDay(todayStart - r.int(30, 700) * DAY));
    await insertVolunteers(sql, {
      orgId,
      names: Array.from({ length: n }, () => randomName(r)),
      joinedOn: joined,
      hours: Array.from({ length: n }, () => r.int(16, 48)),
      title: '心理关爱志愿者专业能力培训',
      certificate: '心理关爱志愿者培训合格证',
    });
    volunteers += n;
  }
  // the volunteers and their hours in the counts, on the day each joined
  const rows = await listVolunteerTrainingHours(sql);
  await addCounts(
    sql,
    rows.flatMap((v) => [
      { subject: 'counselling.volunteers', orgId: Number(v.orgId), on: v.joinedOn, dim: 'volunteer', n: 1 },
      {
        subject: 'counselling.training_hours',
        orgId: Number(v.orgId),
        on: v.joinedOn,
        dim: 'volunteer',
        n: v.hours,
      },
    ]),
  );
  return volunteers;
}

/** A counsellor (no sign-in, or the user's) with the training that qualified them, counted on the day they joined. */
async function addCounsellor(
  sql: Sql,
  c: Omit<Parameters<typeof insertCounsellor>[1], 'kind'>,
  training: { title: string; hours: number; certificate: string },
): Promise<number> {
  const id = (await insertCounsellor(sql, { ...c, kind: 'counsellor' })) as number;
  await insertTraining(sql, { counsellorId: id, orgId: c.orgId, ...training, on: c.joinedOn });
  await addCounts(sql, [
    { subject: 'counselling.volunteers', orgId: c.orgId, on: c.joinedOn, dim: 'counsellor', n: 1 },
    {
      subject: 'counselling.training_hours',
      orgId: c.orgId,
      on: c.joinedOn,
      dim: 'counsellor',
      n: training.hours,
    },
  ]);
  return id;
}

/**
 * The city's counsellor `counsellor`, on duty, with open slots on the working days of the coming two weeks; two of
 * them booked by 北京邮政's workers. Answers how many were booked.
 */
async function seedCityCounsellor(
  sql: Sql,
  cityId: number,
  userId: number,
  members: { personId: number; orgId: number }[],
  today: string,
): Promise<number> {
  const todayStart = chinaDayStart(today).getTime();
  let bookings = 0;
  const cityCounsellor = await addCounsellor(
    sql,
    {
      orgId: cityId,
      userId,
      name: '陈静',
      qualification: '国家二级心理咨询师，北京市总工会职工心理服务中心',
      onDuty: true,
      joinedOn: isoDay(todayStart - 900 * DAY),
    },
    { title: '心理危机干预专项培训', hours: 120, certificate: '心理咨询师（二级）' },
  );
  const days: string[] = [];
  for (let d = 1; d <= 14; d++) {
    const t = todayStart + d * DAY;
    const weekday = new Date(t + 8 * 3600_000).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(isoDay(t));
  }
  await slotsFor(sql, cityCounsellor, cityId, days, '北京市总工会职工心理服务中心');
  // two of them booked by 北京邮政's workers
  const open = (await listSlotsOfCounsellor(sql, cityCounsellor, new Date(todayStart))).items;
  for (const [k, s] of open.slice(3, 5).entries()) {
    const m = members[members.length - 1 - k];
    if (!m || !(await takeSlot(sql, s.id, new Date(todayStart)))) continue;
    await insertBooking(sql, {
      slotId: s.id,
      counsellorId: cityCounsellor,
      personId: m.personId,
      orgId: m.orgId,
      mode: 'online',
      channel: 'app',
      assessmentId: null,
      bookedOn: today,
      bookedBy: null,
    });
    await addCounts(sql, [
      {
        subject: 'counselling.sessions',
        orgId: m.orgId,
        on: isoDay(Date.parse(s.startsAt)),
        dim: 'online',
        n: 1,
      },
    ]);
    bookings += 1;
  }
  return bookings;
}
