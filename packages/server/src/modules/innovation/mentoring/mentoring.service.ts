import { type Actor, requireAccess } from '../../../access/access.ts';
import type { Db, Sql } from '../../../db/db.ts';
import { todayInChina } from '../../../shared/dates.ts';
import { forbidden, notFound } from '../../../shared/errors.ts';
import { recordAudit } from '../../audit/index.ts';
import { notifyPerson, notifyPersons } from '../../messages/index.ts';
import { getPersonInScope } from '../../people/index.ts';
import { addCounts } from '../../reporting/index.ts';
import { mentoringErrors } from '../innovation.errors.ts';
import { getStudioInScope, type StudioBrief } from '../problems/index.ts';
import { MASTER_LEVELS, MAX_APPRENTICES } from './mentoring.rules.ts';

/**
 * Mentoring (名师带徒): staff of the studio's union invite apprentices for the master (the studio's leader) and
 * log sessions; the apprentice accepts and confirms each session on the phone. Counts:
 * `innovation.mentoring` for the studio's host union, dim 'pairs' (+1 when an apprentice accepts, on that day)
 * and dim 'sessions' (+1 for each confirmed attendance, on the day of the session).
 */

export type ApprenticeKind = 'professional' | 'skilled';
export type SessionKind = 'training' | 'on_site' | 'exchange' | 'other';

