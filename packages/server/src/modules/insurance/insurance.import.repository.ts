import type { Sql } from '../../db/db.ts';
import { numberArray, textArray } from '../../shared/pg-array.ts';
import type { ClaimRow } from './insurance.claims.repository.ts';
import { type MemberSpan, membershipsOfPersons } from './insurance.policies.import.repository.ts';
import type { ClaimKind } from './insurance.vocabulary.ts';

/**
 * SQL of the claims register (issue 42): what its rows are checked against, read once per file, and the claims of
 * a file written at once.
 */

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

/**
 * Writes the claims of a register in one statement, in the caller's transaction: each column one array literal
 * (shared/pg-array.ts), not an array the driver escapes value by value.
 */
export async function insertImportedClaims(sql: Sql, claims: ImportedClaim[], filedBy: number | null) {
  if (!claims.length) return;
  const nums = (f: (c: ImportedClaim) => number | null) => numberArray(claims.map(f));
  const texts = (f: (c: ImportedClaim) => string | null) => textArray(claims.map(f));
  await sql.query(
    `insert into insurance_claims (policy_id, person_id, org_id, kind, incident_on, place, description, status,
                                   filed_on, forwarded_on, decided_on, payout_fen, reject_reason, paid_on, filed_by,
                                   federation_id)
     select x.*, $15::bigint, split_part(o.path, '/', 2)::bigint
       from unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::text[], $5::date[], $6::text[], $7::text[],
                   $8::text[], $9::date[], $10::date[], $11::date[], $12::bigint[], $13::text[], $14::date[])
            as x(policy_id, person_id, org_id, kind, incident_on, place, description, status, filed_on,
                 forwarded_on, decided_on, payout_fen, reject_reason, paid_on)
       join orgs o on o.id = x.org_id`,
    [
      nums((c) => c.policyId),
      nums((c) => c.personId),
      nums((c) => c.orgId),
      texts((c) => c.kind),
      texts((c) => c.incidentOn),
      texts((c) => c.place),
      texts((c) => c.description),
      texts((c) => c.status),
      texts((c) => c.filedOn),
      texts((c) => c.forwardedOn),
      texts((c) => c.decidedOn),
      nums((c) => c.payoutFen),
      texts((c) => c.rejectReason),
      texts((c) => c.paidOn),
      filedBy,
    ],
  );
}

/**
 * What the claims register checks each row against, read once for the whole file (issue 42): the memberships of
 * the persons it names, their cover rows on its policies, and the claims on record of each worker on each policy.
 * Keys are `policyId|personId`.
 */
export interface ClaimFacts {
  memberships: Map<number, MemberSpan[]>;
  insured: Map<string, { fromOn: string; untilOn: string | null }[]>;
  claims: Map<string, HeldClaim[]>;
}

/** A claim on record as a register's row compares with it (a register sent again whole): the claim's own fields. */
export type HeldClaim = Pick<
  ClaimRow,
  | 'id'
  | 'status'
  | 'kind'
  | 'incidentOn'
  | 'place'
  | 'description'
  | 'filedOn'
  | 'forwardedOn'
  | 'decidedOn'
  | 'payoutFen'
  | 'rejectReason'
  | 'paidOn'
>;

export async function loadClaimFacts(
  sql: Sql,
  pairs: { policyId: number; personId: number }[],
): Promise<ClaimFacts> {
  if (!pairs.length) return { memberships: new Map(), insured: new Map(), claims: new Map() };
  const policyIds = pairs.map((p) => p.policyId);
  const personIds = pairs.map((p) => p.personId);
  const both = `(x.policy_id, x.person_id) in (select * from unnest($1::bigint[], $2::bigint[]))`;
  // three reads sent together (`sql` a pool: three connections), not one after the other; the memberships as the
  // policies register reads them
  const [memberships, { rows: insured }, { rows: claims }] = await Promise.all([
    membershipsOfPersons(sql, personIds),
    sql.query<{ key: string; fromOn: string; untilOn: string | null }>(
      `select x.policy_id || '|' || x.person_id as key, to_char(x.from_on, 'YYYY-MM-DD') as "fromOn",
              to_char(x.until_on, 'YYYY-MM-DD') as "untilOn"
         from insurance_insured x where ${both}`,
      [policyIds, personIds],
    ),
    sql.query<HeldClaim & { key: string }>(
      `select x.policy_id || '|' || x.person_id as key, x.id, x.status, x.kind, x.place, x.description,
              to_char(x.incident_on, 'YYYY-MM-DD') as "incidentOn", to_char(x.filed_on, 'YYYY-MM-DD') as "filedOn",
              to_char(x.forwarded_on, 'YYYY-MM-DD') as "forwardedOn", to_char(x.decided_on, 'YYYY-MM-DD') as "decidedOn",
              x.payout_fen as "payoutFen", x.reject_reason as "rejectReason", to_char(x.paid_on, 'YYYY-MM-DD') as "paidOn"
         from insurance_claims x where ${both} order by x.id`,
      [policyIds, personIds],
    ),
  ]);
  const facts: ClaimFacts = { memberships, insured: new Map(), claims: new Map() };
  for (const { key, ...i } of insured) facts.insured.set(key, [...(facts.insured.get(key) ?? []), i]);
  for (const { key, ...c } of claims)
    facts.claims.set(key, [
      ...(facts.claims.get(key) ?? []),
      { ...c, id: Number(c.id), payoutFen: c.payoutFen === null ? null : Number(c.payoutFen) },
    ]);
  return facts;
}
