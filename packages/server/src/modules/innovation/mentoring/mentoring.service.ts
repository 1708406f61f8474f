import { type Actor, requireAccess } from '../../../access/access.ts';
import type { Db, Sql } from '../../../db/db.ts';
import type { Clock } from '../../../shared/clock.ts';
import { todayInChina } from '../../../shared/dates.ts';
import { effectiveDay } from '../../../shared/effective.ts';
import { notFound, notYours } from '../../../shared/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { notifyPerson, notifyPersons } from '../../messages/index.ts';
import { getPersonInScope } from '../../people/index.ts';
import { addCounts } from '../../reporting/index.ts';
import { mentoringErrors } from '../innovation.errors.ts';
import { getStudioInScope, type StudioBrief } from '../problems/index.ts';
import {
  confirmAttendance,
  countLivePairs,
  findAcceptedPairs,
  findAttendanceForUpdate,
  findPair as findPairRow,
  insertPair,
  insertSession,
  masterSince,
  type PairRow,
  setPairStatus,
} from './mentoring.repository.ts';
import type { ApprenticeKind, SessionKind } from './mentoring.types.ts';

export type { ApprenticeKind, SessionKind } from './mentoring.types.ts';

import { MASTER_LEVELS } from '../innovation.vocabulary.ts';
import { MAX_APPRENTICES } from './mentoring.rules.ts';

/**
 * Mentoring (名师带徒): staff of the studio's union invite apprentices for the master (the studio's leader) and
 * log sessions; the apprentice accepts and confirms each session on the phone. Counts:
 * `innovation.mentoring` for the studio's host union, dim 'pairs' (+1 when an apprentice accepts, on that day)
 * and dim 'sessions' (+1 for each confirmed attendance, on the day of the session).
 */

export interface InviteInput {
  studioId: number;
  apprenticePersonId: number;
  apprenticeKind: ApprenticeKind;
  year?: number;
  /** The day of the invitation (ADR 40): default today; the year defaults to its year. */
  effectiveOn?: string;
}

export interface SessionInput {
  studioId: number;
  heldOn: string;
  hours: number;
  kind: SessionKind;
  topic: string;
  pairIds: number[];
}

const PAIR = { zh: '师徒结对', en: 'Mentoring pair' };
const SESSION = { zh: '带徒活动', en: 'Session' };

/** The studio's leader as a master: the studio must be of city level or above, active, with a leader. */
export function checkMaster(studio: StudioBrief): number {
  if (studio.status !== 'active' || !(MASTER_LEVELS as readonly string[]).includes(studio.level)) {
    throw mentoringErrors.notCityStudio(studio.name);
  }
  if (!studio.leaderPersonId) throw mentoringErrors.noLeader(studio.name);
  return studio.leaderPersonId;
}

async function findPair(sql: Sql, id: number, lock = false): Promise<PairRow> {
  const pair = await findPairRow(sql, id, lock);
  if (!pair) throw notFound(PAIR, { id });
  return pair;
}

