import { randomInt } from 'node:crypto';
import { type Actor, canAccess, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import { AppError, invalid, notFound } from '../../shared/errors.ts';
import {
  type RegisterRowError,
  refuseRows,
  registerTemplate,
  rowError,
  runRegisterImport,
} from '../../shared/register-sheet.ts';
import { writeWorkbook, type XlsxSheet } from '../../shared/xlsx-writer.ts';
import { recordAudit } from '../audit/index.ts';
import { cardHolder, cleanPhoto } from '../card/index.ts';
import { notifyPerson } from '../messages/index.ts';
import { getOrgInScope } from '../org/index.ts';
import { findPersonById, type IdProtector } from '../people/index.ts';
import { type Rule, validateRule } from '../programs/index.ts';
import { addCounts, sumCounts } from '../reporting/index.ts';
import { planSignupRows, SIGNUP_SHEET } from './activities.import.ts';
import {
  type ActivityKind,
  attend,
  cancelSignup,
  countPairs,
  findActivity,
  findPhoto,
  findSignup,
  firstWaiting,
  freePlace,
  hasInterest,
  insertActivity,
  insertPhoto,
  joinedWithPhotos,
  listActivities,
  listOffered,
  lockPair,
  markInterest,
  orgNames,
  participantsFor,
  promote,
  rosterOf,
  sessionByCode,
  sessionCodes,
  setStatus,
  signupById,
  signupsOfPerson,
  takePlace,
  unmarkInterest,
} from './activities.repository.ts';
import { createSignups } from './activities.signup.ts';

/**
 * Workers' activities (职工活动, issue 26): a union organises an activity for its subtree with places, a sign-up
 * window, sessions and an optional rule of who may sign up; workers sign up on the phone (or staff for them); the
 * places are a guarded counter, the rest wait in order and are promoted when someone cancels; a code shown at the
 * door checks people in; a no-show rule bars repeat absentees for a while. Counted in the reporting layer on the day
 * each happened: `activities.held` (the first session's day, the organiser), `activities.signups` (the sign-up
 * day) and `activities.attendance` (person-times, the session's day), by the participant's union, dim the kind;
 * `activities.pairs` (a 联谊's mutual interests, 牵手) by the organiser on the day the second mark was made.
 */
export const ACTIVITY_KINDS: ActivityKind[] = [
  'sports',
  'family',
  'class',
  'social',
  'show',
  'volunteer',
  'other',
];
const ACTIVITY = { zh: '活动', en: 'Activity' };
const MAX_PHOTOS = 50;
const KIND_ZH: Record<ActivityKind, string> = {
  sports: '文体',
  family: '亲子',
  class: '培训班',
  social: '联谊',
  show: '观影/演出',
  volunteer: '志愿服务',
  other: '其他',
};
interface Counts {
  activities: number;
  signups: number;
  attendance: number;
  pairs: number;
}
const zero = (): Counts => ({ activities: 0, signups: 0, attendance: 0, pairs: 0 });
const add = (t: Counts, k: Counts): Counts => ({
  activities: t.activities + k.activities,
  signups: t.signups + k.signups,
  attendance: t.attendance + k.attendance,
  pairs: t.pairs + k.pairs,
});
const FIELD_OF: Record<string, keyof Counts> = {
  'activities.held': 'activities',
  'activities.signups': 'signups',
  'activities.attendance': 'attendance',
  'activities.pairs': 'pairs',
};
const err = (kind: 'invalid' | 'conflict', code: string, zh: string, en: string, field?: string) =>
  new AppError(kind, code, { zh, en }, field ? { field } : undefined);

export interface ActivityInput {
  orgId: number;
  title: string;
  kind: ActivityKind;
  description?: string;
  place: string;
  online?: boolean;
  places: number;
  signupFrom: string;
  signupUntil: string;
  feeFen?: number;
  rule?: Rule | null;
  noShowLimit?: number;
  noShowDays?: number;
  sessions: { startsAt: string; endsAt: string }[];
  /** Places set aside for unions below the organiser; the rest are open to the whole subtree. */
  quotas?: { orgId: number; places: number }[];
}

/** Thrown inside a transaction to undo it: a dry run signs the sheet up and takes it all back. */
const ROLLBACK = Symbol('rollback');

export function createActivitiesService(
  db: Db,
  clock: () => Date = () => new Date(),
  ids?: Pick<IdProtector, 'hash'>,
) {
  const today = () => todayInChina(clock());
  const signups = createSignups(db, clock);

  async function inScope(
    sql: Sql,
    actor: Actor,
    id: number,
    permission: 'activities.read' | 'activities.manage',
  ) {
    const a = await findActivity(sql, id);
    if (!a) throw notFound(ACTIVITY);
    requireAccess(actor, permission, { orgPath: a.orgPath });
    return a;
  }

  /**
   * A member staff act for (bulk sign-up, door check-in, walk-in): a member of a union in the actor's own subtree;
   * anyone else is answered as not found, so that staff learn nothing of other unions' members.
   */
  async function memberInScope(sql: Sql, actor: Actor, personId: number) {
    const person = await findPersonById(sql, personId);
    if (
      !person?.orgId ||
      !person.orgPath ||
      !canAccess(actor, 'activities.manage', { orgPath: person.orgPath })
    )
      throw notFound({ zh: '会员', en: 'Member' });
    return person;
  }

  return {
    async create(actor: Actor, input: ActivityInput) {
      return db.tx(async (sql) => {
        const org = await getOrgInScope(sql, actor, input.orgId);
        requireAccess(actor, 'activities.manage', { orgPath: org.path });
        if (input.signupUntil < input.signupFrom)
          throw err(
            'invalid',
            'ACTIVITY_SIGNUP_WINDOW',
            '报名截止日期不能早于开始日期',
            'Sign-up cannot close before it opens',
            'signupUntil',
          );
        if (!input.sessions.length)
          throw err(
            'invalid',
            'ACTIVITY_NO_SESSION',
            '请至少安排一场活动',
            'Add at least one session',
            'sessions',
          );
        for (const s of input.sessions)
          if (!(Date.parse(s.endsAt) > Date.parse(s.startsAt)))
            throw err(
              'invalid',
              'ACTIVITY_SESSION_TIMES',
              '每场活动的结束时间须晚于开始时间',
              'Each session must end after it starts',
              'sessions',
            );
        if (input.rule) {
          const problems = validateRule(input.rule);
          if (problems.length)
            throw invalid(
              'ACTIVITY_RULE_INVALID',
              {
                zh: `报名条件有误：${problems.map((p) => p.zh).join('；')}`,
                en: `The conditions are not valid: ${problems.map((p) => p.en).join('; ')}`,
              },
              { field: 'rule', problems },
            );
        }
        const quotas = input.quotas ?? [];
        const quotaPaths: string[] = [];
        for (const q of quotas) {
          const below = await getOrgInScope(sql, actor, q.orgId);
          if (below.id === org.id || !below.path.startsWith(org.path))
            throw err(
              'invalid',
              'ACTIVITY_QUOTA_NOT_BELOW',
              `${below.name}不是${org.name}下属的工会`,
              `${below.name} is not a union below ${org.name}`,
              'quotas',
            );
          if (quotaPaths.some((p) => p.startsWith(below.path) || below.path.startsWith(p)))
            throw err(
              'invalid',
              'ACTIVITY_QUOTA_OVERLAP',
              `${below.name}的名额与其他工会的名额重叠（同一工会或上下级只能分配一次）`,
              `${below.name}'s places overlap another union's (a union, or one above or below it, gets places once)`,
              'quotas',
            );
          quotaPaths.push(below.path);
        }
        const quotaTotal = quotas.reduce((t, q) => t + q.places, 0);
        if (quotaTotal > input.places)
          throw err(
            'invalid',
            'ACTIVITY_QUOTA_TOO_MANY',
            `分配给下级工会的名额共${quotaTotal}个，超过活动名额${input.places}个`,
            `The unions below get ${quotaTotal} places in all, more than the activity's ${input.places}`,
            'quotas',
          );
        const sessions = [...input.sessions]
          .sort((x, y) => Date.parse(x.startsAt) - Date.parse(y.startsAt))
          .map((s) => ({ ...s, code: String(randomInt(100000, 1000000)) }));
        const id = await insertActivity(
          sql,
          {
            orgId: org.id,
            title: input.title.trim(),
            kind: input.kind,
            description: input.description?.trim() ?? '',
            place: input.place.trim(),
            online: input.online ?? false,
            places: input.places,
            signupFrom: input.signupFrom,
            signupUntil: input.signupUntil,
            feeFen: input.feeFen ?? 0,
            rule: input.rule ?? null,
            noShowLimit: input.noShowLimit ?? 0,
            noShowDays: input.noShowDays ?? 90,
            createdBy: actor.userId || null,
          },
          sessions,
          quotas,
        );
        await addCounts(sql, [
          {
            subject: 'activities.held',
            orgId: org.id,
            on: todayInChina(new Date(sessions[0].startsAt)),
            dim: input.kind,
            n: 1,
          },
        ]);
        await recordAudit(sql, actor, {
          action: 'activity.create',
          entity: 'activity',
          entityId: id,
          orgId: org.id,
          after: { title: input.title.trim(), places: input.places, quotas },
        });
        return { id };
      });
    },

    async list(
      actor: Actor,
      q: { orgId?: number; status?: 'open' | 'cancelled'; page?: number; pageSize?: number } = {},
    ) {
      return db.tx(async (sql) => {
        const id = q.orgId ?? actor.orgId;
        const path = id ? (await getOrgInScope(sql, actor, id)).path : actor.scopePath;
        if (!path) throw notFound({ zh: '工会', en: 'Union' });
        requireAccess(actor, 'activities.read', { orgPath: path });
        const page = { page: q.page ?? 1, pageSize: q.pageSize ?? 20 };
        return { ...(await listActivities(sql, path, q.status, page)), ...page };
      });
    },

    /**
     * An activity with its roster (the organiser's subtree; personal data, audited) and the door codes. A 联谊's
     * roster is the organiser's alone: unions above or beside it see the counts and the 牵手 count, never who.
     */
    async get(actor: Actor, id: number) {
      return db.tx(async (sql) => {
        const a = await inScope(sql, actor, id, 'activities.read');
        const hidden = a.kind === 'social' && actor.orgId !== a.orgId;
        const roster = hidden ? [] : await rosterOf(sql, a.id);
        if (!hidden)
          await recordAudit(sql, actor, {
            action: 'activity.roster.read',
            entity: 'activity',
            entityId: a.id,
            orgId: a.orgId,
          });
        return {
          ...a,
          roster,
          rosterPrivate: hidden,
          pairs: a.kind === 'social' ? await countPairs(sql, a.id) : null,
          codes: canAccess(actor, 'activities.manage', { orgPath: a.orgPath })
            ? await sessionCodes(sql, a.id)
            : [],
        };
      });
    },

    async cancel(actor: Actor, id: number) {
      const done = await db.tx(async (sql) => {
        const a = await inScope(sql, actor, id, 'activities.manage');
        if (a.status === 'cancelled')
          throw err('conflict', 'ACTIVITY_CANCELLED', '活动已取消', 'The activity is cancelled');
        await setStatus(sql, a.id, 'cancelled');
        for (const s of await rosterOf(sql, a.id))
          await notifyPerson(sql, s.personId, {
            kind: 'activity.cancelled',
            title: { zh: `活动“${a.title}”已取消`, en: `“${a.title}” is cancelled` },
            body: { zh: `${a.orgName}取消了此活动。`, en: `${a.orgName} cancelled the activity.` },
            link: '/m/activities',
            entity: 'activity',
            entityId: a.id,
          });
        await recordAudit(sql, actor, {
          action: 'activity.cancel',
          entity: 'activity',
          entityId: a.id,
          orgId: a.orgId,
        });
        return { ok: true as const };
      });
      signups.forget(id);
      return done;
    },

    /** Staff sign members of their subtree up, each on its own: the answer says who got a place and who waits. */
    async signUpMembers(actor: Actor, id: number, personIds: number[]) {
      const out: { personId: number; status?: 'confirmed' | 'waiting'; zh?: string; en?: string }[] = [];
      for (const personId of personIds) {
        try {
          const r = await db.tx(async (sql) => {
            const a = await inScope(sql, actor, id, 'activities.manage');
            const person = await findPersonById(sql, personId);
            if (!person?.orgPath || !canAccess(actor, 'activities.manage', { orgPath: person.orgPath }))
              throw err(
                'invalid',
                'ACTIVITY_NOT_MEMBER',
                '不是本工会所属的会员',
                'Not a member of your unions',
                'personId',
              );
            return signups.signUpIn(sql, actor, a, personId);
          });
          out.push({ personId, status: r.status });
        } catch (e) {
          if (!(e instanceof AppError) || e.kind === 'forbidden' || e.kind === 'not_found') throw e;
          out.push({ personId, zh: e.messages.zh, en: e.messages.en });
        }
      }
      return out;
    },

    /** The template of an activity's sign-up sheet (with its 填写说明 sheet), for its organisers. */
    async signupTemplate(actor: Actor, id: number) {
      await db.tx((sql) => inScope(sql, actor, id, 'activities.manage'));
      return registerTemplate(SIGNUP_SHEET);
    },

    /**
     * Staff sign a sheet of members up (member number or ID number, the name as a check): each through the same
     * checks as a sign-up on the phone, in the sheet's order (places first, then the waiting list). A dry run signs
     * them up and takes it all back, so that it answers exactly who would be refused and how many get a place;
     * otherwise any refused row refuses the whole sheet.
     */
    async importSignups(
      actor: Actor,
      id: number,
      input: { file: Buffer; fileName: string; dryRun: boolean },
    ) {
      requireAccess(actor, 'activities.manage');
      if (!ids) throw new Error('activities: the sign-up sheet needs the ID number protector');
      const attempt = async (people: { rowNo: number; personId: number }[], keep: boolean) => {
        const out = { confirmed: 0, waiting: 0, errors: [] as RegisterRowError[] };
        try {
          await db.tx(async (sql) => {
            const a = await inScope(sql, actor, id, 'activities.manage');
            for (const p of people) {
              try {
                out[(await signups.signUpIn(sql, actor, a, p.personId)).status] += 1;
              } catch (e) {
                if (!(e instanceof AppError) || e.kind === 'forbidden' || e.kind === 'not_found') throw e;
                out.errors.push(
                  rowError(p.rowNo, SIGNUP_SHEET.columns[0].header, e.messages.zh, e.messages.en),
                );
              }
            }
            if (!keep || out.errors.length) throw ROLLBACK;
            await recordAudit(sql, actor, {
              action: 'activity.import',
              entity: 'activity',
              entityId: a.id,
              orgId: a.orgId,
              after: { fileName: input.fileName, confirmed: out.confirmed, waiting: out.waiting },
            });
          });
        } catch (e) {
          if (e !== ROLLBACK) throw e;
        }
        return out;
      };
      return runRegisterImport(SIGNUP_SHEET, input, {
        plan: async (rows, errors) => {
          const people = await planSignupRows(db, actor, ids, rows, errors);
          const trial = await attempt(people, false);
          errors.push(...trial.errors);
          return { people, trial };
        },
        counts: ({ trial }) => ({
          created: trial.confirmed + trial.waiting,
          confirmed: trial.confirmed,
          waiting: trial.waiting,
        }),
        dryRunExtras: {},
        write: async ({ people }) => {
          const done = await attempt(people, true);
          if (done.errors.length) throw refuseRows(SIGNUP_SHEET.title, done.errors, people.length);
          return {};
        },
      });
    },

    /** A worker's own sign-up. */
    async signUpSelf(actor: Actor, id: number) {
      requireAccess(actor, 'self.apply', { personId: actor.personId });
      return signups.signUpSelf(actor, id);
    },

    /** A worker cancels: a confirmed place goes to the first on the waiting list, who is told. */
    async cancelSelf(actor: Actor, id: number) {
      requireAccess(actor, 'self.apply', { personId: actor.personId });
      return db.tx(async (sql) => {
        const a = await findActivity(sql, id);
        if (!a) throw notFound(ACTIVITY);
        const s = await findSignup(sql, a.id, actor.personId as number, true);
        if (!s) throw err('conflict', 'ACTIVITY_NOT_SIGNED_UP', '您没有报名此活动', 'You have not signed up');
        await cancelSignup(sql, s.id);
        let promoted: number | null = null;
        if (s.status === 'confirmed') {
          await freePlace(sql, a.id, s.quotaOrgId);
          const next = await firstWaiting(sql, a.id, s.quotaOrgId);
          if (next && (await takePlace(sql, a.id, s.quotaOrgId))) {
            await promote(sql, next.id);
            promoted = next.personId;
            await notifyPerson(sql, next.personId, {
              kind: 'activity.promoted',
              title: {
                zh: `“${a.title}”有空位，您已报名成功`,
                en: `A place freed up: you are in “${a.title}”`,
              },
              body: {
                zh: `您在候补名单中排第一，已转为正式报名。地点：${a.place}`,
                en: `You were first on the waiting list and now have a place. Place: ${a.place}`,
              },
              link: '/m/activities',
              entity: 'activity',
              entityId: a.id,
            });
          }
        }
        await recordAudit(sql, actor, {
          action: 'activity.signup.cancel',
          entity: 'activity',
          entityId: a.id,
          orgId: a.orgId,
          after: { promoted },
        });
        return { ok: true as const };
      });
    },

    /** A worker checks in with the code shown at the door (within two hours of the session); walk-ins count too. */
    async checkInSelf(actor: Actor, code: string) {
      requireAccess(actor, 'self.apply', { personId: actor.personId });
      return db.tx(async (sql) => {
        const now = clock();
        const session = await sessionByCode(sql, code.trim(), now);
        if (!session)
          throw err(
            'invalid',
            'ACTIVITY_CODE_UNKNOWN',
            '签到码不正确，或不在签到时间内',
            'The code is wrong, or it is not time to check in',
            'code',
          );
        return checkIn(sql, actor, session.activityId, session.id, actor.personId as number, now);
      });
    },

    /** Staff check a member in at the door (a walk-in when not signed up). */
    async checkInMember(actor: Actor, id: number, sessionId: number, personId: number) {
      return db.tx(async (sql) => {
        const a = await inScope(sql, actor, id, 'activities.manage');
        if (!a.sessions.some((s) => s.id === sessionId)) throw notFound({ zh: '场次', en: 'Session' });
        await memberInScope(sql, actor, personId);
        return checkIn(sql, actor, a.id, sessionId, personId, clock());
      });
    },

    /**
     * The other participants of a 联谊 the worker has a place in, as the worker may see them: a first name and the
     * union, never a phone or an ID number; the full name only of someone whose interest is mutual. Whether someone
     * marked the worker is never shown unless the worker marked them too.
     */
    async participants(actor: Actor, id: number) {
      // Someone without a membership (an administrator) takes part in nothing: not found, like any other.
      if (!actor.personId) throw notFound(ACTIVITY);
      return db.tx(async (sql) => {
        const a = await socialOfMine(sql, id, actor.personId as number);
        const { items: rows, total } = await participantsFor(sql, a.id, actor.personId as number);
        await recordAudit(sql, actor, {
          action: 'activity.participants.read',
          entity: 'activity',
          entityId: a.id,
          orgId: a.orgId,
        });
        const items = rows.map((r) => {
          const mutual = r.marked && r.markedMe;
          return {
            signupId: r.signupId,
            name: firstName(r.name),
            orgName: r.orgName,
            marked: r.marked,
            mutual,
            fullName: mutual ? r.name : null,
          };
        });
        return { items, total };
      });
    },

    /** The worker marks (or withdraws) interest in another participant; a mutual mark is a 牵手, counted once. */
    async setInterest(actor: Actor, id: number, signupId: number, interested: boolean) {
      requireAccess(actor, 'self.apply', { personId: actor.personId });
      return db.tx(async (sql) => {
        const me = actor.personId as number;
        const a = await socialOfMine(sql, id, me);
        const mine = await findSignup(sql, a.id, me);
        const other = await signupById(sql, signupId);
        if (
          !mine ||
          !other ||
          other.activityId !== a.id ||
          other.status !== 'confirmed' ||
          other.personId === me
        )
          throw notFound({ zh: '参与者', en: 'Participant' });
        await lockPair(sql, mine.id, other.id);
        const theirs = await hasInterest(sql, a.id, other.personId, me);
        if (!interested) {
          if (theirs && (await hasInterest(sql, a.id, me, other.personId)))
            throw err(
              'conflict',
              'ACTIVITY_INTEREST_MUTUAL',
              '双方已互有好感，不能撤回',
              'The interest is mutual and cannot be withdrawn',
            );
          await unmarkInterest(sql, a.id, me, other.personId);
          return { mutual: false };
        }
        const added = await markInterest(sql, a.id, me, other.personId);
        if (added && theirs) {
          await addCounts(sql, [
            { subject: 'activities.pairs', orgId: a.orgId, on: today(), dim: a.kind, n: 1 },
          ]);
          await recordAudit(sql, actor, {
            action: 'activity.pair',
            entity: 'activity',
            entityId: a.id,
            orgId: a.orgId,
          });
        }
        return { mutual: theirs };
      });
    },

    /**
     * Staff at the door scan a worker's member card (its signed code): the holder, a member of the staff's subtree,
     * is checked in like a name picked from the roster; the answer names them so the door can greet them.
     */
    async checkInByCard(actor: Actor, id: number, sessionId: number, token: string) {
      const personId = await cardHolder(db, token, clock());
      return db.tx(async (sql) => {
        const a = await inScope(sql, actor, id, 'activities.manage');
        if (!a.sessions.some((s) => s.id === sessionId)) throw notFound({ zh: '场次', en: 'Session' });
        const person = await memberInScope(sql, actor, personId);
        return { ...(await checkIn(sql, actor, a.id, sessionId, personId, clock())), name: person.name };
      });
    },

    /** Activities offered to the worker (their union's and those above), with their own sign-ups. */
    async mine(actor: Actor) {
      requireAccess(actor, 'self.read', { personId: actor.personId });
      return db.tx(async (sql) => {
        const person = await findPersonById(sql, actor.personId as number);
        const open = person?.orgPath
          ? await listOffered(sql, person.orgPath, today())
          : { items: [], total: 0 };
        // and, after the day, those the worker took part in that have photos
        const seen = new Set(open.items.map((a) => a.id));
        const joined = (await joinedWithPhotos(sql, actor.personId as number)).filter((a) => !seen.has(a.id));
        const offered = [...open.items, ...joined];
        const mine = new Map(
          (await signupsOfPerson(sql, actor.personId as number)).map((s) => [s.activityId, s]),
        );
        return {
          items: offered.map(({ rule: _r, orgPath: _p, ...a }) => ({ ...a, my: mine.get(a.id) ?? null })),
          total: open.total + joined.length,
        };
      });
    },

    async rosterXlsx(actor: Actor, id: number) {
      const a = await this.get(actor, id);
      const sheet: XlsxSheet = {
        name: '报名名单',
        headers: ['序号', '姓名', '所在工会', '报名日期', '状态', '候补顺位', '签到场次'],
        rows: a.roster.map((r, i) => [
          i + 1,
          r.personName,
          r.orgName,
          r.signedOn,
          r.status === 'confirmed' ? '已报名' : '候补',
          r.position,
          r.attended,
        ]),
        dateColumns: [3],
      };
      return { file: writeWorkbook([sheet]), name: `${a.title}-报名名单.xlsx` };
    },

    /**
     * Activities, sign-ups, person-times and 牵手 pairs over a period of days, for a union's subtree: by kind, and by
     * the unions directly below it (each with its own subtree; the union's own row holds what is counted at it).
     */
    async stats(actor: Actor, q: { orgId?: number; from: string; to: string }) {
      return db.tx(async (sql) => {
        const id = q.orgId ?? actor.orgId;
        const path = id ? (await getOrgInScope(sql, actor, id)).path : actor.scopePath;
        if (!path) throw notFound({ zh: '工会', en: 'Union' });
        requireAccess(actor, 'activities.read', { orgPath: path });
        if (q.to < q.from)
          throw err(
            'invalid',
            'ACTIVITY_STATS_RANGE',
            '结束日期不能早于开始日期',
            'The range ends before it starts',
            'to',
          );
        const rows = await sumCounts(sql, {
          subject: Object.keys(FIELD_OF),
          path,
          from: q.from,
          to: q.to,
          by: ['subject', 'dim', 'child'],
        });
        const rootId = Number(path.split('/').filter(Boolean).pop() ?? 0);
        const kinds = new Map(ACTIVITY_KINDS.map((k) => [k, zero()]));
        const unions = new Map<number, { total: Counts; kinds: Map<ActivityKind, Counts> }>();
        for (const r of rows) {
          const field = FIELD_OF[r.subject];
          const kind = r.dim as ActivityKind;
          if (!field || !kinds.has(kind)) continue;
          (kinds.get(kind) as Counts)[field] += r.n;
          const union = r.child ?? rootId;
          let u = unions.get(union);
          if (!u) {
            u = { total: zero(), kinds: new Map() };
            unions.set(union, u);
          }
          u.total[field] += r.n;
          const uk = u.kinds.get(kind) ?? zero();
          uk[field] += r.n;
          u.kinds.set(kind, uk);
        }
        const names = await orgNames(sql, [rootId, ...unions.keys()]);
        const byKind = ACTIVITY_KINDS.map((kind) => ({ kind, ...(kinds.get(kind) as Counts) }));
        const byUnion = [...unions.entries()]
          .map(([orgId, u]) => ({
            orgId,
            orgName: names.get(orgId) ?? '',
            ...u.total,
            kinds: ACTIVITY_KINDS.filter((k) => u.kinds.has(k)).map((kind) => ({
              kind,
              ...(u.kinds.get(kind) as Counts),
            })),
          }))
          .sort((x, y) =>
            x.orgId === rootId ? -1 : y.orgId === rootId ? 1 : x.orgName.localeCompare(y.orgName, 'zh'),
          );
        const total = byKind.reduce((t, k) => add(t, k), zero());
        return { from: q.from, to: q.to, orgName: names.get(rootId) ?? '', byKind, byUnion, total };
      });
    },

    /** The statistics as .xlsx: a sheet by kind, and one by union and kind. */
    async statsXlsx(actor: Actor, q: { orgId?: number; from: string; to: string }) {
      const s = await this.stats(actor, q);
      const counts = (c: Counts) => [c.activities, c.signups, c.attendance, c.pairs];
      const heads = ['活动场数', '报名人次', '参加人次', '牵手对数'];
      const sheets: XlsxSheet[] = [
        {
          name: '按类型',
          headers: ['类型', ...heads],
          rows: [...s.byKind.map((k) => [KIND_ZH[k.kind], ...counts(k)]), ['合计', ...counts(s.total)]],
        },
        {
          name: '按工会',
          headers: ['工会', '类型', ...heads],
          rows: s.byUnion.flatMap((u) => [
            ...u.kinds.map((k) => [u.orgName, KIND_ZH[k.kind], ...counts(k)]),
            [u.orgName, '小计', ...counts(u)],
          ]),
        },
      ];
      return { file: writeWorkbook(sheets), name: `${s.orgName}职工活动统计-${s.from}至${s.to}.xlsx` };
    },

    /** Staff add a photo to a finished activity (JPEG or PNG; the metadata is removed before it is kept). */
    async addPhoto(actor: Actor, id: number, file: Buffer) {
      return db.tx(async (sql) => {
        const a = await inScope(sql, actor, id, 'activities.manage');
        const last = a.sessions.at(-1);
        if (!last || Date.parse(last.endsAt) > clock().getTime())
          throw err(
            'conflict',
            'ACTIVITY_NOT_FINISHED',
            '活动结束后才能上传照片',
            'Photos are added once the activity is over',
          );
        if (a.photos.length >= MAX_PHOTOS)
          throw err(
            'conflict',
            'ACTIVITY_PHOTOS_FULL',
            `每个活动最多上传${MAX_PHOTOS}张照片`,
            `An activity holds ${MAX_PHOTOS} photos at most`,
          );
        const photo = cleanPhoto(file);
        const photoId = await insertPhoto(sql, {
          activityId: a.id,
          mime: photo.mime,
          bytes: photo.bytes,
          createdBy: actor.userId || null,
        });
        await recordAudit(sql, actor, {
          action: 'activity.photo.add',
          entity: 'activity',
          entityId: a.id,
          orgId: a.orgId,
          after: { photoId },
        });
        return { id: photoId };
      });
    },

    /** A photo of an activity, for staff who see the activity. */
    async photo(actor: Actor, id: number, photoId: number) {
      return db.tx(async (sql) => {
        const a = await inScope(sql, actor, id, 'activities.read');
        const p = await findPhoto(sql, a.id, photoId);
        if (!p) throw notFound({ zh: '照片', en: 'Photo' });
        return p;
      });
    },

    /** A photo of an activity offered to the worker (organised by their union or one above it). */
    async myPhoto(actor: Actor, id: number, photoId: number) {
      return db.tx(async (sql) => {
        // Someone without a membership (an administrator) has no activity offered to them: not found, like any other.
        const a = actor.personId ? await findActivity(sql, id) : undefined;
        const person = a ? await findPersonById(sql, actor.personId as number) : undefined;
        const p =
          a && person?.orgPath?.startsWith(a.orgPath) ? await findPhoto(sql, a.id, photoId) : undefined;
        if (!p) throw notFound({ zh: '照片', en: 'Photo' });
        return p;
      });
    },
  };

  /** A 联谊 in which the worker holds a place (only participants take part in the marks). */
  async function socialOfMine(sql: Sql, id: number, personId: number) {
    const a = await findActivity(sql, id);
    if (!a) throw notFound(ACTIVITY);
    const s = await findSignup(sql, a.id, personId);
    if (s?.status !== 'confirmed')
      throw err('conflict', 'ACTIVITY_NOT_SIGNED_UP', '您没有报名此活动', 'You have not signed up');
    if (a.kind !== 'social')
      throw err(
        'conflict',
        'ACTIVITY_NOT_SOCIAL',
        '只有联谊活动可以互选',
        'Only a social mixer has interest marks',
      );
    return a;
  }

  async function checkIn(
    sql: Sql,
    actor: Actor,
    activityId: number,
    sessionId: number,
    personId: number,
    at: Date,
  ) {
    const a = await findActivity(sql, activityId);
    if (!a) throw notFound(ACTIVITY);
    const person = await findPersonById(sql, personId);
    if (!person?.orgId || !person.orgPath) throw notFound({ zh: '会员', en: 'Member' });
    const signup = await findSignup(sql, activityId, personId);
    const walkIn = signup?.status !== 'confirmed';
    const added = await attend(sql, { sessionId, personId, orgId: person.orgId, walkIn, at });
    if (added) {
      const session = a.sessions.find((s) => s.id === sessionId);
      await addCounts(sql, [
        {
          subject: 'activities.attendance',
          orgId: person.orgId,
          on: todayInChina(new Date(session?.startsAt ?? at)),
          dim: a.kind,
          n: 1,
        },
      ]);
      await recordAudit(sql, actor, {
        action: 'activity.checkin',
        entity: 'activity',
        entityId: a.id,
        orgId: person.orgId,
        after: { personId, walkIn },
      });
    }
    return { title: a.title, walkIn, already: !added };
  }
}

/** What one participant shows another: the given name (a Chinese name without its one-character surname). */
export function firstName(name: string) {
  const n = name.trim();
  return /^[\u4e00-\u9fff]{2,4}$/.test(n) ? n.slice(1) : (n.split(/\s+/)[0] ?? n);
}

export type ActivitiesService = ReturnType<typeof createActivitiesService>;
