import type { Sql } from '../../db/db.ts';

/** What the congresses' register meets on record: the unions' congresses, with their terms and sessions. */

export interface CongressHeld {
  id: number;
  orgId: number;
  name: string;
  kind: 'congress' | 'assembly';
}
export interface TermHeld {
  id: number;
  orgId: number;
  number: number;
  startsOn: string;
  endsOn: string;
}
export interface SessionHeld {
  orgId: number;
  termNumber: number;
  number: number;
  title: string;
  heldOn: string;
}

/** The congresses of `orgIds` (one a union at most), their terms and the terms' sessions. */
export async function findCongressesHeld(sql: Sql, orgIds: number[]) {
  if (!orgIds.length) return { congresses: [], terms: [], sessions: [] };
  const congresses = (
    await sql.query<CongressHeld>(
      `select id, org_id as "orgId", name, kind from congresses where org_id = any($1::bigint[])`,
      [orgIds],
    )
  ).rows;
  const terms = (
    await sql.query<TermHeld>(
      `select t.id, c.org_id as "orgId", t.number, t.starts_on as "startsOn", t.ends_on as "endsOn"
         from congress_terms t join congresses c on c.id = t.congress_id
        where c.org_id = any($1::bigint[])`,
      [orgIds],
    )
  ).rows;
  const sessions = (
    await sql.query<SessionHeld>(
      `select c.org_id as "orgId", t.number as "termNumber", s.number, s.title, s.held_on as "heldOn"
         from congress_sessions s join congress_terms t on t.id = s.term_id join congresses c on c.id = t.congress_id
        where c.org_id = any($1::bigint[])`,
      [orgIds],
    )
  ).rows;
  return { congresses, terms, sessions };
}
