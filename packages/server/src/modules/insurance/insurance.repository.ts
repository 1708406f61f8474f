import { subtreePattern } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { insertRowUnlessTaken } from '../../db/insert.ts';
import { selectFrom } from '../../db/select.ts';
import { COUNT_ALL, capped } from '../../shared/capped.ts';
import type { Rule } from '../programs/index.ts';

/** SQL for insurance_policies, insurance_insured and insurance_claims (and the member register they read). */

/** The most claims one list holds; it says how many there are in all. */
export const CLAIMS_CAP = 1000;
/** The most policies a worker's own page lists; it says how many there are in all. */
export const MY_POLICIES_CAP = 50;

export interface PolicyRow {
  id: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  insurer: string;
  policyNo: string;
  title: string;
  startsOn: string;
  endsOn: string;
  premiumFen: number;
  cover: string;
  rule: Rule | null;
  recordedInsured: number | null;
  recordedPremiumFen: number | null;
  /** Who pays the worker a claim's payout: the insurer, or the union through the programs ledger. */
  payer: 'insurer' | 'union';
  /** The insured kept in step with the member register; false for a list brought in from the policies register. */
  listFromRegister: boolean;
  /** 参保人数: the people on the policy — the number recorded, else everyone ever on its list (`ENROLLED`). */
  enrolled: number;
  claims: number;
}

/**
 * 在保人数 of the policy `p` on the day `day` (an SQL parameter such as `$2`), as an SQL expression: 0 before the
 * policy starts and after it ends; within its period the number recorded for a year kept as totals, else the people
 * on its list that day. The one count of 在保: the list, a policy's page and the statistics all read it.
 */
const insuredOnSql = (day: string) =>
  `case when p.starts_on <= ${day}::date and p.ends_on >= ${day}::date
        then coalesce(p.recorded_insured,
               (select count(distinct i.person_id) from insurance_insured i
                 where i.policy_id = p.id and i.from_on <= ${day}::date
                   and (i.until_on is null or i.until_on >= ${day}::date)))
        else 0 end`;

/** 参保人数 of the policy `p`: the number recorded, else everyone ever on its list (those who left included). */
const ENROLLED = `coalesce(p.recorded_insured,
  (select count(distinct i.person_id) from insurance_insured i where i.policy_id = p.id))`;

const POLICY_COLUMNS = `p.id, p.org_id as "orgId", o.name as "orgName", o.path as "orgPath", p.insurer,
  p.policy_no as "policyNo", p.title, p.starts_on as "startsOn", p.ends_on as "endsOn", p.premium_fen as "premiumFen",
  p.cover, p.rule, p.recorded_insured as "recordedInsured", p.recorded_premium_fen as "recordedPremiumFen", p.payer,
  p.list_from_register as "listFromRegister",
  (${ENROLLED})::int as enrolled,
  (select count(*)::int from insurance_claims c where c.policy_id = p.id) as claims`;

export interface NewPolicy
  extends Omit<PolicyRow, 'id' | 'orgName' | 'orgPath' | 'enrolled' | 'claims' | 'listFromRegister'> {
  createdBy: number | null;
}

export async function insertPolicy(sql: Sql, p: NewPolicy): Promise<number | undefined> {
  return insertRowUnlessTaken(
    sql,
    'insurance_policies',
    'org_id, insurer, policy_no, title, starts_on, ends_on, premium_fen, cover, rule, recorded_insured, recorded_premium_fen, created_by, payer',
    { ...p, rule: p.rule === null ? null : JSON.stringify(p.rule) },
    '(org_id, policy_no)',
  );
}

const policyRows = selectFrom<PolicyRow>(
  `${POLICY_COLUMNS} from insurance_policies p join orgs o on o.id = p.org_id`,
);

export const findPolicy = (sql: Sql, id: number) => policyRows.one(sql, 'p.id = $1', [id]);

export async function listPolicies(sql: Sql, path: string, page?: { page: number; pageSize: number }) {
  const { rows } = await sql.query<PolicyRow>(
    `select ${POLICY_COLUMNS} from insurance_policies p join orgs o on o.id = p.org_id
      where o.path like $1 order by p.starts_on desc, p.id desc
      ${page ? `limit ${page.pageSize} offset ${(page.page - 1) * page.pageSize}` : ''}`,
    [subtreePattern(path)],
  );
  return rows;
}

/** 在保人数 of each of the policies `ids` on `day` (`insuredOnSql`), by policy id. */
export async function insuredOnDay(sql: Sql, ids: number[], day: string) {
  const { rows } = await sql.query<{ id: number; insured: number }>(
    `select p.id, (${insuredOnSql('$2')})::int as insured from insurance_policies p where p.id = any($1::int[])`,
    [ids, day],
  );
  return new Map(rows.map((r) => [Number(r.id), Number(r.insured)]));
}

