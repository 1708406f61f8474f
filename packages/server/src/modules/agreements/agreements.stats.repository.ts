import { subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { LAST_DAY } from './agreements.repository.ts';
import type { AgreementKind } from './agreements.vocabulary.ts';

/** The statistics' reads from the rows (agreements.stats.ts): a period's signings, a day's states and due enterprises. */

/**
 * Agreements of `kind` signed by the unions of the subtree `path` within [from, to], by union and level, with what
 * their measures cost (fen) and the people they reached, as recorded.
 */
export async function signedBetween(sql: Sql, path: string, kind: string, from: string, to: string) {
  const params: unknown[] = [kind, from, to];
  const { rows } = await sql.query<{
    orgId: number;
    dim: string;
    dim2: string;
    n: number;
    costFen: number;
    reach: number;
  }>(
    `select a.org_id as "orgId", a.kind as dim, a.level as dim2, count(*)::int as n,
            coalesce(sum(a.cost_fen), 0)::bigint as "costFen", coalesce(sum(a.reach), 0)::bigint as reach
       from agreements a join orgs o on o.id = a.org_id
      where ${subtreeCondition({ path }, 'o.path', params)} and a.kind = $1 and a.signed_on between $2 and $3
      group by 1, 2, 3`,
    params,
  );
  return rows;
}

/**
 * The states of the coverage counts (coverage.counts.ts) on one day, from the rows: agreements of `kind` in force
 * at unions of the subtree (by level), and the enterprises of the subtree any agreement of `kind` in force covers,
 * each once with the largest figures listed, where they are counted (their union, else the listing union).
 */
export async function statesOnDay(sql: Sql, path: string, kind: string, day: string) {
  const params: unknown[] = [kind, day];
  const subtree = subtreeCondition({ path }, 'o.path', params);
  const { rows } = await sql.query<{ subject: string; orgId: number; dim: string; dim2: string; n: number }>(
    `with firms as (
       select c.uscc, max(c.workers) as workers, max(c.women_workers) as women
         from agreement_coverage c join agreements a on a.id = c.agreement_id
        where a.kind = $1 and a.effective_on <= $2::date and ${LAST_DAY} >= $2::date
        group by c.uscc
     )
     select 'agreements.in_force' as subject, a.org_id as "orgId", a.kind as dim, a.level as dim2, count(*)::int as n
       from agreements a join orgs o on o.id = a.org_id
      where ${subtree} and a.kind = $1 and a.effective_on <= $2::date and ${LAST_DAY} >= $2::date
      group by 2, 3, 4
     union all
     select s.subject, e.org_id, $1, s.dim2, sum(s.n)::int
       from firms f join agreement_enterprises e on e.uscc = f.uscc join orgs o on o.id = e.org_id
      cross join lateral (values
        ('agreements.enterprises', case when e.has_union and ($1 <> 'women' or e.has_women) then 'due' else 'other' end, 1),
        ('agreements.workers', '', f.workers),
        ('agreements.women_workers', '', f.women)) as s(subject, dim2, n)
      where ${subtree}
      group by 1, 2, 3, 4`,
    params,
  );
  return rows;
}

/**
 * The enterprises of a subtree that should have an agreement of `kind` on `day`, and how many of them one covered
 * that day: a grassroots union with a credit code open that day (founded on or before it, or with no founding day on
 * record, and not closed by it) and, for women workers' agreements, women workers. Read from the union tree as it
 * stood on the day, so a union closed later still counts before its closing and a union founded later does not
 * count before its founding.
 */
export async function dueOnDay(
  sql: Sql,
  path: string,
  kind: string,
  day: string,
): Promise<{ due: number; dueCovered: number }> {
  const params: unknown[] = [kind, day];
  const subtree = subtreeCondition({ path }, 'o.path', params);
  const { rows } = await sql.query<{ due: number; dueCovered: number }>(
    `with open_unions as (
       select distinct o.uscc from orgs o
        where ${subtree} and o.kind = 'grassroots' and o.uscc is not null
          and (o.founded_on is null or o.founded_on <= $2::date)
          and (o.closed_on is null or o.closed_on > $2::date)
          and (o.status = 'active' or o.closed_on is not null)
          and ($1 <> 'women' or o.women_worker_count > 0)
     )
     select count(*)::int as due,
            count(*) filter (where exists (
              select 1 from agreement_coverage c join agreements a on a.id = c.agreement_id
               where c.uscc = u.uscc and a.kind = $1 and a.effective_on <= $2::date and ${LAST_DAY} >= $2::date
            ))::int as "dueCovered"
       from open_unions u`,
    params,
  );
  return rows[0];
}

/** The kinds of the agreements signed by the unions of a subtree (any day), in no order. */
export async function kindsSigned(sql: Sql, path: string): Promise<AgreementKind[]> {
  const params: unknown[] = [];
  const { rows } = await sql.query<{ kind: AgreementKind }>(
    `select distinct a.kind from agreements a join orgs o on o.id = a.org_id
      where ${subtreeCondition({ path }, 'o.path', params)}`,
    params,
  );
  return rows.map((r) => r.kind);
}