export function createMentoringService(db: Db, clock: Clock) {
  const today = () => todayInChina(clock());
  return {
    /** Invites an apprentice for the studio leader's year; a fifth live pair of the master is refused. */
    async invite(actor: Actor, input: InviteInput) {
      return db.tx(async (sql) => {
        // The studio's row is locked so that invitations for one master queue and the cap holds.
        const studio = await getStudioInScope(sql, actor, input.studioId, 'innovation.write', true);
        const master = checkMaster(studio);
        const when = effectiveDay(
          actor,
          input.effectiveOn,
          { zh: '结对邀请', en: 'invitation' },
          [
            {
              day: await masterSince(sql, studio.id, MASTER_LEVELS),
              name: { zh: '工作室认定为市级以上的日期', en: 'day the studio reached city level' },
            },
          ],
          { now: clock() },
        );
        const year = input.year ?? Number(when.day.slice(0, 4));
        if (master === input.apprenticePersonId) throw mentoringErrors.selfApprentice();
        await getPersonInScope(sql, actor, input.apprenticePersonId);
        const live = await countLivePairs(sql, master, year, input.apprenticePersonId);
        if (live.same) throw mentoringErrors.alreadyPaired();
        if (live.n >= MAX_APPRENTICES) throw mentoringErrors.full(MAX_APPRENTICES);
        const pairId = await insertPair(sql, {
          studioId: studio.id,
          masterPersonId: master,
          apprenticePersonId: input.apprenticePersonId,
          apprenticeKind: input.apprenticeKind,
          year,
          invitedOn: when.day,
          createdBy: actor.userId || null,
        });
        await notifyPerson(sql, input.apprenticePersonId, {
          kind: 'mentorship.invited',
          title: { zh: '名师带徒邀请', en: 'A mentoring invitation' },
          body: {
            zh: `${studio.name}领军人${studio.leaderName ?? ''}邀请您结为${year}年度师徒，请确认是否接受。`,
            en: `The leader of ${studio.name}, ${studio.leaderName ?? ''}, invites you to be an apprentice for ${year}.`,
          },
          link: '/m/mentoring',
          entity: 'mentorship',
          entityId: pairId,
        });
        await recordAudit(sql, actor, {
          action: 'mentorship.invite',
          entity: 'mentorship',
          entityId: pairId,
          orgId: studio.orgId,
          after: {
            studioId: studio.id,
            masterPersonId: master,
            apprenticePersonId: input.apprenticePersonId,
            year,
            ...(when.backdated ? { effectiveOn: when.day } : {}),
          },
        });
        return { id: pairId, status: 'invited' as const, year };
      });
    },

    /** The apprentice accepts or declines the invitation (phone). */
    async answer(actor: Actor, pairId: number, accept: boolean) {
      return db.tx(async (sql) => {
        const pair = await findPair(sql, pairId, true);
        requireAccess(actor, 'self.write', { personId: pair.apprenticePersonId });
        if (pair.status !== 'invited') throw mentoringErrors.notInvited();
        const status: 'accepted' | 'declined' = accept ? 'accepted' : 'declined';
        const now = clock();
        await setPairStatus(sql, pairId, status, now);
        if (accept) {
          await addCounts(sql, [
            { subject: 'innovation.mentoring', orgId: pair.orgId, on: todayInChina(now), dim: 'pairs', n: 1 },
          ]);
        }
        await recordAudit(sql, actor, {
          action: accept ? 'mentorship.accept' : 'mentorship.decline',
          entity: 'mentorship',
          entityId: pairId,
          orgId: pair.orgId,
          after: { status },
        });
        return { id: pairId, status };
      });
    },

    /** Logs a session the master held with some of their apprentices; each must confirm it. */
    async createSession(actor: Actor, input: SessionInput) {
      if (input.heldOn > today()) throw mentoringErrors.futureSession();
      const year = Number(input.heldOn.slice(0, 4));
      const pairIds = [...new Set(input.pairIds)];
      return db.tx(async (sql) => {
        const studio = await getStudioInScope(sql, actor, input.studioId, 'innovation.write');
        const master = checkMaster(studio);
        const pairs = await findAcceptedPairs(sql, pairIds, master, year);
        if (!pairIds.length || pairs.length !== pairIds.length) throw mentoringErrors.pairsInvalid();
        const id = await insertSession(sql, {
          studioId: studio.id,
          masterPersonId: master,
          year,
          heldOn: input.heldOn,
          hours: input.hours,
          kind: input.kind,
          topic: input.topic.trim(),
          createdBy: actor.userId || null,
          pairIds,
        });
        await notifyPersons(
          sql,
          pairs.map((p) => ({
            personId: p.personId,
            kind: 'mentoring_session.logged',
            title: { zh: '请确认带徒活动', en: 'Please confirm a mentoring session' },
            body: {
              zh: `${input.heldOn}「${input.topic.trim()}」（${input.hours}学时），参加后请确认。`,
              en: `${input.heldOn} "${input.topic.trim()}" (${input.hours} h): confirm if you attended.`,
            },
            link: '/m/mentoring',
            entity: 'mentoring_session',
            entityId: id,
          })),
        );
        await recordAudit(sql, actor, {
          action: 'mentoring_session.create',
          entity: 'mentoring_session',
          entityId: id,
          orgId: studio.orgId,
          after: { heldOn: input.heldOn, hours: input.hours, kind: input.kind, pairIds },
        });
        return { id, heldOn: input.heldOn, pairIds };
      });
    },

    /** The apprentice confirms they attended the session (phone). */
    async confirmSession(actor: Actor, sessionId: number) {
      requireAccess(actor, 'self.write');
      if (!actor.personId) throw notYours();
      return db.tx(async (sql) => {
        const row = await findAttendanceForUpdate(sql, sessionId, actor.personId as number);
        if (!row) throw notFound(SESSION, { id: sessionId });
        if (row.confirmedAt) throw mentoringErrors.alreadyConfirmed();
        await confirmAttendance(sql, sessionId, row.pairId);
        await addCounts(sql, [
          { subject: 'innovation.mentoring', orgId: row.orgId, on: row.heldOn, dim: 'sessions', n: 1 },
        ]);
        await recordAudit(sql, actor, {
          action: 'mentoring_session.confirm',
          entity: 'mentoring_session',
          entityId: sessionId,
          orgId: row.orgId,
          after: { pairId: row.pairId },
        });
        return { id: sessionId, confirmed: true as const };
      });
    },
  };
}

export type MentoringService = ReturnType<typeof createMentoringService>;
