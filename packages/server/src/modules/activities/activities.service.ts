import { randomInt } from 'node:crypto';
import { type Actor, canAccess, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { invalid, notFound } from '../../shared/errors.ts';
import { writeWorkbook, type XlsxSheet } from '../../shared/xlsx-writer.ts';
import { recordAudit } from '../audit/index.ts';
import { notifyPerson } from '../messages/index.ts';
import { getOrgInScope } from '../org/index.ts';
import { findPersonById, type IdProtector } from '../people/index.ts';
import { type Rule, validateRule } from '../programs/index.ts';
import { addCounts } from '../reporting/index.ts';
import { createCheckIns } from './activities.checkin.ts';
import { type ActivitiesContext, err, inScope } from './activities.context.ts';
import { createSignupUseCases } from './activities.enrolment.ts';
import { createPhotos } from './activities.photos.ts';
import { createActivitiesRegister } from './activities.register.ts';
import {
  type ActivityKind,
  insertActivity,
  joinedWithPhotos,
  lastSignupDay,
  listActivities,
  listOffered,
  rosterOf,
  sessionCodes,
  setCancelled,
  signupsOfPerson,
} from './activities.repository.ts';
import { createSignups } from './activities.signup.ts';
import { countPairs } from './activities.social.repository.ts';
import { createSocial } from './activities.social.ts';
import { createActivityStats } from './activities.stats.ts';

/**
 * Workers' activities (职工活动, issue 26): a union organises an activity for its subtree with places, a sign-up
 * window, sessions and an optional rule of who may sign up; workers sign up on the phone (or staff for them); the
 * places are a guarded counter, the rest wait in order and are promoted when someone cancels; a code shown at the
 * door checks people in; a no-show rule bars repeat absentees for a while. Counted in the reporting layer on the day
 * each happened: `activities.held` (the first session's day, the organiser), `activities.signups` (the sign-up
 * day) and `activities.attendance` (person-times, the session's day), by the participant's union, dim the kind;
 * `activities.pairs` (a 联谊's mutual interests, 牵手) by the organiser on the day the second mark was made.
 */

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

export function createActivitiesService(db: Db, clock: Clock, ids?: Pick<IdProtector, 'hash' | 'lookups'>) {
  const today = () => todayInChina(clock());
  const signups = createSignups(db, clock);
  const ctx: ActivitiesContext = { db, clock, today, signups, ids };

  return {
    /** Past activities brought in from a sheet (issue 42). */
    register: createActivitiesRegister(db, clock, ids),

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

    /** Cancels the activity on `effectiveOn` (ADR 40; default today), not before its latest sign-up. */
    async cancel(actor: Actor, id: number, effectiveOn?: string) {
      const done = await db.tx(async (sql) => {
        const a = await inScope(sql, actor, id, 'activities.manage');
        if (a.status === 'cancelled')
          throw err('conflict', 'ACTIVITY_CANCELLED', '活动已取消', 'The activity is cancelled');
        const when = effectiveDay(
          actor,
          effectiveOn,
          { zh: '取消活动', en: 'cancellation' },
          [
            {
              day: await lastSignupDay(sql, a.id),
              name: { zh: '最近一次报名日期', en: 'latest sign-up day' },
            },
          ],
          { now: clock() },
        );
        await setCancelled(sql, a.id, when.day);
        // a cancellation recorded after the fact is history: nobody is told now
        for (const s of when.backdated ? [] : await rosterOf(sql, a.id))
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
          after: { cancelledOn: when.day, ...(when.backdated ? { effectiveOn: when.day } : {}) },
        });
        return { ok: true as const };
      });
      signups.forget(id);
      return done;
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

    ...createSignupUseCases(ctx),
    ...createCheckIns(ctx),
    ...createSocial(ctx),
    ...createActivityStats(ctx),
    ...createPhotos(ctx),
  };
}

export type ActivitiesService = ReturnType<typeof createActivitiesService>;
