import { subtreePattern } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { COUNT_ALL, capped } from '../../shared/capped.ts';
import type { Rule } from '../programs/index.ts';

/**
 * SQL for wellness_programs, wellness_institutions, wellness_batches, wellness_allocations and
 * wellness_nominations (read-only joins on orgs, and on persons for names and masked ID numbers).
 */

/** The most rows a list of programmes or of institutions holds; each says how many there are in all. */
export const LIST_CAP = { programs: 200, institutions: 500, mine: 50 } as const;

export type WellnessKind = 'recuperation' | 'checkup';
export type InstitutionKind = 'sanatorium' | 'checkup_centre';

export interface ProgramRow {
  id: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  name: string;
  kind: WellnessKind;
  scheme: string;
  targetPeople: number;
  fromYear: number;
  toYear: number;
  placesPerYear: number;
  costFen: number;
  unionShareFen: number;
  enterpriseShareFen: number;
  workerShareFen: number;
  rule: Rule | null;
  gapYears: number;
  batches: number;
}

const PROGRAM = `p.id, p.org_id as "orgId", o.name as "orgName", o.path as "orgPath", p.name, p.kind, p.scheme,
  p.target_people as "targetPeople", p.from_year as "fromYear", p.to_year as "toYear",
  p.places_per_year as "placesPerYear", p.cost_fen::float8 as "costFen", p.union_share_fen::float8 as "unionShareFen",
  p.enterprise_share_fen::float8 as "enterpriseShareFen", p.worker_share_fen::float8 as "workerShareFen", p.rule,
  p.gap_years as "gapYears", (select count(*)::int from wellness_batches b where b.program_id = p.id) as batches`;

export type NewProgram = Omit<ProgramRow, 'id' | 'orgName' | 'orgPath' | 'batches'> & {
  createdBy: number | null;
};

export async function insertProgram(sql: Sql, p: NewProgram): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `insert into wellness_programs (org_id, name, kind, scheme, target_people, from_year, to_year, places_per_year,
       cost_fen, union_share_fen, enterprise_share_fen, worker_share_fen, rule, gap_years, created_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb, $14, $15) returning id`,
    [
      p.orgId,
      p.name,
      p.kind,
      p.scheme,
      p.targetPeople,
      p.fromYear,
      p.toYear,
      p.placesPerYear,
      p.costFen,
      p.unionShareFen,
      p.enterpriseShareFen,
      p.workerShareFen,
      p.rule === null ? null : JSON.stringify(p.rule),
      p.gapYears,
      p.createdBy,
    ],
  );
  return Number(rows[0].id);
}

export async function findProgram(sql: Sql, id: number): Promise<ProgramRow | undefined> {
  const { rows } = await sql.query<ProgramRow>(
    `select ${PROGRAM} from wellness_programs p join orgs o on o.id = p.org_id where p.id = $1`,
    [id],
  );
  return rows[0];
}

/** Programs owned in the subtree, or with a batch allocated to a union of it (a lower union sees what it got). */
export async function listPrograms(sql: Sql, path: string, cap?: number) {
  const { rows } = await sql.query<ProgramRow & { countAll: number }>(
    `select ${PROGRAM}, ${COUNT_ALL} from wellness_programs p join orgs o on o.id = p.org_id
      where o.path like $1
         or exists (select 1 from wellness_batches b join wellness_allocations a on a.batch_id = b.id
                      join orgs ao on ao.id = a.org_id where b.program_id = p.id and ao.path like $1)
      order by p.from_year desc, p.id ${cap ? `limit ${cap}` : ''}`,
    [subtreePattern(path)],
  );
  return capped(rows);
}

export interface InstitutionRow {
  id: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  name: string;
  kind: InstitutionKind;
  address: string;
  capacity: number;
}
const INSTITUTION = `i.id, i.org_id as "orgId", o.name as "orgName", o.path as "orgPath", i.name, i.kind, i.address,
  i.capacity`;

export async function insertInstitution(
  sql: Sql,
  i: Omit<InstitutionRow, 'id' | 'orgName' | 'orgPath'>,
): Promise<number | undefined> {
  const { rows } = await sql.query<{ id: number }>(
    `insert into wellness_institutions (org_id, name, kind, address, capacity) values ($1, $2, $3, $4, $5)
     on conflict (org_id, name) do nothing returning id`,
    [i.orgId, i.name, i.kind, i.address, i.capacity],
  );
  return rows[0] ? Number(rows[0].id) : undefined;
}

export async function findInstitution(sql: Sql, id: number): Promise<InstitutionRow | undefined> {
  const { rows } = await sql.query<InstitutionRow>(
    `select ${INSTITUTION} from wellness_institutions i join orgs o on o.id = i.org_id where i.id = $1`,
    [id],
  );
  return rows[0];
}