/** How many policies a subtree's unions hold. */
export async function countPolicies(sql: Sql, path: string) {
  const { rows } = await sql.query<{ n: number }>(
    'select count(*)::int as n from insurance_policies p join orgs o on o.id = p.org_id where o.path like $1',
    [subtreePattern(path)],
  );
  return Number(rows[0].n);
}

/** Members on the register on `day` in a subtree (the demo's claimants). */
export async function membersOn(sql: Sql, path: string, day: string) {
  const { rows } = await sql.query<{ personId: number; orgId: number }>(
    `select m.person_id as "personId", m.org_id as "orgId"
       from memberships m join orgs o on o.id = m.org_id
      where o.path like $1 and m.joined_on <= $2::date and (m.left_on is null or m.left_on > $2::date)
        and (m.status = 'active' or m.left_on is not null)`,
    [subtreePattern(path), day],
  );
  return rows;
}

/** Memberships of a subtree's unions overlapping [from, asOf] (joined by asOf), per person in joining order. */
export async function membershipsIn(sql: Sql, path: string, from: string, asOf: string) {
  const { rows } = await sql.query<{
    personId: number;
    orgId: number;
    joinedOn: string;
    leftOn: string | null;
  }>(
    `select m.person_id as "personId", m.org_id as "orgId", to_char(m.joined_on, 'YYYY-MM-DD') as "joinedOn",
            to_char(m.left_on, 'YYYY-MM-DD') as "leftOn"
       from memberships m join orgs o on o.id = m.org_id
      where o.path like $1 and m.joined_on <= $3::date and (m.left_on is null or m.left_on > $2::date)
        and (m.status = 'active' or m.left_on is not null)
      order by m.person_id, m.joined_on, m.id`,
    [subtreePattern(path), from, asOf],
  );
  return rows;
}

/** Every cover row of a policy (open and ended), by person: what the register is compared with. */
export async function insuredState(sql: Sql, policyId: number) {
  const { rows } = await sql.query<{
    id: number;
    personId: number;
    fromOn: string;
    untilOn: string | null;
    removedWhy: 'left' | 'not_eligible' | null;
  }>(
    `select id, person_id as "personId", to_char(from_on, 'YYYY-MM-DD') as "fromOn",
            to_char(until_on, 'YYYY-MM-DD') as "untilOn", removed_why as "removedWhy"
       from insurance_insured where policy_id = $1 order by person_id, from_on, id`,
    [policyId],
  );
  return rows;
}

export async function addInsured(
  sql: Sql,
  policyId: number,
  rows: { personId: number; orgId: number; fromOn: string; untilOn?: string; why?: 'left' }[],
) {
  if (!rows.length) return;
  await sql.query(
    `insert into insurance_insured (policy_id, person_id, org_id, from_on, until_on, removed_why)
     select $1, x.p, x.o, x.f, x.u, x.w
       from unnest($2::bigint[], $3::bigint[], $4::date[], $5::date[], $6::text[]) as x(p, o, f, u, w)`,
    [
      policyId,
      rows.map((r) => r.personId),
      rows.map((r) => r.orgId),
      rows.map((r) => r.fromOn),
      rows.map((r) => r.untilOn ?? null),
      rows.map((r) => r.why ?? null),
    ],
  );
}

export async function endInsured(
  sql: Sql,
  rows: { id: number; untilOn: string; why: 'left' | 'not_eligible' }[],
) {
  if (!rows.length) return;
  await sql.query(
    `update insurance_insured i set until_on = x.u, removed_why = x.w
       from unnest($1::bigint[], $2::date[], $3::text[]) as x(id, u, w) where i.id = x.id and i.until_on is null`,
    [rows.map((r) => r.id), rows.map((r) => r.untilOn), rows.map((r) => r.why)],
  );
}

export interface InsuredRow {
  personId: number;
  name: string;
  idMasked: string;
  /** The encrypted ID number: decrypted only for a role that may reveal it (the export is audited). */
  idCipher: string;
  gender: string;
  birthDate: string;
  orgName: string;
  fromOn: string;
  untilOn: string | null;
  removedWhy: string | null;
}

