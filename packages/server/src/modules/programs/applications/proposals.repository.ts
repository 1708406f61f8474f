import { type Subtree, subtreeCondition } from '../../../access/access.ts';
import type { Sql } from '../../../db/db.ts';
import type { ChainOrg } from '../review-chain.ts';

/** The statements of proposals (proposals.job.ts). */

/** The unions of a subtree with their parents, by path (read-only on `orgs`). */
export async function listSubtreeOrgs(
  sql: Sql,
  scope: Subtree,
): Promise<(ChainOrg & { parentId: number | null })[]> {
  const params: unknown[] = [];
  const { rows } = await sql.query<ChainOrg & { parentId: number | null }>(
    `select id, level, path, name, parent_id as "parentId" from orgs
      where ${subtreeCondition(scope, 'path', params)} order by path`,
    params,
  );
  return rows;
}

/** How many parameters `insertProposals` puts before the eligible query's own (its `paramOffset`). */
export const PROPOSAL_FIXED_PARAMS = 12;

export interface ProposalBatch {
  programId: number;
  version: number;
  periodKey: string;
  appliedOn: string;
  /** The decision stored with every proposal, as JSON. */
  decision: string;
  userId: number | null;
  username: string;
  actorName: string;
  actorOrgId: number | null;
  /** The unions of the chunk with their first review step. */
  orgIds: number[];
  steps: number[];
  stepOrgIds: number[];
  /** The SQL expression of an application's dedupe key over the eligible row `e` ($3 is the period key). */
  dedupe: string;
  /** The amount is chosen at review: proposals carry none. */
  needsChoice: boolean;
}

/**
 * One INSERT … SELECT: the applications (intake 'proposal') of the eligible rows (`eligible`, compiled with
 * `paramOffset` PROPOSAL_FIXED_PARAMS) at their union's first review step, and their history events; live
 * applications already there are skipped by the dedupe key. Answers how many were eligible and created.
 */
export async function insertProposals(
  sql: Sql,
  b: ProposalBatch,
  eligible: { sql: string; params: unknown[] },
): Promise<{ eligible: number; created: number }> {
  const fixed: unknown[] = [
    b.programId,
    b.version,
    b.periodKey,
    b.appliedOn,
    b.decision,
    b.userId,
    b.username,
    b.orgIds,
    b.steps,
    b.stepOrgIds,
    b.actorName,
    b.actorOrgId,
  ];
  const { rows } = await sql.query<{ eligible: number; created: number }>(
    `with e as (${eligible.sql}),
     c as (select * from unnest($8::bigint[], $9::int[], $10::bigint[]) as c(org_id, step, step_org_id)),
     ins as (
       insert into applications (program_id, version, person_id, org_id, subject_record_id, subject_key, period_key,
         applied_on, dedupe_key, step, step_org_id, amount_fen, decision, intake, submitted_by, federation_id)
       select $1, $2, e.person_id, e.org_id, e.subject_record_id, e.subject_key, $3, $4::date, ${b.dedupe},
              c.step, c.step_org_id, ${b.needsChoice ? 'null' : 'e.amount_fen'}, $5::jsonb, 'proposal', $6,
              split_part(o.path, '/', 2)::bigint
         from e join c on c.org_id = e.org_id join orgs o on o.id = e.org_id
       on conflict (program_id, dedupe_key) where status in ('submitted', 'returned', 'approved') do nothing
       returning id, step, org_id, federation_id
     ),
     ev as (
       insert into application_events (application_id, action, step, org_id, data, user_id, username, actor_name,
         actor_org_id, federation_id)
       select id, 'proposed', step, org_id, jsonb_build_object('intake', 'proposal', 'version', $2::int), $6, $7,
              $11, $12, federation_id
         from ins
     )
     select (select count(*) from e join c on c.org_id = e.org_id) as eligible, (select count(*) from ins) as created`,
    [...fixed, ...eligible.params],
  );
  return rows[0];
}
