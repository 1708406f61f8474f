import type { Sql } from '../../db/db.ts';
import { type Lookup, spreadLookups } from '../../shared/lookups.ts';

/** SQL of the selections register (issue 42): the winners its rows name, read once for the whole file. */

/** A winner as a row names them: the person, their current union and employer. */
export interface WinnerRef {
  id: number;
  name: string;
  orgId: number | null;
  orgName: string | null;
  orgPath: string | null;
  employerName: string | null;
}

/** The persons of these ID numbers (by their look-up hashes), keyed by each one's first hash. */
export async function findWinnersByHash(
  sql: Sql,
  lookups: readonly Lookup[],
): Promise<Map<string, WinnerRef>> {
  const { hashes, keyOf } = spreadLookups(lookups);
  if (!hashes.length) return new Map();
  const { rows } = await sql.query<WinnerRef & { hash: string }>(
    `select p.id_hash as hash, p.id, p.name, m.org_id as "orgId", o.name as "orgName", o.path as "orgPath",
            p.employer_name as "employerName"
       from persons p left join memberships m on m.person_id = p.id and m.status = 'active'
       left join orgs o on o.id = m.org_id
      where p.id_hash = any($1::text[])`,
    [hashes],
  );
  return new Map(rows.map(({ hash, ...p }) => [keyOf(hash), { ...p, id: Number(p.id) }]));
}

/** A selection on record as the register compares it: its year, the day it became final, its winners by category. */
export interface HeldSelection {
  organiserOrgId: number;
  edition: string;
  year: number;
  announcedOn: string;
  /** `category|person id` of each winner. */
  winners: string[];
}

/** The selections these unions organised, each with its winners. */
export async function findSelectionsHeld(sql: Sql, organiserIds: number[]): Promise<HeldSelection[]> {
  if (!organiserIds.length) return [];
  const { rows } = await sql.query<HeldSelection>(
    `select s.organiser_org_id as "organiserOrgId", s.edition, s.year,
            (s.finalised_at at time zone 'Asia/Shanghai')::date::text as "announcedOn",
            coalesce((select json_agg(c.name || '|' || n.person_id) from selection_nominations n
                        join selection_categories c on c.id = n.category_id
                       where n.selection_id = s.id and n.status = 'selected'), '[]'::json) as winners
       from selections s where s.organiser_org_id = any($1::bigint[])`,
    [organiserIds],
  );
  return rows.map((r) => ({ ...r, organiserOrgId: Number(r.organiserOrgId) }));
}
