import type { Sql } from '../../db/db.ts';
import { numberArray, textArray } from '../../shared/pg-array.ts';

/**
 * SQL of the policies register (issue 42): the policy numbers and memberships its rows are checked against, read
 * once per file, and the policies of a file and their insured written in two statements.
 */

/**
 * A policy of the register as the file gives it, with its insured list (empty for a year kept as totals).
 * `premiumFen` is the file's premium: a listed policy's premium per person (for its whole period), a year kept as totals its
 * premium in all.
 */
export interface ImportedPolicy {
  orgId: number;
  policyNo: string;
  insurer: string;
  title: string;
  cover: string;
  startsOn: string;
  endsOn: string;
  premiumFen: number;
  recordedInsured: number | null;
  insured: ImportedInsured[];
}

export interface ImportedInsured {
  personId: number;
  orgId: number;
  fromOn: string;
  untilOn: string | null;
  removedWhy: string | null;
}

/** The policy numbers the unions have on record, as `orgId|policyNo`. */
export async function policyNumbersOf(sql: Sql, orgIds: number[]): Promise<Set<string>> {
  if (!orgIds.length) return new Set();
  const { rows } = await sql.query<{ key: string }>(
    `select org_id || '|' || policy_no as key from insurance_policies where org_id = any($1::bigint[])`,
    [numberArray([...new Set(orgIds)])],
  );
  return new Set(rows.map((r) => r.key));
}

/** The policies on record these (union, policy number) pairs name, as the file's would be: by `orgId|policyNo`. */
export async function policiesOnRecord(
  sql: Sql,
  keys: { orgId: number; policyNo: string }[],
): Promise<Map<string, Omit<ImportedPolicy, 'orgId' | 'policyNo'>>> {
  const out = new Map<string, Omit<ImportedPolicy, 'orgId' | 'policyNo'>>();
  if (!keys.length) return out;
  const { rows } = await sql.query<
    { id: number; key: string } & Omit<ImportedPolicy, 'orgId' | 'policyNo' | 'insured'>
  >(
    `select p.id, p.org_id || '|' || p.policy_no as key, p.insurer, p.title, p.cover, p.starts_on::text as "startsOn",
            p.ends_on::text as "endsOn", coalesce(p.recorded_premium_fen, p.premium_fen) as "premiumFen",
            p.recorded_insured as "recordedInsured"
       from insurance_policies p
      where (p.org_id, p.policy_no) in (select * from unnest($1::bigint[], $2::text[]))`,
    [numberArray(keys.map((k) => k.orgId)), textArray(keys.map((k) => k.policyNo))],
  );
  const byId = new Map<number, ImportedInsured[]>();
  for (const { id, key, ...p } of rows) {
    const insured: ImportedInsured[] = [];
    byId.set(Number(id), insured);
    out.set(key, { ...p, premiumFen: Number(p.premiumFen), insured });
  }
  if (!byId.size) return out;
  const { rows: insured } = await sql.query<ImportedInsured & { policyId: number }>(
    `select policy_id as "policyId", person_id as "personId", org_id as "orgId", from_on::text as "fromOn",
            until_on::text as "untilOn", removed_why as "removedWhy"
       from insurance_insured where policy_id = any($1::bigint[])`,
    [numberArray([...byId.keys()])],
  );
  for (const { policyId, ...i } of insured)
    byId.get(Number(policyId))?.push({ ...i, personId: Number(i.personId), orgId: Number(i.orgId) });
  return out;
}

/** A membership of a person a register names, with its union's path (for the policies' subtrees). */
export interface MemberSpan {
  id: number;
  orgId: number;
  orgPath: string;
  joinedOn: string | null;
  leftOn: string | null;
  active: boolean;
}

