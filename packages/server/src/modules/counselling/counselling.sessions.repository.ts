import type { Sql } from '../../db/db.ts';

/** A line of the counselling sessions register: a union's sessions and people served by a kind in a month. */
export interface SessionCountLine {
  orgId: number;
  kind: 'counsellor' | 'volunteer';
  /** The month's first day. */
  month: string;
  sessions: number;
  people: number;
}

/** The union, kind and month of these lines already brought in, as `orgId|kind|month`. */
export async function findStoredSessionCounts(
  sql: Sql,
  lines: Pick<SessionCountLine, 'orgId' | 'kind' | 'month'>[],
): Promise<Map<string, Pick<SessionCountLine, 'sessions' | 'people'>>> {
  if (!lines.length) return new Map();
  const { rows } = await sql.query<{
    orgId: number;
    kind: string;
    month: string;
    sessions: number;
    people: number;
  }>(
    `select org_id as "orgId", kind, month::text as month, sessions, people from counselling_session_counts
      where (org_id, kind, month) in (select * from unnest($1::bigint[], $2::text[], $3::date[]))`,
    [lines.map((l) => l.orgId), lines.map((l) => l.kind), lines.map((l) => l.month)],
  );
  return new Map(
    rows.map((h) => [`${Number(h.orgId)}|${h.kind}|${h.month}`, { sessions: h.sessions, people: h.people }]),
  );
}

/** The lines in one statement. */
export async function insertSessionCounts(
  sql: Sql,
  lines: SessionCountLine[],
  by: { userId: number | null; on: string },
): Promise<void> {
  if (!lines.length) return;
  const col = <K extends keyof SessionCountLine>(k: K) => lines.map((l) => l[k]);
  await sql.query(
    `insert into counselling_session_counts (org_id, kind, month, sessions, people, entered_by, entered_on)
     select u.org_id, u.kind, u.month, u.sessions, u.people, $6, $7
       from unnest($1::bigint[], $2::text[], $3::date[], $4::int[], $5::int[]) as u(org_id, kind, month, sessions, people)`,
    [col('orgId'), col('kind'), col('month'), col('sessions'), col('people'), by.userId, by.on],
  );
}
