import { type Subtree, subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { selectFrom } from '../../db/select.ts';
import { COUNT_ALL, capped } from '../../shared/capped.ts';
import { type CommitteePeople, type FoundingStatus, LIST_CAP } from './elections.repository.ts';

// ---------------------------------------------------------------------------------------------------- foundings

export interface FoundingRow {
  id: number;
  parentOrgId: number;
  parentOrgName: string;
  parentOrgPath: string;
  name: string;
  kind: string;
  employerName: string;
  uscc: string | null;
  workerCount: number | null;
  applicants: string[];
  appliedOn: string;
  status: FoundingStatus;
  prepLeader: string | null;
  prepMembers: string[];
  preparedOn: string | null;
  metOn: string | null;
  membersTotal: number | null;
  membersPresent: number | null;
  electedOn: string | null;
  committee: CommitteePeople | null;
  approvedOn: string | null;
  withdrawnOn: string | null;
  orgId: number | null;
}

const FOUNDING_COLUMNS = `f.id, f.parent_org_id as "parentOrgId", p.name as "parentOrgName", p.path as "parentOrgPath",
  f.name, f.kind, f.employer_name as "employerName", f.uscc, f.worker_count as "workerCount", f.applicants,
  f.applied_on as "appliedOn", f.status, f.prep_leader as "prepLeader", f.prep_members as "prepMembers",
  f.prepared_on as "preparedOn", f.met_on as "metOn", f.members_total as "membersTotal",
  f.members_present as "membersPresent", f.elected_on as "electedOn", f.committee, f.approved_on as "approvedOn",
  f.withdrawn_on as "withdrawnOn", f.org_id as "orgId"`;

export interface NewFounding
  extends Pick<
    FoundingRow,
    'parentOrgId' | 'name' | 'kind' | 'employerName' | 'uscc' | 'workerCount' | 'applicants' | 'appliedOn'
  > {
  createdBy: number | null;
}

/** The columns the steps of a founding fill, as they are once filled. */
type StepField =
  | 'prepLeader'
  | 'prepMembers'
  | 'preparedOn'
  | 'metOn'
  | 'membersTotal'
  | 'membersPresent'
  | 'electedOn'
  | 'committee'
  | 'approvedOn'
  | 'withdrawnOn'
  | 'orgId';
type Filled<K extends StepField> = { [F in K]: NonNullable<FoundingRow[F]> };

/** A new founding's parameters $1 to $9, in `insertFounding`'s order. */
const foundingParams = (f: NewFounding) => [
  f.parentOrgId,
  f.name,
  f.kind,
  f.employerName,
  f.uscc,
  f.workerCount,
  f.applicants,
  f.appliedOn,
  f.createdBy,
];

export async function insertFounding(sql: Sql, f: NewFounding): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `insert into foundings (parent_org_id, name, kind, employer_name, uscc, worker_count, applicants, applied_on,
       created_by)
     values ($1, $2, $3, $4, $5, $6, $7::text[], $8, $9) returning id`,
    foundingParams(f),
  );
  return rows[0].id;
}

const foundingRows = selectFrom<FoundingRow>(
  `${FOUNDING_COLUMNS} from foundings f join orgs p on p.id = f.parent_org_id`,
);

export const findFounding = (sql: Sql, id: number, lock = false) =>
  foundingRows.one(sql, `f.id = $1${lock ? ' for update of f' : ''}`, [id]);

export async function listFoundings(sql: Sql, scope: Subtree) {
  const params: unknown[] = [];
  const { rows } = await sql.query<FoundingRow & { countAll: number }>(
    `select ${FOUNDING_COLUMNS}, ${COUNT_ALL} from foundings f join orgs p on p.id = f.parent_org_id
      where ${subtreeCondition(scope, 'p.path', params)}
      order by f.applied_on desc, f.id desc limit ${LIST_CAP.foundings}`,
    params,
  );
  return capped(rows);
}

/** One step of a founding: its new status and the columns the step fills. */
export async function setFoundingStep(
  sql: Sql,
  id: number,
  status: FoundingStatus,
  fields: Partial<Filled<StepField>>,
) {
  await sql.query(
    `update foundings set status = $2,
       prep_leader = coalesce($3, prep_leader), prep_members = coalesce($4::text[], prep_members),
       prepared_on = coalesce($5, prepared_on), met_on = coalesce($6, met_on),
       members_total = coalesce($7, members_total), members_present = coalesce($8, members_present),
       elected_on = coalesce($9, elected_on), committee = coalesce($10::jsonb, committee),
       approved_on = coalesce($11, approved_on), withdrawn_on = coalesce($12, withdrawn_on),
       org_id = coalesce($13, org_id)
     where id = $1`,
    [
      id,
      status,
      fields.prepLeader ?? null,
      fields.prepMembers ?? null,
      fields.preparedOn ?? null,
      fields.metOn ?? null,
      fields.membersTotal ?? null,
      fields.membersPresent ?? null,
      fields.electedOn ?? null,
      fields.committee ? JSON.stringify(fields.committee) : null,
      fields.approvedOn ?? null,
      fields.withdrawnOn ?? null,
      fields.orgId ?? null,
    ],
  );
}

/** A founding recorded whole after the fact (a union founded before the platform): the demo's 怀柔 fire brigade. */
export async function insertFoundedRecord(
  sql: Sql,
  f: NewFounding & Filled<Exclude<StepField, 'electedOn' | 'withdrawnOn'>>,
): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `insert into foundings (parent_org_id, name, kind, employer_name, uscc, worker_count, applicants, applied_on,
       created_by, status, prep_leader, prep_members, prepared_on, met_on, members_total, members_present,
       elected_on, committee, approved_on, org_id)
     values ($1, $2, $3, $4, $5, $6, $7::text[], $8, $9, 'approved', $10, $11::text[], $12, $13, $14, $15, $13,
       $16::jsonb, $17, $18) returning id`,
    [
      ...foundingParams(f),
      f.prepLeader,
      f.prepMembers,
      f.preparedOn,
      f.metOn,
      f.membersTotal,
      f.membersPresent,
      JSON.stringify(f.committee),
      f.approvedOn,
      f.orgId,
    ],
  );
  return rows[0].id;
}
