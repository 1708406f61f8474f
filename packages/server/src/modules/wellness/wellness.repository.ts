import { subtreePattern } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { insertRow, insertRowUnlessTaken } from '../../db/insert.ts';
import { selectFrom } from '../../db/select.ts';

/**
 * SQL for wellness_programs, wellness_institutions, wellness_batches, wellness_allocations and
 * wellness_nominations (read-only joins on orgs, and on persons for names and masked ID numbers).
 */

/** The most rows a list of programmes or of institutions holds; each says how many there are in all. */
export const LIST_CAP = { programs: 200, institutions: 500, mine: 50, quotas: 500 } as const;

export type WellnessKind = 'recuperation' | 'checkup';
export type InstitutionKind = 'sanatorium' | 'checkup_centre';

export interface BatchRow {
  id: number;
  programId: number;
  programName: string;
  kind: WellnessKind;
  orgId: number;
  orgName: string;
  orgPath: string;
  institutionId: number;
  institutionName: string;
  institutionAddress: string;
  title: string;
  startsOn: string;
  endsOn: string;
  closesOn: string;
  places: number;
  allocated: number;
  nominated: number;
  attended: number;
  meeting: string;
  bring: string;
  status: 'open' | 'settled';
  settledOn: string | null;
  subsidyFen: number | null;
  subsidyApplicationId: number | null;
}

export const BATCH = `b.id, b.program_id as "programId", p.name as "programName", p.kind, p.org_id as "orgId",
  o.name as "orgName", o.path as "orgPath", b.institution_id as "institutionId", i.name as "institutionName",
  i.address as "institutionAddress", b.title, to_char(b.starts_on, 'YYYY-MM-DD') as "startsOn",
  to_char(b.ends_on, 'YYYY-MM-DD') as "endsOn", to_char(b.closes_on, 'YYYY-MM-DD') as "closesOn", b.places,
  b.allocated,
  (select coalesce(sum(case when a.recorded_used is null then a.used else a.recorded_used end), 0)::int
     from wellness_allocations a where a.batch_id = b.id) as nominated,
  (select coalesce(sum(a.recorded_used), 0)::int from wellness_allocations a where a.batch_id = b.id)
    + (select count(*)::int from wellness_nominations n
        where n.batch_id = b.id and n.status = 'nominated' and n.attendance = 'attended') as attended,
  b.meeting, b.bring, b.status, to_char(b.settled_on, 'YYYY-MM-DD') as "settledOn",
  b.subsidy_fen::float8 as "subsidyFen", b.subsidy_application_id::float8 as "subsidyApplicationId"`;
export const BATCH_FROM = `wellness_batches b join wellness_programs p on p.id = b.program_id join orgs o on o.id = p.org_id
  join wellness_institutions i on i.id = b.institution_id`;

/** A batch's facts as a program sets it up: its institution, title, days and places. */
export interface NewBatchFacts {
  programId: number;
  institutionId: number;
  title: string;
  startsOn: string;
  endsOn: string;
  closesOn: string;
  places: number;
}

export async function insertBatch(
  sql: Sql,
  b: NewBatchFacts & { meeting: string; bring: string },
): Promise<number> {
  return insertRow(
    sql,
    'wellness_batches',
    'program_id, institution_id, title, starts_on, ends_on, closes_on, places, meeting, bring',
    b,
  );
}

const batchRows = selectFrom<BatchRow>(`${BATCH} from ${BATCH_FROM}`);

/** A batch; `lock` holds its row until the transaction ends (allocations and settlement queue on it). */
export async function findBatch(sql: Sql, id: number, lock = false): Promise<BatchRow | undefined> {
  if (lock) await sql.query('select id from wellness_batches where id = $1 for update', [id]);
  return batchRows.one(sql, 'b.id = $1', [id]);
}

export async function listBatches(sql: Sql, programId: number): Promise<BatchRow[]> {
  const { rows } = await sql.query<BatchRow>(
    `select ${BATCH} from ${BATCH_FROM} where b.program_id = $1 order by b.starts_on, b.id`,
    [programId],
  );
  return rows;
}

/** Locks the program's row until the transaction ends: two clerks adding batches of one year queue on it. */
export async function lockProgram(sql: Sql, id: number): Promise<void> {
  await sql.query('select 1 from wellness_programs where id = $1 for update', [id]);
}

/** The program's places already given to batches of a year. */
export async function placesInYear(sql: Sql, programId: number, year: number, except?: number) {
  const { rows } = await sql.query<{ n: number }>(
    `select coalesce(sum(places), 0)::int as n from wellness_batches
      where program_id = $1 and extract(year from starts_on) = $2 and id <> coalesce($3::bigint, 0)`,
    [programId, year, except ?? null],
  );
  return rows[0].n;
}