/** Institutions registered by unions of the subtree or above it (a district's list serves its streets). */
export async function listInstitutions(sql: Sql, path: string) {
  const { rows } = await sql.query<InstitutionRow & { countAll: number }>(
    `select ${INSTITUTION}, ${COUNT_ALL} from wellness_institutions i join orgs o on o.id = i.org_id
      where o.path like $1 or starts_with($2::text, o.path) order by i.kind, i.name limit ${LIST_CAP.institutions}`,
    [subtreePattern(path), path],
  );
  return capped(rows);
}

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

const BATCH = `b.id, b.program_id as "programId", p.name as "programName", p.kind, p.org_id as "orgId",
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
const BATCH_FROM = `wellness_batches b join wellness_programs p on p.id = b.program_id join orgs o on o.id = p.org_id
  join wellness_institutions i on i.id = b.institution_id`;

export async function insertBatch(
  sql: Sql,
  b: {
    programId: number;
    institutionId: number;
    title: string;
    startsOn: string;
    endsOn: string;
    closesOn: string;
    places: number;
    meeting: string;
    bring: string;
  },
): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `insert into wellness_batches (program_id, institution_id, title, starts_on, ends_on, closes_on, places, meeting,
       bring) values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
    [b.programId, b.institutionId, b.title, b.startsOn, b.endsOn, b.closesOn, b.places, b.meeting, b.bring],
  );
  return Number(rows[0].id);
}

