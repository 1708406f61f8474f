import type { Sql } from '../../../db/db.ts';
import { insertRow } from '../../../db/insert.ts';
import { COUNT_ALL, capped } from '../../../shared/capped.ts';
import type { ApprenticeKind, SessionKind } from './mentoring.types.ts';

/** The SQL of mentoring: pairs (`innovation_mentorships`), sessions and their attendance. */

/**
 * The most rows the union's list of masters and an apprentice's list of sessions hold; each says how many there
 * are in all.
 */
export const MENTORING_CAP = { masters: 1000, apprenticeSessions: 200 } as const;

export interface PairRow {
  id: number;
  studioId: number;
  orgId: number;
  apprenticePersonId: number;
  status: 'invited' | 'accepted' | 'declined';
  year: number;
}

export async function findPair(sql: Sql, id: number, lock = false): Promise<PairRow | undefined> {
  const { rows } = await sql.query<PairRow>(
    `select m.id, m.studio_id as "studioId", s.org_id as "orgId", m.apprentice_person_id as "apprenticePersonId",
            m.status, m.year
       from innovation_mentorships m join innovation_studios s on s.id = m.studio_id
      where m.id = $1 ${lock ? 'for update of m' : ''}`,
    [id],
  );
  return rows[0];
}

/** The master's live pairs of the year, and how many of them are with `apprenticePersonId`. */
export async function countLivePairs(
  sql: Sql,
  masterPersonId: number,
  year: number,
  apprenticePersonId: number,
): Promise<{ n: number; same: number }> {
  const { rows } = await sql.query<{ n: number; same: number }>(
    `select count(*)::int as n, count(*) filter (where apprentice_person_id = $3)::int as same
       from innovation_mentorships where master_person_id = $1 and year = $2 and status <> 'declined'`,
    [masterPersonId, year, apprenticePersonId],
  );
  return rows[0];
}

export async function insertPair(
  sql: Sql,
  p: {
    studioId: number;
    masterPersonId: number;
    apprenticePersonId: number;
    apprenticeKind: ApprenticeKind;
    year: number;
    invitedOn: string;
    createdBy: number | null;
  },
): Promise<number> {
  return insertRow(
    sql,
    'innovation_mentorships',
    'studio_id, master_person_id, apprentice_person_id, apprentice_kind, year, invited_on, created_by',
    p,
  );
}

/** The apprentice's answer, at `at` (the service's clock: the day it counts on, ADR 71). */
export async function setPairStatus(
  sql: Sql,
  id: number,
  status: 'accepted' | 'declined',
  at: Date,
): Promise<void> {
  await sql.query(`update innovation_mentorships set status = $2, answered_at = $3 where id = $1`, [
    id,
    status,
    at,
  ]);
}

/** Of `pairIds`, those accepted pairs of the master in the year, with their apprentice. */
export async function findAcceptedPairs(
  sql: Sql,
  pairIds: number[],
  masterPersonId: number,
  year: number,
): Promise<{ id: number; personId: number }[]> {
  const { rows } = await sql.query<{ id: number; personId: number }>(
    `select id, apprentice_person_id as "personId" from innovation_mentorships
      where id = any($1::bigint[]) and master_person_id = $2 and year = $3 and status = 'accepted'`,
    [pairIds, masterPersonId, year],
  );
  return rows;
}

/** A session and the pairs attending it. */
export async function insertSession(
  sql: Sql,
  s: {
    studioId: number;
    masterPersonId: number;
    year: number;
    heldOn: string;
    hours: number;
    kind: SessionKind;
    topic: string;
    createdBy: number | null;
    pairIds: number[];
  },
): Promise<number> {
  const id = await insertRow(
    sql,
    'innovation_mentoring_sessions',
    'studio_id, master_person_id, year, held_on, hours, kind, topic, created_by',
    s,
  );
  await sql.query(
    `insert into innovation_mentoring_attendance (session_id, mentorship_id) select $1, unnest($2::bigint[])`,
    [id, s.pairIds],
  );
  return id;
}

/** The apprentice's attendance of the session, its row held to the end of the transaction. */
export async function findAttendanceForUpdate(
  sql: Sql,
  sessionId: number,
  apprenticePersonId: number,
): Promise<{ pairId: number; confirmedAt: string | null; heldOn: string; orgId: number } | undefined> {
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
    [sessionId, apprenticePersonId],
  );
  return rows[0];
}

export async function confirmAttendance(sql: Sql, sessionId: number, pairId: number): Promise<void> {
  await sql.query(
    'update innovation_mentoring_attendance set confirmed_at = now() where session_id = $1 and mentorship_id = $2',
    [sessionId, pairId],
  );
}

export interface PairStatus {
  id: number;
  studioId: number;
  apprenticePersonId: number;
  apprenticeName: string;
  apprenticeKind: ApprenticeKind;
  status: 'invited' | 'accepted' | 'declined';
  invitedOn: string;
  confirmed: number;
  attended: number;
}

export interface MasterRow {
  studioId: number;
  studioName: string;
  level: string;
  orgId: number;
  unionName: string;
  masterPersonId: number;
  masterName: string;
}

/**
 * The masters (studio leaders) of the studios matching `where` (over `params`) with live pairs in the year, the
 * first `cap` of them and how many there are in all, and those masters' pairs with their confirmed and attended
 * sessions.
 */