/** The insured of a policy (everyone ever covered, with their days), in register order. */
export async function insuredOf(sql: Sql, policyId: number) {
  const { rows } = await sql.query<InsuredRow>(
    `select i.person_id as "personId", p.name, p.id_masked as "idMasked", p.id_cipher as "idCipher", p.gender,
            p.birth_date as "birthDate", o.name as "orgName", to_char(i.from_on, 'YYYY-MM-DD') as "fromOn",
            to_char(i.until_on, 'YYYY-MM-DD') as "untilOn", i.removed_why as "removedWhy"
       from insurance_insured i join persons p on p.id = i.person_id join orgs o on o.id = i.org_id
      where i.policy_id = $1 order by o.path, p.name, i.from_on
      limit 50001`,
    [policyId],
  );
  return rows;
}

/** Whether a person is covered by a policy on a day: an open cover row runs to the policy's end, never past it. */
export async function coveredOn(sql: Sql, policyId: number, personId: number, day: string) {
  const { rows } = await sql.query(
    `select 1 from insurance_insured i join insurance_policies p on p.id = i.policy_id
      where i.policy_id = $1 and i.person_id = $2 and i.from_on <= $3::date and p.ends_on >= $3::date
        and (i.until_on is null or i.until_on >= $3::date) limit 1`,
    [policyId, personId, day],
  );
  return rows.length > 0;
}

/**
 * The policies covering a person now or in the past, for their phone page: the first `cap`, the latest first, and
 * how many there are in all.
 */
export async function policiesOfPerson(sql: Sql, personId: number, cap: number = MY_POLICIES_CAP) {
  const { rows } = await sql.query<{
    policyId: number;
    title: string;
    insurer: string;
    cover: string;
    startsOn: string;
    endsOn: string;
    fromOn: string;
    untilOn: string | null;
    countAll: number;
  }>(
    `select p.id as "policyId", p.title, p.insurer, p.cover, p.starts_on as "startsOn", p.ends_on as "endsOn",
            i.from_on as "fromOn", i.until_on as "untilOn", ${COUNT_ALL}
       from insurance_insured i join insurance_policies p on p.id = i.policy_id
      where i.person_id = $1 order by p.starts_on desc, i.from_on desc limit ${Number(cap)}`,
    [personId],
  );
  return capped(rows);
}

/** Premium due over the days each insured person is covered, summed exactly before one rounding. */
export async function coveredDays(sql: Sql, policyId: number, endsOn: string) {
  const { rows } = await sql.query<{ days: number; people: number }>(
    `select coalesce(sum(least(coalesce(until_on, $2::date), $2::date) - from_on + 1), 0)::bigint as days,
            count(distinct person_id)::int as people
       from insurance_insured where policy_id = $1`,
    [policyId, endsOn],
  );
  return rows[0];
}

/** Per year of a subtree's policies: policies, insured (enrolled, else as recorded), premium (due, else recorded). */
/** Policies starting in [from, to] by year, with the insured (as recorded, or who were ever covered) and premium. */
export async function policyYears(sql: Sql, path: string, from: string, to: string) {
  const { rows } = await sql.query<{ year: number; policies: number; insured: number; premiumFen: number }>(
    `select extract(year from p.starts_on)::int as year, count(*)::int as policies,
            sum(${ENROLLED})::int as insured,
            sum(coalesce(p.recorded_premium_fen, 0))::bigint as "premiumFen"
       from insurance_policies p join orgs o on o.id = p.org_id
      where o.path like $1 and p.starts_on between $2::date and $3::date
      group by 1 order by 1`,
    [subtreePattern(path), from, to],
  );
  return rows;
}

/**
 * The states on a day: policies in force, the people they covered that day (a year before the platform: the
 * recorded number) and the claims filed and not yet decided then (a withdrawn claim is left out, a returned one
 * from the day it was returned: its accident may be claimed anew).
 */
export async function statesOnDay(sql: Sql, path: string, day: string) {
  const { rows } = await sql.query<{ inForce: number; insured: number; openClaims: number }>(
    `select (select count(*)::int from insurance_policies p join orgs o on o.id = p.org_id
              where o.path like $1 and p.starts_on <= $2::date and p.ends_on >= $2::date) as "inForce",
            (select coalesce(sum(${insuredOnSql('$2')}), 0)::int
               from insurance_policies p join orgs o on o.id = p.org_id
              where o.path like $1 and p.starts_on <= $2::date and p.ends_on >= $2::date) as insured,
            (select count(*)::int from insurance_claims c join orgs o on o.id = c.org_id
              where o.path like $1 and c.status <> 'withdrawn' and c.filed_on <= $2::date
                and coalesce(c.decided_on, c.paid_on, (select max(s.effective_on) from insurance_claim_steps s
                      where s.claim_id = c.id and s.action = 'return' and c.status = 'returned'),
                    'infinity'::date) > $2::date) as "openClaims"`,
    [subtreePattern(path), day],
  );
  return rows[0];
}