export async function settleBatch(
  sql: Sql,
  id: number,
  s: { on: string; subsidyFen: number; applicationId: number | null },
) {
  await sql.query(
    `update wellness_batches set status = 'settled', settled_on = $2, subsidy_fen = $3, subsidy_application_id = $4
      where id = $1`,
    [id, s.on, s.subsidyFen, s.applicationId],
  );
}

export interface AllocationRow {
  id: number;
  batchId: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  quota: number;
  used: number;
  attended: number;
  recordedUsed: number | null;
  /** The day the quota was first given (null: given before the day was kept). */
  allocatedOn: string | null;
}

const ALLOCATION = `a.id, a.batch_id as "batchId", a.org_id as "orgId", o.name as "orgName", o.path as "orgPath",
  a.quota, a.used, a.recorded_used as "recordedUsed", to_char(a.allocated_on, 'YYYY-MM-DD') as "allocatedOn",
  coalesce(a.recorded_used, (select count(*)::int from wellness_nominations n
     where n.allocation_id = a.id and n.status = 'nominated' and n.attendance = 'attended')) as attended`;

export async function findAllocation(sql: Sql, batchId: number, orgId: number) {
  const { rows } = await sql.query<AllocationRow>(
    `select ${ALLOCATION} from wellness_allocations a join orgs o on o.id = a.org_id
      where a.batch_id = $1 and a.org_id = $2`,
    [batchId, orgId],
  );
  return rows[0];
}

export async function findAllocationById(sql: Sql, id: number) {
  const { rows } = await sql.query<AllocationRow>(
    `select ${ALLOCATION} from wellness_allocations a join orgs o on o.id = a.org_id where a.id = $1`,
    [id],
  );
  return rows[0];
}

/** The batch's allocations to unions of the subtree `path` (all of them for the batch's owner). */
export async function listAllocations(sql: Sql, batchId: number, path: string) {
  const { rows } = await sql.query<AllocationRow>(
    `select ${ALLOCATION} from wellness_allocations a join orgs o on o.id = a.org_id
      where a.batch_id = $1 and o.path like $2 order by o.path`,
    [batchId, subtreePattern(path)],
  );
  return rows;
}

/**
 * Sets a union's quota on a batch and the batch's allocated total (the batch row is locked by the caller); `on`
 * is the day it was given, kept from the first time (a change of quota does not move it).
 */
export async function upsertAllocation(
  sql: Sql,
  batchId: number,
  orgId: number,
  quota: number,
  on: string,
): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `insert into wellness_allocations (batch_id, org_id, quota, allocated_on) values ($1, $2, $3, $4)
     on conflict (batch_id, org_id) do update set quota = excluded.quota,
       allocated_on = coalesce(wellness_allocations.allocated_on, excluded.allocated_on)
     returning id`,
    [batchId, orgId, quota, on],
  );
  await sql.query(
    `update wellness_batches set allocated = (select coalesce(sum(quota), 0) from wellness_allocations where batch_id = $1)
      where id = $1`,
    [batchId],
  );
  return Number(rows[0].id);
}

/** Adds `n` places taken at once (a register's nominees); the check on the row refuses going past the quota. */
export async function addUsed(sql: Sql, allocationId: number, n: number) {
  if (n) await sql.query('update wellness_allocations set used = used + $2 where id = $1', [allocationId, n]);
}

/** Takes one place of the quota: false when none is left (concurrent nominations queue on the row). */
export async function takeQuota(sql: Sql, allocationId: number): Promise<boolean> {
  const { rows } = await sql.query(
    'update wellness_allocations set used = used + 1 where id = $1 and used < quota returning id',
    [allocationId],
  );
  return rows.length === 1;
}

async function freeQuota(sql: Sql, allocationId: number) {
  await sql.query('update wellness_allocations set used = used - 1 where id = $1 and used > 0', [
    allocationId,
  ]);
}

export interface NominationRow {
  id: number;
  batchId: number;
  allocationId: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  personId: number;
  personName: string;
  idMasked: string;
  status: 'nominated' | 'replaced' | 'withdrawn';
  nominatedOn: string;
  replacedBy: number | null;
  frontLine: boolean;
  newEmployment: boolean;
  attendance: 'attended' | 'absent' | null;
  attendanceOn: string | null;
}

export const NOMINATION = `n.id, n.batch_id as "batchId", n.allocation_id as "allocationId", n.org_id as "orgId",
  o.name as "orgName", o.path as "orgPath", n.person_id as "personId", pe.name as "personName",
  pe.id_masked as "idMasked", n.status, to_char(n.nominated_on, 'YYYY-MM-DD') as "nominatedOn",
  n.replaced_by as "replacedBy", n.front_line as "frontLine", n.new_employment as "newEmployment", n.attendance,
  to_char(n.attendance_on, 'YYYY-MM-DD') as "attendanceOn"`;
export const NOMINATION_FROM = `wellness_nominations n join orgs o on o.id = n.org_id join persons pe on pe.id = n.person_id`;

