import { subtreePattern } from '../../access/access.ts';
import { type Sql, violatesUniqueIndex } from '../../db/db.ts';
import { LIVE_CLAIM_STATES } from './insurance.shared.ts';

/** SQL of the filing rules of a claim (issue 41, ADR 62): who a policy reaches, and the live claim of an accident. */

/** The unique index holding one live claim per worker, policy and accident day (migration 005). */
export const CLAIM_ONCE_INDEX = 'insurance_claims_once';

/**
 * Whether a policy reaches a person: it has insured them at some time, or — given the policy's union's path — they
 * are an active member of a union in its subtree (a member the policy is for, whether the rule takes them or not).
 */
export async function policyReachesPerson(
  sql: Sql,
  policyId: number,
  personId: number,
  policyOrgPath: string | null,
) {
  const { rows } = await sql.query<{ reaches: boolean }>(
    `select exists (select 1 from insurance_insured where policy_id = $1 and person_id = $2)
         or ($3::text is not null and exists (
              select 1 from memberships m join orgs o on o.id = m.org_id
               where m.person_id = $2 and m.status = 'active' and o.path like $3)) as reaches`,
    [policyId, personId, policyOrgPath === null ? null : subtreePattern(policyOrgPath)],
  );
  return rows[0].reaches === true;
}

/**
 * The union of a policy's subtree a person was a member of on a day (the register's membership, whether still
 * active or since ended), if any: the cover of a year kept as totals (issue 42).
 */
export async function memberUnionOn(sql: Sql, policyOrgPath: string, personId: number, day: string) {
  const { rows } = await sql.query<{ orgId: number }>(
    `select m.org_id as "orgId" from memberships m join orgs o on o.id = m.org_id
      where m.person_id = $1 and o.path like $2 and m.joined_on <= $3::date
        and (m.left_on is null or m.left_on > $3::date) and (m.status = 'active' or m.left_on is not null)
      order by m.joined_on desc, m.id desc limit 1`,
    [personId, subtreePattern(policyOrgPath), day],
  );
  return rows[0]?.orgId;
}

/** The earliest live claim (see LIVE_CLAIM_STATES) of a worker on a policy for an accident day, if any. */
export async function findLiveClaim(sql: Sql, policyId: number, personId: number, incidentOn: string) {
  const { rows } = await sql.query<{ id: number; status: string; filedOn: string }>(
    `select id, status, to_char(filed_on, 'YYYY-MM-DD') as "filedOn" from insurance_claims
      where policy_id = $1 and person_id = $2 and incident_on = $3::date and status = any($4::text[])
      order by id limit 1`,
    [policyId, personId, incidentOn, [...LIVE_CLAIM_STATES]],
  );
  return rows[0];
}

/** Whether an error is the database refusing a second live claim for one accident (CLAIM_ONCE_INDEX). */
export const isClaimFiledTwice = (e: unknown): boolean => violatesUniqueIndex(e, CLAIM_ONCE_INDEX);