export async function listMastersAndPairs(
  sql: Sql,
  where: string,
  params: unknown[],
  year: number,
  cap: number | null = MENTORING_CAP.masters,
): Promise<{ masters: MasterRow[]; total: number; pairs: PairStatus[] }> {
  params.push(year);
  const yearParam = `$${params.length}`;
  const { rows } = await sql.query<MasterRow & { countAll: number }>(
    `select s.id as "studioId", s.name as "studioName", s.level, s.org_id as "orgId", o.name as "unionName",
            s.leader_person_id as "masterPersonId", p.name as "masterName", ${COUNT_ALL}
       from innovation_studios s join orgs o on o.id = s.org_id join persons p on p.id = s.leader_person_id
      where ${where} and exists (select 1 from innovation_mentorships m where m.studio_id = s.id
              and m.year = ${yearParam} and m.status <> 'declined')
      order by o.path, s.name ${cap === null ? '' : `limit ${Number(cap)}`}`,
    params,
  );
  const { items: masters, total } = capped(rows);
  const { rows: pairs } = await sql.query<PairStatus>(
    `select m.id, m.studio_id as "studioId", m.apprentice_person_id as "apprenticePersonId",
            p.name as "apprenticeName", m.apprentice_kind as "apprenticeKind", m.status, m.invited_on as "invitedOn",
            count(a.confirmed_at)::int as confirmed, count(a.session_id)::int as attended
       from innovation_mentorships m join persons p on p.id = m.apprentice_person_id
       left join innovation_mentoring_attendance a on a.mentorship_id = m.id
      where m.studio_id = any($1::bigint[]) and m.year = $2 and m.status <> 'declined'
      group by m.id, p.name order by m.id`,
    [masters.map((m) => m.studioId), year],
  );
  return { masters, total, pairs };
}

/** A mentoring session as the lists show it. */
interface MentoringSession {
  id: number;
  heldOn: string;
  hours: number;
  kind: SessionKind;
  topic: string;
}

/** The studio's sessions of the year, newest first, with how many attended and confirmed. */
export async function listStudioSessions(sql: Sql, studioId: number, year: number) {
  const { rows } = await sql.query<MentoringSession & { attendees: number; confirmed: number }>(
    `select x.id, x.held_on as "heldOn", x.hours, x.kind, x.topic,
            count(a.mentorship_id)::int as attendees, count(a.confirmed_at)::int as confirmed
       from innovation_mentoring_sessions x join innovation_mentoring_attendance a on a.session_id = x.id
      where x.studio_id = $1 and x.year = $2 group by x.id order by x.held_on desc, x.id desc`,
    [studioId, year],
  );
  return rows;
}

/** The apprentice's invitations and pairs (not declined), newest year first. */
export async function listPairsOfApprentice(sql: Sql, personId: number) {
  const { rows } = await sql.query<{
    id: number;
    year: number;
    status: PairStatus['status'];
    apprenticeKind: ApprenticeKind;
    invitedOn: string;
    studioName: string;
    masterName: string;
    unionName: string;
  }>(
    `select m.id, m.year, m.status, m.apprentice_kind as "apprenticeKind", m.invited_on as "invitedOn",
            s.name as "studioName", p.name as "masterName", o.name as "unionName"
       from innovation_mentorships m join innovation_studios s on s.id = m.studio_id
       join persons p on p.id = m.master_person_id join orgs o on o.id = s.org_id
      where m.apprentice_person_id = $1 and m.status <> 'declined' order by m.year desc, m.id desc`,
    [personId],
  );
  return rows;
}

/** The sessions the apprentice attended, newest first, whether each is confirmed; and how many there are. */
export async function listSessionsOfApprentice(sql: Sql, personId: number) {
  const { rows } = await sql.query<
    MentoringSession & { masterName: string; confirmed: boolean; countAll: number }
  >(
    `select x.id, x.held_on as "heldOn", x.hours, x.kind, x.topic, p.name as "masterName",
            (a.confirmed_at is not null) as confirmed, ${COUNT_ALL}
       from innovation_mentoring_attendance a join innovation_mentorships m on m.id = a.mentorship_id
       join innovation_mentoring_sessions x on x.id = a.session_id join persons p on p.id = x.master_person_id
      where m.apprentice_person_id = $1 order by x.held_on desc, x.id desc limit ${MENTORING_CAP.apprenticeSessions}`,
    [personId],
  );
  return capped(rows);
}

/**
 * The day the studio's present run at city level or above began (its leader a master since): the earliest spell at
 * such a level after its last spell below it.
 */
export async function masterSince(
  sql: Sql,
  studioId: number,
  levels: readonly string[],
): Promise<string | null> {
  const { rows } = await sql.query<{ day: string | null }>(
    `select to_char(min(from_on), 'YYYY-MM-DD') as day from innovation_studio_levels
      where studio_id = $1 and level = any($2::text[])
        and from_on >= coalesce((select max(coalesce(to_on, 'infinity'::date)) from innovation_studio_levels
                                  where studio_id = $1 and level <> all($2::text[])), '-infinity'::date)`,
    [studioId, levels],
  );
  return rows[0]?.day ?? null;
}
