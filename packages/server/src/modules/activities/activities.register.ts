import { randomInt } from 'node:crypto';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { idNumberColumn, nameColumn, unionColumn } from '../../shared/register-columns.ts';
import { defineRegister } from '../../shared/register-define.ts';
import type { RegisterSpec } from '../../shared/register-sheet.ts';
import type { IdProtector } from '../people/index.ts';
import { addCounts, type CountDelta } from '../reporting/index.ts';
import { type ActivityRegisterKey, planPastActivities } from './activities.register.plan.ts';
import { insertPastActivities, type PastActivity } from './activities.register.repository.ts';
import { KIND_EN } from './activities.register.same.ts';
import { KIND_ZH } from './activities.stats.ts';
import { ACTIVITY_KINDS } from './activities.vocabulary.ts';

/**
 * Past activities kept on paper (issue 42): one sheet, a row per participant — the activity (its name, organising
 * union and day), the person (ID number, or name and phone), the day signed up and whether they came — or, where no
 * list was kept, a row per activity with its counts of sign-ups and attendance (as an insurance policy's year kept
 * as totals). Rows of the same name, union and day are one activity, with one session on that day. Counted on
 * their days as live ones are: `activities.held` on the day, each sign-up on its day and each attendance on the
 * activity's day in the person's union; an activity kept as totals counts its figures in the organiser's union.
 * All rows or none.
 */
export const ACTIVITIES_REGISTER: RegisterSpec<ActivityRegisterKey> = {
  title: { zh: '以往活动台账', en: 'register of past activities' },
  maxRows: 200_000,
  notes: [
    '每行一名参加人：活动名称、主办工会、举办日期，参加人的身份证号码（或姓名和手机号码）、报名日期、是否参加。',
    '活动名称、主办工会和举办日期相同的行是同一场活动。',
    '没有保存名单的活动，填一行：不填参加人，填写报名人数和参加人数。',
    '参加人须为本工会及下级工会的会员；报名日期不晚于举办日期，不填则为举办日期。',
    '同一场活动只能导入一次。',
  ],
  notesEn: [
    "One participant per row: the activity, the organising union, the day held, the participant's ID number (or name and mobile number), the day signed up, and whether they attended.",
    'Rows with the same activity name, organising union and day held are the same activity.',
    'For an activity whose list of participants was not kept, fill in one row: no participant, but the number who signed up and the number who took part.',
    'Participants must be members of your union or the unions below it; the day signed up is not after the day held, and if left empty is the day held.',
    'An activity can be imported only once.',
  ],
  columns: [
    {
      key: 'title',
      header: '活动名称',
      en: 'activity',
      aliases: ['活动'],
      required: true,
      kind: 'text',
      max: 200,
      note: '同一场活动各行的名称相同',
      noteEn: 'The same name on every row of the same activity',
      example: '2019年职工羽毛球赛',
    },
    unionColumn({
      header: '主办工会',
      en: 'organising union',
      aliases: ['所在工会', '工会名称'],
      note: {
        zh: '本工会范围内的工会名称或统一社会信用代码',
        en: 'The name or unified social credit code of your union or a union under it',
      },
      example: '某某公司工会',
    }),
    {
      key: 'kind',
      header: '活动类型',
      en: 'kind',
      aliases: ['类型'],
      kind: 'choice',
      choices: ACTIVITY_KINDS.map((k) => ({ value: k, zh: KIND_ZH[k], en: KIND_EN[k] })),
      note: '不填为“其他”',
      noteEn: 'If left empty, "other"',
      example: '文体',
    },
    {
      key: 'heldOn',
      header: '举办日期',
      en: 'held on',
      aliases: ['活动日期', '日期'],
      required: true,
      kind: 'date',
      note: '活动举办的日期',
      noteEn: 'The day the activity was held',
      example: '2019-05-18',
    },
    idNumberColumn('idNumber', {
      zh: '参加人的身份证号码；不填时填写姓名和手机号码',
      en: "The participant's ID number; if left empty, give the name and mobile number",
    }),
    nameColumn({
      aliases: ['参加人', '职工姓名'],
      note: {
        zh: '参加人姓名（填写身份证号码时用于核对）',
        en: "The participant's name (checked against the ID number when one is given)",
      },
      example: '王芳',
      optional: true,
    }),
    {
      key: 'phone',
      header: '手机号码',
      en: 'phone',
      aliases: ['手机号', '联系电话'],
      kind: 'text',
      max: 20,
      note: '不填身份证号码时，与姓名一起找到会员',
      noteEn: 'Without an ID number, finds the member together with the name',
      example: '13800000000',
    },
    {
      key: 'signedOn',
      header: '报名日期',
      en: 'signed up on',
      kind: 'date',
      note: '不晚于举办日期；不填为举办日期',
      noteEn: 'Not after the day held; if left empty, the day held',
      example: '2019-05-10',
    },
    {
      key: 'attended',
      header: '是否参加',
      en: 'attended',
      aliases: ['参加', '到场'],
      kind: 'yesno',
      note: '是 / 否',
      noteEn: 'Yes / no',
      example: '是',
    },
    {
      key: 'signups',
      header: '报名人数',
      en: 'sign-ups',
      kind: 'int',
      note: '仅用于没有名单的活动：报名的人数',
      noteEn: 'Only for an activity without a list of participants: the number who signed up',
      example: '',
    },
    {
      key: 'attendance',
      header: '参加人数',
      en: 'attendance',
      kind: 'int',
      note: '仅用于没有名单的活动：参加的人数，不多于报名人数（现场参加、未报名的人也计入报名人数）',
      noteEn:
        'Only for an activity without a list of participants: the number who took part, no more than the sign-ups (those who came without signing up count among them)',
      example: '',
    },
  ],
};

