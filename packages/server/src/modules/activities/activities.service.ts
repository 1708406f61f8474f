import { type Actor, canAccess, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { listScopeSheet, recordFileName } from '../../shared/export-list.ts';
import { writeWorkbook, type XlsxSheet } from '../../shared/xlsx-writer.ts';
import { recordAudit } from '../audit/index.ts';
import { subtreeAsked } from '../org/index.ts';
import { findPersonById, type IdProtector } from '../people/index.ts';
import { createCheckIns } from './activities.checkin.ts';
import { type ActivitiesContext, inScope, withEnded } from './activities.context.ts';
import { createSignupUseCases } from './activities.enrolment.ts';
import { createPhotos } from './activities.photos.ts';
import { createActivityPublishing } from './activities.publishing.ts';
import { createActivitiesRegister } from './activities.register.ts';
import {
  joinedWithPhotos,
  listActivities,
  listOffered,
  rosterOf,
  sessionCodes,
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
export function createActivitiesService(db: Db, clock: Clock, ids?: Pick<IdProtector, 'hash' | 'lookups'>) {
  const today = () => todayInChina(clock());
  const signups = createSignups(db, clock);
  const ctx: ActivitiesContext = { db, clock, today, signups, ids };
  return {
    /** Past activities brought in from a sheet (issue 42). */
    register: createActivitiesRegister(db, clock, ids),
    ...createActivityPublishing(ctx),
    async list(
      actor: Actor,
      q: { orgId?: number; status?: 'open' | 'cancelled'; page?: number; pageSize?: number } = {},
    ) {
      return db.tx(async (sql) => {
        const path = await subtreeAsked(sql, actor, q.orgId, 'activities.read');
        const page = { page: q.page ?? 1, pageSize: q.pageSize ?? 20 };
        const { items, total } = await listActivities(sql, path, q.status, page);
        return { items: items.map(withEnded(clock())), total, ...page };
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
          ...withEnded(clock())(a),
          roster,
          rosterPrivate: hidden,
          pairs: a.kind === 'social' ? await countPairs(sql, a.id) : null,
          codes: canAccess(actor, 'activities.manage', { orgPath: a.orgPath })
            ? await sessionCodes(sql, a.id)
            : [],
        };
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
          items: offered.map(({ rule: _r, orgPath: _p, ...a }) => ({
            ...withEnded(clock())(a),
            my: mine.get(a.id) ?? null,
          })),
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
      const day = todayInChina(clock());
      const scope = listScopeSheet(a.orgName, day, { label: '报名人数（人）', n: a.roster.length }, [
        '活动',
        a.title,
      ]);
      return {
        buffer: writeWorkbook([sheet, scope]),
        fileName: recordFileName(a.title, '报名名单', { day }),
      };
    },
    ...createSignupUseCases(ctx),
    ...createCheckIns(ctx),
    ...createSocial(ctx),
    ...createActivityStats(ctx),
    ...createPhotos(ctx),
  };
}

export type ActivitiesService = ReturnType<typeof createActivitiesService>;
