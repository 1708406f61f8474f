import { subtreePattern } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { insertRow, insertRowUnlessTaken } from '../../db/insert.ts';
import { selectFrom } from '../../db/select.ts';
import { COUNT_ALL, capped } from '../../shared/capped.ts';
import type { Rule } from '../programs/index.ts';
import { type InstitutionKind, LIST_CAP, type WellnessKind } from './wellness.repository.ts';

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
  return insertRow(
    sql,
    'wellness_programs',
    'org_id, name, kind, scheme, target_people, from_year, to_year, places_per_year, cost_fen, union_share_fen, enterprise_share_fen, worker_share_fen, rule, gap_years, created_by',
    { ...p, rule: p.rule === null ? null : JSON.stringify(p.rule) },
  );
}

const programRows = selectFrom<ProgramRow>(
  `${PROGRAM} from wellness_programs p join orgs o on o.id = p.org_id`,
);

export const findProgram = (sql: Sql, id: number) => programRows.one(sql, 'p.id = $1', [id]);

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
  return insertRowUnlessTaken(
    sql,
    'wellness_institutions',
    'org_id, name, kind, address, capacity',
    i,
    '(org_id, name)',
  );
}

const institutionRows = selectFrom<InstitutionRow>(
  `${INSTITUTION} from wellness_institutions i join orgs o on o.id = i.org_id`,
);

export const findInstitution = (sql: Sql, id: number) => institutionRows.one(sql, 'i.id = $1', [id]);

/** Institutions registered by unions of the subtree or above it (a district's list serves its streets). */
export async function listInstitutions(sql: Sql, path: string) {
  const { rows } = await sql.query<InstitutionRow & { countAll: number }>(
    `select ${INSTITUTION}, ${COUNT_ALL} from wellness_institutions i join orgs o on o.id = i.org_id
      where o.path like $1 or starts_with($2::text, o.path) order by i.kind, i.name limit ${LIST_CAP.institutions}`,
    [subtreePattern(path), path],
  );
  return capped(rows);
}

/**
 * A quota with places still to nominate (待推荐名额), of allocation `a` and its batch `b`, `$1` today: the batch open
 * and not yet closed, fewer nominees than the quota, and not a batch before the platform (kept as the books give it).
 * The to-do card (wellness.todo.repository.ts) counts these places and the list below shows them.
 */
export const QUOTA_TO_FILL = `b.status = 'open' and b.closes_on >= $1::date and a.used < a.quota
  and a.recorded_used is null`;

export interface OpenQuotaRow {
  id: number;
  batchId: number;
  batchTitle: string;
  programId: number;
  programName: string;
  kind: WellnessKind;
  institutionName: string;
  orgId: number;
  orgName: string;
  quota: number;
  used: number;
  /** Places still to nominate: the quota less the nominees. */
  open: number;
  startsOn: string;
  closesOn: string;
}

/** The quotas of a subtree's unions with places still to nominate on `today`, the batch closing soonest first. */
export async function listQuotasToFill(sql: Sql, path: string, today: string) {
  const { rows } = await sql.query<OpenQuotaRow & { countAll: number }>(
    `select a.id, a.batch_id as "batchId", b.title as "batchTitle", b.program_id as "programId",
            p.name as "programName", p.kind, i.name as "institutionName", a.org_id as "orgId", o.name as "orgName",
            a.quota, a.used, a.quota - a.used as open, to_char(b.starts_on, 'YYYY-MM-DD') as "startsOn",
            to_char(b.closes_on, 'YYYY-MM-DD') as "closesOn", ${COUNT_ALL}
       from wellness_allocations a join wellness_batches b on b.id = a.batch_id
       join wellness_programs p on p.id = b.program_id join wellness_institutions i on i.id = b.institution_id
       join orgs o on o.id = a.org_id
      where ${QUOTA_TO_FILL} and o.path like $2
      order by b.closes_on, b.id, o.path limit ${LIST_CAP.quotas}`,
    [today, subtreePattern(path)],
  );
  return capped(rows);
}
