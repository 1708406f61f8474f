import { randomInt } from 'node:crypto';
import { type Actor, requireAccess } from '../../access/access.ts';
import { todayInChina } from '../../shared/dates.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { invalid } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { notifyPerson } from '../messages/index.ts';
import { getOrgInScope } from '../org/index.ts';
import { type Rule, validateRule } from '../programs/index.ts';
import { addCounts } from '../reporting/index.ts';
import { type ActivitiesContext, err, inScope } from './activities.context.ts';
import { insertActivity, lastSignupDay, rosterOf, setCancelled } from './activities.repository.ts';
import type { ActivityKind } from './activities.vocabulary.ts';

/** What an activity is created with. */
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

/** Creating an activity, and cancelling it on its day. */
export function createActivityPublishing(ctx: ActivitiesContext) {
  const { db, clock, signups } = ctx;
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
  };
}
