import type { Sql } from '../../db/db.ts';
import { numberArray, textArray } from '../../shared/pg-array.ts';
import type { ImportedCase } from './cases.repository.ts';
import type { EventKind } from './cases.types.ts';

/** SQL of the requests register (cases.import.ts). */

/**
 * The timelines of imported requests — filed, and accepted, answered (with the answer) and closed on the days the
 * register gives — in one statement, each event written by `actorUserId`, visible, with its union's federation.
 * Built column by column: no object per event; each column one array literal (shared/pg-array.ts).
 */
export async function insertTimelines(
  sql: Sql,
  cases: ImportedCase[],
  ids: number[],
  answerOf: (i: number) => string | null,
  momentOf: (day: string) => string,
  actorUserId: number | null,
): Promise<void> {
  const caseIds: number[] = [];
  const orgIds: number[] = [];
  const kinds: EventKind[] = [];
  const bodies: (string | null)[] = [];
  const at: string[] = [];
  const event = (i: number, kind: EventKind, moment: string, body: string | null = null) => {
    caseIds.push(ids[i]);
    orgIds.push(cases[i].orgId);
    kinds.push(kind);
    bodies.push(body);
    at.push(moment);
  };
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i];
    event(i, 'filed', c.filedAt);
    if (c.acceptedOn) event(i, 'accepted', momentOf(c.acceptedOn));
    if (c.answeredOn) event(i, 'replied', momentOf(c.answeredOn), answerOf(i));
    if (c.closedOn) event(i, 'closed', momentOf(c.closedOn));
  }
  if (!caseIds.length) return;
  await sql.query(
    `insert into case_events (case_id, org_id, kind, actor_user_id, body, visible, at, federation_id)
     select u.c, u.o, u.k, $4::bigint, u.b, true, u.t, split_part(g.path, '/', 2)::bigint
       from unnest($1::bigint[], $2::bigint[], $3::text[], $5::text[], $6::timestamptz[]) as u(c, o, k, b, t)
       join orgs g on g.id = u.o`,
    [
      numberArray(caseIds),
      numberArray(orgIds),
      textArray(kinds),
      actorUserId,
      textArray(bodies),
      textArray(at),
    ],
  );
}

/** A request on record as the register compares it (cases.import.same.ts). */
export interface HeldCase {
  orgId: number;
  filedOn: string;
  category: string;
  description: string;
  channel: string;
  receivedTime: string | null;
  personId: number | null;
  anonymous: boolean;
  acceptedOn: string | null;
  answeredOn: string | null;
  closedOn: string | null;
}

/** The requests of these unions received on these days in these categories. */
export async function findCasesFiled(
  sql: Sql,
  keys: { orgId: number; filedOn: string; category: string }[],
): Promise<HeldCase[]> {
  if (!keys.length) return [];
  const { rows } = await sql.query<HeldCase>(
    `select org_id as "orgId", filed_on::text as "filedOn", category, description, channel,
            received_time as "receivedTime", person_id as "personId", anonymous, accepted_on::text as "acceptedOn",
            answered_on::text as "answeredOn", closed_on::text as "closedOn"
       from cases where (org_id, filed_on, category) in (select * from unnest($1::bigint[], $2::date[], $3::text[]))`,
    [
      numberArray(keys.map((k) => k.orgId)),
      textArray(keys.map((k) => k.filedOn)),
      textArray(keys.map((k) => k.category)),
    ],
  );
  return rows.map((r) => ({
    ...r,
    orgId: Number(r.orgId),
    personId: r.personId === null ? null : Number(r.personId),
  }));
}
