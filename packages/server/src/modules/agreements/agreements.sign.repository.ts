import type { Sql } from '../../db/db.ts';
import { numberArray, textArray } from '../../shared/pg-array.ts';
import type { NewAgreement } from './agreements.repository.ts';

/** A coverage row of a new agreement, which `at` names by its place among the agreements inserted. */
export interface NewCoverageRow {
  at: number;
  uscc: string;
  workers: number;
  womenWorkers: number;
}

/**
 * Inserts agreements and the coverage rows of each in ONE statement, returning the agreements' ids in order (issue
 * 42): the register's node sums its count cells meanwhile, where two statements left PostgreSQL waiting between
 * them for node to send the second. The agreements take their ids in the order given (inserted sorted by their
 * place), so the n-th smallest new id is the n-th agreement's; a coverage row takes its agreement's id and
 * federation from the inserted rows (the table itself shows the statement nothing it inserted). A coverage row is
 * inserted plainly: its agreement is new, and an agreement lists an enterprise once (the callers refuse a repeat),
 * so no row can be on record already — an `on conflict` would only pay its speculative insertion for each.
 */
export async function insertAgreementsCovering(sql: Sql, laid: LaidAgreements): Promise<number[]> {
  if (!laid) return [];
  const { rows: out } = await sql.query<{ id: number }>(
    `with inserted as (
       insert into agreements (org_id, kind, level, title, employer, signed_on, effective_on, expires_on, clauses,
         note, cost_fen, reach, created_by, federation_id)
       select t.org_id, t.kind, t.level, t.title, t.employer, t.signed_on, t.effective_on, t.expires_on,
              t.clauses::text[], t.note, t.cost_fen, t.reach, t.created_by,
              split_part(o.path, '/', 2)::bigint
         from unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::date[], $7::date[],
                     $8::date[], $9::text[], $10::text[], $11::bigint[], $12::int[], $13::bigint[]) with ordinality
           as t(org_id, kind, level, title, employer, signed_on, effective_on, expires_on, clauses, note,
                cost_fen, reach, created_by, n)
         left join orgs o on o.id = t.org_id
        order by t.n
       returning id, federation_id
     ), placed as (
       select id, federation_id, row_number() over (order by id) as at from inserted
     ), covered as (
       insert into agreement_coverage (agreement_id, uscc, workers, women_workers, federation_id)
       select p.id, u.uscc, u.workers, u.women_workers, p.federation_id
         from unnest($14::bigint[], $15::text[], $16::int[], $17::int[]) as u(at, uscc, workers, women_workers)
         join placed p on p.at = u.at
     )
     select id from placed order by at`,
    laid,
  );
  return out.map((r) => r.id);
}

/** The parameters of `insertAgreementsCovering` (its array literals), laid out while another statement runs. */
export type LaidAgreements = string[] | null;

export function layAgreementsCovering(rows: NewAgreement[], coverage: NewCoverageRow[]): LaidAgreements {
  if (!rows.length) return null;
  const col = <K extends keyof NewAgreement>(k: K) => rows.map((r) => r[k]);
  return [
    numberArray(col('orgId')),
    textArray(col('kind')),
    textArray(col('level')),
    textArray(col('title')),
    textArray(col('employer')),
    textArray(col('signedOn')),
    textArray(col('effectiveOn')),
    textArray(col('expiresOn')),
    // each agreement's clauses as its own array literal, read back with a cast: a jsonb[] of 10,000 '[]' cost
    // PostgreSQL about 200 ms to read (each element through the JSON parser), these literals about 10 ms
    textArray(rows.map((r) => textArray(r.clauses))),
    textArray(col('note')),
    numberArray(col('costFen')),
    numberArray(col('reach')),
    numberArray(col('createdBy')),
    numberArray(coverage.map((c) => c.at + 1)),
    textArray(coverage.map((c) => c.uscc)),
    numberArray(coverage.map((c) => c.workers)),
    numberArray(coverage.map((c) => c.womenWorkers)),
  ];
}
