import { type Subtree, subtreeCondition } from '../../../access/access.ts';
import type { Sql } from '../../../db/db.ts';
import { insertRowUnlessTaken } from '../../../db/insert.ts';
import { conditions, selectFrom } from '../../../db/select.ts';
import { escapeLike } from '../../../shared/like.ts';
import { readPage } from '../../../shared/paged.ts';
import { STUDIO_LEVELS, type StudioLevel } from '../innovation.vocabulary.ts';

/** SQL for innovation_studios, their members and level history. */

export const MEMBER_ROLES = ['leader', 'core', 'member'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** The rank of a level: higher is above. */
export const levelRank = (level: string) => STUDIO_LEVELS.indexOf(level as StudioLevel);

export interface StudioRow {
  id: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  name: string;
  employer: string | null;
  field: string | null;
  industry: string | null;
  leaderPersonId: number | null;
  leaderName: string | null;
  leaderModelWorkerLevel: string | null;
  foundedOn: string | null;
  description: string;
  level: StudioLevel;
  levelSince: string | null;
  status: 'active' | 'revoked' | 'closed';
  countedModelWorker: boolean;
  memberCount: number;
}

const STUDIO_COLUMNS = `s.id, s.org_id as "orgId", o.name as "orgName", o.path as "orgPath", s.name, s.employer,
  s.field, s.industry, s.leader_person_id as "leaderPersonId", lp.name as "leaderName",
  lp.model_worker_level as "leaderModelWorkerLevel", to_char(s.founded_on, 'YYYY-MM-DD') as "foundedOn",
  s.description, s.level, to_char(s.level_since, 'YYYY-MM-DD') as "levelSince", s.status,
  s.counted_model_worker as "countedModelWorker",
  (select count(*)::int from innovation_studio_members m where m.studio_id = s.id) as "memberCount"`;
const STUDIO_FROM = `innovation_studios s join orgs o on o.id = s.org_id
  left join persons lp on lp.id = s.leader_person_id`;

const studioRows = selectFrom<StudioRow>(`${STUDIO_COLUMNS} from ${STUDIO_FROM}`);

export async function findStudioById(sql: Sql, id: number, lock = false): Promise<StudioRow | undefined> {
  if (lock) await sql.query('select id from innovation_studios where id = $1 for update', [id]);
  return studioRows.one(sql, 's.id = $1', [id]);
}

export interface StudioListQuery {
  scope: Subtree;
  orgPath?: string;
  level?: string;
  status?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export async function listStudios(sql: Sql, q: StudioListQuery) {
  const params: unknown[] = [];
  const { where, add } = conditions(params, subtreeCondition(q.scope, 'o.path', params));
  if (q.orgPath) where.push(subtreeCondition({ path: q.orgPath }, 'o.path', params));
  if (q.level) add('s.level = ?', q.level);
  if (q.status) add('s.status = ?', q.status);
  if (q.q) add('(s.name like ? or lp.name like ? or s.employer like ?)', `%${escapeLike(q.q)}%`);
  return readPage<StudioRow>(
    sql,
    { columns: STUDIO_COLUMNS, from: STUDIO_FROM, where, params, orderBy: 's.id desc' },
    q,
  );
}

export interface StudioFields {
  orgId: number;
  name: string;
  employer: string | null;
  field: string | null;
  industry: string | null;
  leaderPersonId: number | null;
  foundedOn: string | null;
  description: string;
}

/** Inserts a studio; null when the union already has one of that name. */
export async function insertStudio(
  sql: Sql,
  s: StudioFields & {
    level: StudioLevel;
    levelSince: string;
    countedModelWorker: boolean;
    createdBy: number | null;
  },
): Promise<number | null> {
  const columns =
    'org_id, name, employer, field, industry, leader_person_id, founded_on, description, level, level_since, counted_model_worker, created_by';
  return (await insertRowUnlessTaken(sql, 'innovation_studios', columns, s, '(org_id, name)')) ?? null;
}

const COLUMN: Record<string, string> = {
  name: 'name',
  employer: 'employer',
  field: 'field',
  industry: 'industry',
  leaderPersonId: 'leader_person_id',
  foundedOn: 'founded_on',
  description: 'description',
  level: 'level',
  levelSince: 'level_since',
  status: 'status',
  countedModelWorker: 'counted_model_worker',
};

export async function updateStudioColumns(sql: Sql, id: number, patch: Record<string, unknown>) {
  const entries = Object.entries(patch).filter(([k, v]) => v !== undefined && COLUMN[k]);
  if (!entries.length) return;
  const params: unknown[] = [id];
  const sets = entries.map(([k, v]) => {
    params.push(v);
    return `${COLUMN[k]} = $${params.length}`;
  });
  await sql.query(
    `update innovation_studios set ${sets.join(', ')}, updated_at = now() where id = $1`,
    params,
  );
}

export interface StudioMember {
  personId: number;
  name: string;
  role: MemberRole;
  joinedOn: string | null;
  modelWorkerLevel: string | null;
}

export async function listMembers(sql: Sql, studioId: number): Promise<StudioMember[]> {
  const { rows } = await sql.query<StudioMember>(
    `select m.person_id as "personId", p.name, m.role, to_char(m.joined_on, 'YYYY-MM-DD') as "joinedOn",
            p.model_worker_level as "modelWorkerLevel"
       from innovation_studio_members m join persons p on p.id = m.person_id
      where m.studio_id = $1
      order by array_position(array['leader','core','member'], m.role), p.id`,
    [studioId],
  );
  return rows;
}

export async function replaceMembers(
  sql: Sql,
  studioId: number,
  members: { personId: number; role: MemberRole; joinedOn: string | null }[],
) {
  await sql.query('delete from innovation_studio_members where studio_id = $1', [studioId]);
  if (!members.length) return;
  await sql.query(
    `insert into innovation_studio_members (studio_id, person_id, role, joined_on)
     select $1, * from unnest($2::bigint[], $3::text[], $4::date[])`,
    [studioId, members.map((m) => m.personId), members.map((m) => m.role), members.map((m) => m.joinedOn)],
  );
}

/** Achievements of the studio among `ids` (to check what a yearly report links). */
export async function findStudioAchievementIds(
  sql: Sql,
  studioId: number,
  ids: number[],
): Promise<Set<number>> {
  if (!ids.length) return new Set();
  const { rows } = await sql.query<{ id: number }>(
    'select id from innovation_achievements where studio_id = $1 and id = any($2::bigint[])',
    [studioId, ids],
  );
  return new Set(rows.map((r) => Number(r.id)));
}

/** A studio brought in from a register, with its levels in order (the first from its start day). */
export interface ImportedStudio {
  orgId: number;
  name: string;
  field: string | null;
  industry: string | null;
  leaderPersonId: number | null;
  foundedOn: string | null;
  countedModelWorker: boolean;
  createdBy: number | null;
  levels: { level: StudioLevel; fromOn: string; reason: string | null }[];
  members: { personId: number; role: MemberRole }[];
}

/**
 * Inserts imported studios, their level history (each level until the next) and their members in three
 * statements; answers the studios' ids in the order given.
 */
export async function insertImportedStudios(sql: Sql, studios: ImportedStudio[]): Promise<number[]> {
  if (!studios.length) return [];
  const last = (s: ImportedStudio) => s.levels[s.levels.length - 1];
  const col = <T>(f: (s: ImportedStudio) => T) => studios.map(f);
  const { rows } = await sql.query<{ id: number }>(
    `insert into innovation_studios (org_id, name, field, industry, leader_person_id, founded_on, level, level_since,
       counted_model_worker, created_by, federation_id)
     select u.org_id, u.name, u.field, u.industry, u.leader, u.founded, u.level, u.since, u.mw, u.by,
            split_part(o.path, '/', 2)::bigint
       from unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::date[], $7::text[], $8::date[],
                   $9::bool[], $10::bigint[])
            with ordinality as u(org_id, name, field, industry, leader, founded, level, since, mw, by, ord)
       join orgs o on o.id = u.org_id
      order by u.ord
     returning id`,
    [
      col((s) => s.orgId),
      col((s) => s.name),
      col((s) => s.field),
      col((s) => s.industry),
      col((s) => s.leaderPersonId),
      col((s) => s.foundedOn),
      col((s) => last(s).level),
      col((s) => last(s).fromOn),
      col((s) => s.countedModelWorker),
      col((s) => s.createdBy),
    ],
  );
  const ids = rows.map((r) => Number(r.id)).sort((a, b) => a - b);
  const levels = studios.flatMap((s, i) =>
    s.levels.map((l, j) => ({
      studioId: ids[i],
      ...l,
      toOn: s.levels[j + 1]?.fromOn ?? null,
      by: s.createdBy,
    })),
  );
  await sql.query(
    `insert into innovation_studio_levels (studio_id, level, from_on, to_on, reason, decided_by)
     select * from unnest($1::bigint[], $2::text[], $3::date[], $4::date[], $5::text[], $6::bigint[])`,
    [
      levels.map((l) => l.studioId),
      levels.map((l) => l.level),
      levels.map((l) => l.fromOn),
      levels.map((l) => l.toOn),
      levels.map((l) => l.reason),
      levels.map((l) => l.by),
    ],
  );
  const members = studios.flatMap((s, i) => s.members.map((m) => ({ studioId: ids[i], ...m })));
  if (members.length) {
    await sql.query(
      `insert into innovation_studio_members (studio_id, person_id, role, federation_id)
       select u.s, u.p, u.r, x.federation_id
         from unnest($1::bigint[], $2::bigint[], $3::text[]) as u(s, p, r)
         join innovation_studios x on x.id = u.s`,
      [members.map((m) => m.studioId), members.map((m) => m.personId), members.map((m) => m.role)],
    );
  }
  return ids;
}

/** The studios of these unions, for a register naming studios by name and union. */
export async function listStudiosOfUnions(
  sql: Sql,
  orgIds: number[],
): Promise<{ id: number; orgId: number; orgPath: string; name: string }[]> {
  if (!orgIds.length) return [];
  const { rows } = await sql.query<{ id: number; orgId: number; orgPath: string; name: string }>(
    `select s.id, s.org_id as "orgId", o.path as "orgPath", s.name
       from innovation_studios s join orgs o on o.id = s.org_id where s.org_id = any($1::bigint[])`,
    [orgIds],
  );
  return rows.map((r) => ({ ...r, id: Number(r.id), orgId: Number(r.orgId) }));
}

/** Whether another studio of the union has that name. */
export async function isStudioNameTaken(
  sql: Sql,
  orgId: number,
  name: string,
  exceptId: number,
): Promise<boolean> {
  const { rows } = await sql.query(
    'select 1 from innovation_studios where org_id = $1 and name = $2 and id <> $3',
    [orgId, name, exceptId],
  );
  return rows.length > 0;
}

/** The studios of the unions given, with their level and the day it holds from. */
export async function listStudiosOfOrgs(sql: Sql, orgIds: number[]) {
  const { rows } = await sql.query<{ id: number; orgId: number; name: string; level: string; since: string }>(
    `select id, org_id as "orgId", name, level, level_since::text as since
       from innovation_studios where org_id = any($1::bigint[])`,
    [orgIds],
  );
  return rows;
}

/** The level history of these studios: each level, the day it began and the reason it was given. */
export async function listStudioLevels(sql: Sql, studioIds: number[]) {
  const { rows } = await sql.query<{ studioId: number; level: string; on: string; reason: string | null }>(
    `select studio_id as "studioId", level, from_on::text as on, reason from innovation_studio_levels
      where studio_id = any($1::bigint[])`,
    [studioIds],
  );
  return rows.map((r) => ({ ...r, studioId: Number(r.studioId) }));
}

/**
 * A savepoint in the transaction, so that a step may fail and be rolled back alone (a subsidy a recognition
 * tries to open); `name` is a plain identifier.
 */
export async function savepoint(sql: Sql, name: string): Promise<void> {
  await sql.query(`savepoint ${name}`);
}

export async function rollbackToSavepoint(sql: Sql, name: string): Promise<void> {
  await sql.query(`rollback to savepoint ${name}`);
}

export async function releaseSavepoint(sql: Sql, name: string): Promise<void> {
  await sql.query(`release savepoint ${name}`);
}