/** What each activity adds to the counts, on its days, as the recount counts it. */
function deltasOf(a: PastActivity): CountDelta[] {
  const out: CountDelta[] = [{ subject: 'activities.held', orgId: a.orgId, on: a.heldOn, dim: a.kind, n: 1 }];
  if (a.recorded) {
    out.push(
      {
        subject: 'activities.signups',
        orgId: a.orgId,
        on: a.recorded.signedOn,
        dim: a.kind,
        n: a.recorded.signups,
      },
      {
        subject: 'activities.attendance',
        orgId: a.orgId,
        on: a.heldOn,
        dim: a.kind,
        n: a.recorded.attendance,
      },
    );
  }
  for (const p of a.people) {
    out.push({ subject: 'activities.signups', orgId: p.orgId, on: p.signedOn, dim: a.kind, n: 1 });
    if (p.attended)
      out.push({ subject: 'activities.attendance', orgId: p.orgId, on: a.heldOn, dim: a.kind, n: 1 });
  }
  return out;
}

/** The register's template and import, as the activities page and `npm run cli -- import activities` offer them. */
export function createActivitiesRegister(db: Db, clock: Clock, ids?: Pick<IdProtector, 'hash'>) {
  return defineRegister(db, clock, {
    spec: ACTIVITIES_REGISTER,
    permission: 'activities.manage',
    plan: (rows, errors, { actor, today }) => {
      if (!ids) throw new Error('the activities register needs the ID protector');
      return db.tx((sql) => planPastActivities(sql, actor, ids, rows, errors, today));
    },
    counts: ({ list, onRecord }) => ({
      created: list.length,
      onRecord,
      signups: list.reduce((n, a) => n + (a.recorded?.signups ?? a.people.length), 0),
      attendance: list.reduce(
        (n, a) => n + (a.recorded?.attendance ?? a.people.filter((p) => p.attended).length),
        0,
      ),
      totalsOnly: list.filter((a) => a.recorded).length,
    }),
    unionsOf: ({ list }) => list.map((a) => a.orgId),
    dryRunExtras: {},
    write: async (sql, { list }, _counts, { actor, today }) => {
      await insertPastActivities(sql, list, {
        userId: actor.userId || null,
        on: today,
        code: () => String(randomInt(100000, 1000000)),
      });
      await addCounts(sql, list.flatMap(deltasOf));
      return {};
    },
    audit: { action: 'activity.register.import', entity: 'activities_register' },
  });
}
