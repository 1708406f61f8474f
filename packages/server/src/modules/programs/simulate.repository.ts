import { subtreePattern } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import {
  compileRecordMatch,
  type EligibleQuery,
  membershipHoldsSql,
  type RecordFact,
  type WindowRange,
  type wantedRecords,
} from './rules/index.ts';

/** The statements of a simulation (simulate.service.ts, simulate.window.ts). */

/** The eligible rows (parameters from $2) counted per union one level below `scopePath`. */
export async function countByUnion(sql: Sql, scopePath: string, eligible: EligibleQuery) {
  const { rows } = await sql.query<{
    orgId: number;
    name: string;
    qualifying: number;
    people: number;
    costFen: number;
  }>(
    `with e as (${eligible.sql}),
     u as (
       select coalesce(c.id, r.id) as org_id, coalesce(c.name, r.name) as name, e.person_id, e.amount_fen
         from e join orgs r on r.path = $1
         left join orgs c on c.parent_id = r.id and e.org_path like c.path || '%'
     )
     select org_id as "orgId", name, count(*) as qualifying, count(distinct person_id) as people,
            coalesce(sum(amount_fen), 0) as "costFen"
       from u group by org_id, name order by count(*) desc, org_id`,
    [scopePath, ...eligible.params],
  );
  return rows;
}

/**
 * Records of the members under `scopePath` whose membership holds on `asOf`, matching one of `wanted` and dated
 * outside the window: the latest `limit`, each with the count of all. Reads people's `persons` and `memberships`
 * and records' `records`.
 */
export async function listRecordsOutsideWindow(
  sql: Sql,
  q: {
    wanted: ReturnType<typeof wantedRecords>;
    scopePath: string;
    asOf: string;
    window: WindowRange;
    limit: number;
  },
) {
  const fixed = [subtreePattern(q.scopePath), q.asOf, q.window.from, q.window.to];
  const match = compileRecordMatch(q.wanted, 'r', fixed.length);
  const { rows } = await sql.query<
    Pick<
      RecordFact,
      | 'id'
      | 'kind'
      | 'occurredOn'
      | 'occupation'
      | 'number'
      | 'competition'
      | 'rank'
      | 'course'
      | 'title'
      | 'patentNo'
    > & { personName: string; orgName: string; total: number }
  >(
    `select r.id, r.kind, r.occurred_on as "occurredOn", r.occupation, r.number, r.competition, r.rank, r.course,
            r.title, r.patent_no as "patentNo", p.name as "personName", o.name as "orgName",
            count(*) over () as total
       from records r
       join memberships m on m.person_id = r.person_id and m.status = 'active'
       join orgs o on o.id = m.org_id
       join persons p on p.id = r.person_id
      where o.path like $1 and ${membershipHoldsSql('m', '$2::date')}
        and not (r.occurred_on between $3::date and $4::date) and ${match.where}
      order by r.occurred_on desc, r.id desc limit ${q.limit}`,
    [...fixed, ...match.params],
  );
  return rows;
}