export interface InviteInput {
  studioId: number;
  apprenticePersonId: number;
  apprenticeKind: ApprenticeKind;
  year?: number;
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

interface PairRow {
  id: number;
  studioId: number;
  orgId: number;
  apprenticePersonId: number;
  status: 'invited' | 'accepted' | 'declined';
  year: number;
}

async function findPair(sql: Sql, id: number, lock = false): Promise<PairRow> {
  const { rows } = await sql.query<PairRow>(
    `select m.id, m.studio_id as "studioId", s.org_id as "orgId", m.apprentice_person_id as "apprenticePersonId",
            m.status, m.year
       from innovation_mentorships m join innovation_studios s on s.id = m.studio_id
      where m.id = $1 ${lock ? 'for update of m' : ''}`,
    [id],
  );
  if (!rows[0]) throw notFound(PAIR, { id });
  return rows[0];
}

export function createMentoringService(db: Db) {
  return {
    /** Invites an apprentice for the studio leader's year; a fifth live pair of the master is refused. */
    async invite(actor: Actor, input: InviteInput) {
      const year = input.year ?? Number(todayInChina().slice(0, 4));
      return db.tx(async (sql) => {
        // The studio's row is locked so that invitations for one master queue and the cap holds.
        const studio = await getStudioInScope(sql, actor, input.studioId, 'innovation.write', true);
        const master = checkMaster(studio);
        if (master === input.apprenticePersonId) throw mentoringErrors.selfApprentice();
        await getPersonInScope(sql, actor, input.apprenticePersonId);
        const { rows } = await sql.query<{ n: number; same: number }>(
          `select count(*)::int as n, count(*) filter (where apprentice_person_id = $3)::int as same
             from innovation_mentorships where master_person_id = $1 and year = $2 and status <> 'declined'`,
          [master, year, input.apprenticePersonId],
        );
        if (rows[0].same) throw mentoringErrors.alreadyPaired();
        if (rows[0].n >= MAX_APPRENTICES) throw mentoringErrors.full(MAX_APPRENTICES);
        const { rows: created } = await sql.query<{ id: number }>(
          `insert into innovation_mentorships (studio_id, master_person_id, apprentice_person_id, apprentice_kind,
             year, invited_on, created_by)
           values ($1, $2, $3, $4, $5, $6, $7) returning id`,
          [
            studio.id,
            master,
            input.apprenticePersonId,
            input.apprenticeKind,
            year,
            todayInChina(),
            actor.userId || null,
          ],
        );
        await notifyPerson(sql, input.apprenticePersonId, {
          kind: 'mentorship.invited',
          title: { zh: '名师带徒邀请', en: 'A mentoring invitation' },
          body: {
            zh: `${studio.name}领军人${studio.leaderName ?? ''}邀请您结为${year}年度师徒，请确认是否接受。`,
            en: `The leader of ${studio.name}, ${studio.leaderName ?? ''}, invites you to be an apprentice for ${year}.`,
          },
          link: '/m/mentoring',
          entity: 'mentorship',
          entityId: created[0].id,
        });
        await recordAudit(sql, actor, {
          action: 'mentorship.invite',
          entity: 'mentorship',
          entityId: created[0].id,
          orgId: studio.orgId,
          after: {
            studioId: studio.id,
            masterPersonId: master,
            apprenticePersonId: input.apprenticePersonId,
            year,
          },
        });
        return { id: created[0].id, status: 'invited' as const, year };
      });
    },

    /** The apprentice accepts or declines the invitation (phone). */
    async answer(actor: Actor, pairId: number, accept: boolean) {
      return db.tx(async (sql) => {
        const pair = await findPair(sql, pairId, true);
        requireAccess(actor, 'self.write', { personId: pair.apprenticePersonId });
        if (pair.status !== 'invited') throw mentoringErrors.notInvited();
        const status: 'accepted' | 'declined' = accept ? 'accepted' : 'declined';
        await sql.query(`update innovation_mentorships set status = $2, answered_at = now() where id = $1`, [
          pairId,
          status,
        ]);
        if (accept) {
          await addCounts(sql, [
            { subject: 'innovation.mentoring', orgId: pair.orgId, on: todayInChina(), dim: 'pairs', n: 1 },
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
      if (input.heldOn > todayInChina()) throw mentoringErrors.futureSession();
      const year = Number(input.heldOn.slice(0, 4));
      const pairIds = [...new Set(input.pairIds)];
      return db.tx(async (sql) => {
        const studio = await getStudioInScope(sql, actor, input.studioId, 'innovation.write');
        const master = checkMaster(studio);
        const { rows: pairs } = await sql.query<{ id: number; personId: number }>(
          `select id, apprentice_person_id as "personId" from innovation_mentorships
            where id = any($1::bigint[]) and master_person_id = $2 and year = $3 and status = 'accepted'`,
          [pairIds, master, year],
        );
        if (!pairIds.length || pairs.length !== pairIds.length) throw mentoringErrors.pairsInvalid();
        const { rows } = await sql.query<{ id: number }>(
          `insert into innovation_mentoring_sessions (studio_id, master_person_id, year, held_on, hours, kind, topic,
             created_by)
           values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
          [
            studio.id,
            master,
            year,
            input.heldOn,
            input.hours,
            input.kind,
            input.topic.trim(),
            actor.userId || null,
          ],
        );
        const id = rows[0].id;
        await sql.query(
          `insert into innovation_mentoring_attendance (session_id, mentorship_id) select $1, unnest($2::bigint[])`,
          [id, pairIds],
        );
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
      if (!actor.personId) throw forbidden();
      return db.tx(async (sql) => {
        const { rows } = await sql.query<{
          pairId: number;
          confirmedAt: string | null;
          heldOn: string;
          orgId: number;
        }>(
          `select a.mentorship_id as "pairId", a.confirmed_at as "confirmedAt", x.held_on as "heldOn",
                  s.org_id as "orgId"
             from innovation_mentoring_attendance a join innovation_mentorships m on m.id = a.mentorship_id
             join innovation_mentoring_sessions x on x.id = a.session_id
             join innovation_studios s on s.id = x.studio_id
            where a.session_id = $1 and m.apprentice_person_id = $2
            for update of a`,
          [sessionId, actor.personId],
        );
        const row = rows[0];
        if (!row) throw notFound(SESSION, { id: sessionId });
        if (row.confirmedAt) throw mentoringErrors.alreadyConfirmed();
        await sql.query(
          'update innovation_mentoring_attendance set confirmed_at = now() where session_id = $1 and mentorship_id = $2',
          [sessionId, row.pairId],
        );
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