/** A nomination as it is made: the batch, the union's allocation, the worker, the day and what it weighed. */
export interface NewNomination {
  batchId: number;
  allocationId: number;
  orgId: number;
  personId: number;
  nominatedOn: string;
  frontLine: boolean;
  newEmployment: boolean;
}

/** A nomination; undefined when the worker holds a live one in the batch already. */
export const insertNomination = (sql: Sql, n: NewNomination) =>
  insertRowUnlessTaken(
    sql,
    'wellness_nominations',
    'batch_id, allocation_id, org_id, person_id, nominated_on, front_line, new_employment',
    n,
    "(batch_id, person_id) where status = 'nominated'",
  );

const nominationRows = selectFrom<NominationRow>(`${NOMINATION} from ${NOMINATION_FROM}`);

export const findNomination = (sql: Sql, id: number, lock = false) =>
  nominationRows.one(sql, `n.id = $1${lock ? ' for update of n' : ''}`, [id]);

/** The batch's nominations made by unions of the subtree `path`, live ones first. */
export async function listNominations(sql: Sql, batchId: number, path: string) {
  const { rows } = await sql.query<NominationRow>(
    `select ${NOMINATION} from ${NOMINATION_FROM} where n.batch_id = $1 and o.path like $2
      order by n.status = 'nominated' desc, o.path, n.id`,
    [batchId, subtreePattern(path)],
  );
  return rows;
}

/** The live nominations of the batch by person (an institution's list is matched against them). */
export async function liveNominationsOf(sql: Sql, batchId: number) {
  const { rows } = await sql.query<NominationRow>(
    `select ${NOMINATION} from ${NOMINATION_FROM} where n.batch_id = $1 and n.status = 'nominated'`,
    [batchId],
  );
  return rows;
}

export async function endNomination(
  sql: Sql,
  id: number,
  status: 'replaced' | 'withdrawn',
  replacedBy: number | null,
  on: string,
): Promise<boolean> {
  const { rows } = await sql.query(
    `update wellness_nominations set status = $2, replaced_by = $3, ended_on = $4
      where id = $1 and status = 'nominated' returning id`,
    [id, status, replacedBy, on],
  );
  return rows.length === 1;
}

/**
 * Ends a live nomination as withdrawn on `on` and gives its place back to its union's quota, once: false (and the
 * quota untouched) when it had ended already, e.g. by another request at the same moment.
 */
export async function withdrawNomination(
  sql: Sql,
  n: { id: number; allocationId: number },
  on: string,
): Promise<boolean> {
  if (!(await endNomination(sql, n.id, 'withdrawn', null, on))) return false;
  await freeQuota(sql, n.allocationId);
  return true;
}

export async function setReplacedBy(sql: Sql, id: number, replacement: number) {
  await sql.query('update wellness_nominations set replaced_by = $2 where id = $1', [id, replacement]);
}

/** Sets attendance; answers the nominations whose attendance changed, with what it was before. */
export async function setAttendance(
  sql: Sql,
  batchId: number,
  marks: { nominationId: number; attendance: 'attended' | 'absent' }[],
  on: string,
) {
  if (!marks.length) return [];
  const { rows } = await sql.query<{
    id: number;
    orgId: number;
    before: 'attended' | 'absent' | null;
    after: 'attended' | 'absent';
    frontLine: boolean;
    newEmployment: boolean;
  }>(
    `with m as (select * from unnest($2::bigint[], $3::text[]) as x(id, attendance)),
          old as (select n.id, n.attendance from wellness_nominations n join m on m.id = n.id
                   where n.batch_id = $1 and n.status = 'nominated' for update of n)
     update wellness_nominations n set attendance = m.attendance, attendance_on = $4
       from m, old where m.id = n.id and old.id = n.id and old.attendance is distinct from m.attendance
     returning n.id, n.org_id as "orgId", old.attendance as before, n.attendance as after,
               n.front_line as "frontLine", n.new_employment as "newEmployment"`,
    [batchId, marks.map((m) => m.nominationId), marks.map((m) => m.attendance), on],
  );
  return rows;
}

/** Whether the person went (or is nominated to go) to a batch of `kind` starting on or after `since`, other than `batchId`. */
export async function servedSince(
  sql: Sql,
  personId: number,
  kind: WellnessKind,
  since: string,
  batchId: number,
): Promise<string | undefined> {
  const { rows } = await sql.query<{ day: string }>(
    `select to_char(b.starts_on, 'YYYY-MM-DD') as day from wellness_nominations n
       join wellness_batches b on b.id = n.batch_id join wellness_programs p on p.id = b.program_id
      where n.person_id = $1 and p.kind = $2 and b.starts_on >= $3::date and b.id <> $4
        and n.status = 'nominated' and coalesce(n.attendance, 'attended') = 'attended'
      order by b.starts_on desc limit 1`,
    [personId, kind, since, batchId],
  );
  return rows[0]?.day;
}