/** The memberships of the persons a file names, by person, the latest joined first (the policies and claims registers). */
export async function membershipsOfPersons(
  sql: Sql,
  personIds: number[],
): Promise<Map<number, MemberSpan[]>> {
  const out = new Map<number, MemberSpan[]>();
  if (!personIds.length) return out;
  const { rows } = await sql.query<MemberSpan & { personId: number }>(
    `select m.id, m.person_id as "personId", m.org_id as "orgId", o.path as "orgPath",
            to_char(m.joined_on, 'YYYY-MM-DD') as "joinedOn", to_char(m.left_on, 'YYYY-MM-DD') as "leftOn",
            m.status = 'active' as active
       from memberships m join orgs o on o.id = m.org_id
      where m.person_id = any($1::bigint[])
      order by m.joined_on desc nulls last, m.id desc`,
    [numberArray([...new Set(personIds)])],
  );
  for (const { personId, ...m } of rows) {
    const list = out.get(Number(personId)) ?? [];
    out.set(Number(personId), list);
    list.push({ ...m, id: Number(m.id), orgId: Number(m.orgId) });
  }
  return out;
}

/**
 * Writes the policies of a register, then their insured, in the caller's transaction: each column one array
 * literal (shared/pg-array.ts). A listed policy's insured are kept as the file gives them (`list_from_register`
 * false); a year kept as totals records its number insured and its premium in all (`recorded_premium_fen`), and as
 * its premium per person (`premium_fen`, what a listed policy's is) that premium over the number insured (one
 * when none), rounded to the fen, as the demo's recorded years. The number of insured rows written.
 */
export async function insertImportedPolicies(
  sql: Sql,
  policies: ImportedPolicy[],
  createdBy: number | null,
): Promise<number> {
  if (!policies.length) return 0;
  const nums = (f: (p: ImportedPolicy) => number | null) => numberArray(policies.map(f));
  const texts = (f: (p: ImportedPolicy) => string | null) => textArray(policies.map(f));
  const { rows } = await sql.query<{ id: number; key: string }>(
    `insert into insurance_policies (org_id, policy_no, insurer, title, cover, starts_on, ends_on, premium_fen,
                                     recorded_insured, recorded_premium_fen, list_from_register, created_by)
     select x.org_id, x.policy_no, x.insurer, x.title, x.cover, x.starts_on, x.ends_on,
            case when x.recorded_insured is null then x.premium_fen
                 else round(x.premium_fen::numeric / greatest(x.recorded_insured, 1))::bigint end,
            x.recorded_insured, case when x.recorded_insured is null then null else x.premium_fen end,
            x.recorded_insured is not null, $10::bigint
       from unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[], $7::date[],
                   $8::bigint[], $9::int[])
            as x(org_id, policy_no, insurer, title, cover, starts_on, ends_on, premium_fen, recorded_insured)
     returning id, org_id || '|' || policy_no as key`,
    [
      nums((p) => p.orgId),
      texts((p) => p.policyNo),
      texts((p) => p.insurer),
      texts((p) => p.title),
      texts((p) => p.cover),
      texts((p) => p.startsOn),
      texts((p) => p.endsOn),
      nums((p) => p.premiumFen),
      nums((p) => p.recordedInsured),
      createdBy,
    ],
  );
  const idOf = new Map(rows.map((r) => [r.key, Number(r.id)]));
  const insured = policies.flatMap((p) =>
    p.insured.map((i) => ({ ...i, policyId: idOf.get(`${p.orgId}|${p.policyNo}`) as number })),
  );
  if (!insured.length) return 0;
  await sql.query(
    `insert into insurance_insured (policy_id, person_id, org_id, federation_id, from_on, until_on, removed_why)
     select x.policy_id, x.person_id, x.org_id, split_part(o.path, '/', 2)::bigint, x.from_on, x.until_on, x.why
       from unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::date[], $5::date[], $6::text[])
            as x(policy_id, person_id, org_id, from_on, until_on, why)
       join orgs o on o.id = x.org_id`,
    [
      numberArray(insured.map((i) => i.policyId)),
      numberArray(insured.map((i) => i.personId)),
      numberArray(insured.map((i) => i.orgId)),
      textArray(insured.map((i) => i.fromOn)),
      textArray(insured.map((i) => i.untilOn)),
      textArray(insured.map((i) => i.removedWhy)),
    ],
  );
  return insured.length;
}
