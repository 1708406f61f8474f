import { subtreePattern } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import type { ClaimKind } from './insurance.shared.ts';

/** SQL of the claims register (issue 42): whom a policy ever reached, and the claims of a file written at once. */

/**
 * Whether a policy ever reached a person: insured by it at some time, or a member (then or now) of a union in its
 * subtree. A row naming anyone else is answered as an ID number not found, before their cover is compared.
 */
export async function policyEverReached(sql: Sql, policyId: number, personId: number, policyOrgPath: string) {
  const { rows } = await sql.query<{ reached: boolean }>(
    `select exists (select 1 from insurance_insured where policy_id = $1 and person_id = $2)
         or exists (select 1 from memberships m join orgs o on o.id = m.org_id
                     where m.person_id = $2 and o.path like $3) as reached`,
    [policyId, personId, subtreePattern(policyOrgPath)],
  );
  return rows[0].reached === true;
}

/** A claim of the register as it is written: filed, sent to the insurer and decided (and paid) on its days. */
export interface ImportedClaim {
  policyId: number;
  personId: number;
  orgId: number;
  kind: ClaimKind;
  incidentOn: string;
  place: string;
  description: string;
  status: 'forwarded' | 'approved' | 'rejected' | 'paid';
  filedOn: string;
  forwardedOn: string;
  decidedOn: string | null;
  payoutFen: number | null;
  rejectReason: string | null;
  paidOn: string | null;
}

/** Writes the claims of a register, a thousand a statement, in the caller's transaction. */
export async function insertImportedClaims(sql: Sql, claims: ImportedClaim[], filedBy: number | null) {
  for (let i = 0; i < claims.length; i += 1000) {
    const part = claims.slice(i, i + 1000);
    const col = <K extends keyof ImportedClaim>(k: K) => part.map((c) => c[k]);
    await sql.query(
      `insert into insurance_claims (policy_id, person_id, org_id, kind, incident_on, place, description, status,
                                     filed_on, forwarded_on, decided_on, payout_fen, reject_reason, paid_on, filed_by)
       select x.*, $15::bigint
         from unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::text[], $5::date[], $6::text[], $7::text[],
                     $8::text[], $9::date[], $10::date[], $11::date[], $12::bigint[], $13::text[], $14::date[])
              as x(policy_id, person_id, org_id, kind, incident_on, place, description, status, filed_on,
                   forwarded_on, decided_on, payout_fen, reject_reason, paid_on)`,
      [
        col('policyId'),
        col('personId'),
        col('orgId'),
        col('kind'),
        col('incidentOn'),
        col('place'),
        col('description'),
        col('status'),
        col('filedOn'),
        col('forwardedOn'),
        col('decidedOn'),
        col('payoutFen'),
        col('rejectReason'),
        col('paidOn'),
        filedBy,
      ],
    );
  }
}

/** A claim on record for a worker's accident on a policy, filed on a day (any state): the register's row again. */
export async function findRecordedClaim(
  sql: Sql,
  q: { policyId: number; personId: number; incidentOn: string; filedOn: string },
) {
  const { rows } = await sql.query<{ id: number }>(
    `select id from insurance_claims
      where policy_id = $1 and person_id = $2 and incident_on = $3::date and filed_on = $4::date limit 1`,
    [q.policyId, q.personId, q.incidentOn, q.filedOn],
  );
  return rows[0];
}