/** A batch; `lock` holds its row until the transaction ends (allocations and settlement queue on it). */
export async function findBatch(sql: Sql, id: number, lock = false): Promise<BatchRow | undefined> {
  if (lock) await sql.query('select id from wellness_batches where id = $1 for update', [id]);
  const { rows } = await sql.query<BatchRow>(`select ${BATCH} from ${BATCH_FROM} where b.id = $1`, [id]);
  return rows[0];
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

export async function freeQuota(sql: Sql, allocationId: number) {
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

const NOMINATION = `n.id, n.batch_id as "batchId", n.allocation_id as "allocationId", n.org_id as "orgId",
  o.name as "orgName", o.path as "orgPath", n.person_id as "personId", pe.name as "personName",
  pe.id_masked as "idMasked", n.status, to_char(n.nominated_on, 'YYYY-MM-DD') as "nominatedOn",
  n.replaced_by as "replacedBy", n.front_line as "frontLine", n.new_employment as "newEmployment", n.attendance,
  to_char(n.attendance_on, 'YYYY-MM-DD') as "attendanceOn"`;
const NOMINATION_FROM = `wellness_nominations n join orgs o on o.id = n.org_id join persons pe on pe.id = n.person_id`;

export async function insertNomination(
  sql: Sql,
  n: {
    batchId: number;
    allocationId: number;
    orgId: number;
    personId: number;
    nominatedOn: string;
    frontLine: boolean;
    newEmployment: boolean;
  },
): Promise<number | undefined> {
  const { rows } = await sql.query<{ id: number }>(
    `insert into wellness_nominations (batch_id, allocation_id, org_id, person_id, nominated_on, front_line,
       new_employment) values ($1, $2, $3, $4, $5, $6, $7)
     on conflict (batch_id, person_id) where status = 'nominated' do nothing returning id`,
    [n.batchId, n.allocationId, n.orgId, n.personId, n.nominatedOn, n.frontLine, n.newEmployment],
  );
  return rows[0] ? Number(rows[0].id) : undefined;
}

export async function findNomination(sql: Sql, id: number, lock = false): Promise<NominationRow | undefined> {
  const { rows } = await sql.query<NominationRow>(
    `select ${NOMINATION} from ${NOMINATION_FROM} where n.id = $1${lock ? ' for update of n' : ''}`,
    [id],
  );
  return rows[0];
}

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

export interface PersonBatchRow extends BatchRow {
  nominationId: number;
  attendance: 'attended' | 'absent' | null;
}

/** The worker's live nominations with their batches, the latest first: the first `cap`, and how many in all. */
export async function batchesOfPerson(sql: Sql, personId: number, cap: number = LIST_CAP.mine) {
  const { rows } = await sql.query<PersonBatchRow & { countAll: number }>(
    `select ${BATCH}, n.id as "nominationId", n.attendance, ${COUNT_ALL}
       from wellness_nominations n join ${BATCH_FROM} on b.id = n.batch_id
      where n.person_id = $1 and n.status = 'nominated'
      order by b.starts_on desc limit ${Number(cap)}`,
    [personId],
  );
  return capped(rows);
}

export async function findPersonNomination(sql: Sql, batchId: number, personId: number) {
  const { rows } = await sql.query<NominationRow>(
    `select ${NOMINATION} from ${NOMINATION_FROM}
      where n.batch_id = $1 and n.person_id = $2 and n.status = 'nominated'`,
    [batchId, personId],
  );
  return rows[0];
}

/** Live nominations of batches starting on `day` not yet reminded, locked so two sweeps remind once. */
export async function dueReminders(sql: Sql, day: string) {
  const { rows } = await sql.query<{
    id: number;
    personId: number;
    batchId: number;
    title: string;
    kind: WellnessKind;
    startsOn: string;
    institutionName: string;
    institutionAddress: string;
    meeting: string;
    bring: string;
  }>(
    `select n.id, n.person_id as "personId", b.id as "batchId", b.title, p.kind,
            to_char(b.starts_on, 'YYYY-MM-DD') as "startsOn", i.name as "institutionName",
            i.address as "institutionAddress", b.meeting, b.bring
       from wellness_nominations n join wellness_batches b on b.id = n.batch_id
       join wellness_programs p on p.id = b.program_id join wellness_institutions i on i.id = b.institution_id
      where b.starts_on = $1::date and n.status = 'nominated' and n.reminded_at is null
      order by n.id for update of n skip locked`,
    [day],
  );
  return rows;
}

export async function markReminded(sql: Sql, ids: number[], at: Date) {
  if (!ids.length) return;
  await sql.query('update wellness_nominations set reminded_at = $2 where id = any($1::bigint[])', [ids, at]);
}

/** Distinct workers who went to batches starting in [from, to], by allocated union in the subtree. */
export async function distinctServed(sql: Sql, path: string, from: string, to: string) {
  const { rows } = await sql.query<{ people: number; recorded: number }>(
    `select (select count(distinct n.person_id)::int from wellness_nominations n
               join wellness_batches b on b.id = n.batch_id join orgs o on o.id = n.org_id
              where o.path like $1 and b.starts_on between $2::date and $3::date
                and n.status = 'nominated' and n.attendance = 'attended') as people,
            (select coalesce(sum(a.recorded_used), 0)::int from wellness_allocations a
               join wellness_batches b on b.id = a.batch_id join orgs o on o.id = a.org_id
              where o.path like $1 and b.starts_on between $2::date and $3::date) as recorded`,
    [subtreePattern(path), from, to],
  );
  return rows[0];
}

/** The names of unions by id (statistics name the unions their counts fall in). */
export async function orgNames(
  sql: Sql,
  ids: number[],
): Promise<Map<number, { name: string; path: string }>> {
  if (!ids.length) return new Map();
  const { rows } = await sql.query<{ id: number; name: string; path: string }>(
    'select id, name, path from orgs where id = any($1::bigint[])',
    [ids],
  );
  return new Map(rows.map((r) => [Number(r.id), { name: r.name, path: r.path }]));
}

/** Members of the subtree (the demo nominates some of them). */
export async function membersIn(sql: Sql, path: string, limit: number) {
  const { rows } = await sql.query<{
    personId: number;
    orgId: number;
    frontLine: boolean;
    newEmployment: boolean;
  }>(
    `select m.person_id as "personId", m.org_id as "orgId", p.is_front_line as "frontLine",
            p.is_new_employment as "newEmployment"
       from memberships m join orgs o on o.id = m.org_id join persons p on p.id = m.person_id
      where m.status = 'active' and o.path like $1 order by m.person_id limit $2`,
    [subtreePattern(path), limit],
  );
  return rows.map((r) => ({ ...r, personId: Number(r.personId), orgId: Number(r.orgId) }));
}

/** The end state of past batches, inserted in one statement per table (the demo's 2022–2024). */
export async function insertRecordedAllocations(
  sql: Sql,
  rows: {
    batchId: number;
    orgId: number;
    quota: number;
    used: number;
    frontLine: number;
    newEmployment: number;
  }[],
) {
  if (!rows.length) return;
  await sql.query(
    `insert into wellness_allocations (batch_id, org_id, quota, recorded_used, recorded_front_line,
       recorded_new_employment)
     select * from unnest($1::bigint[], $2::bigint[], $3::int[], $4::int[], $5::int[], $6::int[])`,
    [
      rows.map((r) => r.batchId),
      rows.map((r) => r.orgId),
      rows.map((r) => r.quota),
      rows.map((r) => r.used),
      rows.map((r) => r.frontLine),
      rows.map((r) => r.newEmployment),
    ],
  );
  await sql.query(
    `update wellness_batches b set allocated = s.q
       from (select batch_id, sum(quota)::int as q from wellness_allocations where batch_id = any($1::bigint[])
              group by batch_id) s
      where s.batch_id = b.id`,
    [[...new Set(rows.map((r) => r.batchId))]],
  );
}
