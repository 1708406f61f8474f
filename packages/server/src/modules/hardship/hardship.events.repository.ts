import type { Sql } from '../../db/db.ts';
import type { FileLevel } from './hardship.vocabulary.ts';

/**
 * SQL for hardship_events: a file's steps, each on its day. A verification or review also keeps the level, expiry
 * and causes of the span of days it starts (the span the counts hold the file in force, hardship.counts.ts), so
 * the counts can be recounted from the steps (ADR 73).
 */

export interface EventRow {
  id: number;
  kind: 'create' | 'verify' | 'review' | 'close';
  onDate: string;
  /** The moment the step was entered. */
  enteredAt: string;
  byName: string | null;
  level: FileLevel | null;
  expiresOn: string | null;
  note: string | null;
}

const d = (c: string) => `to_char(${c}, 'YYYY-MM-DD')`;

export interface NewEvent {
  fileId: number;
  orgId: number;
  kind: EventRow['kind'];
  on: string;
  byUser: number | null;
  byName: string;
  level?: string | null;
  expiresOn?: string | null;
  note?: string | null;
  /** A verification's or review's: the causes of the span it starts. */
  causes?: readonly string[] | null;
}

export async function addEvent(sql: Sql, e: NewEvent) {
  await insertEvents(sql, [e]);
}

/** Steps written in one statement (an import's). */
export async function insertEvents(sql: Sql, events: NewEvent[]) {
  if (!events.length) return;
  const col = <K extends keyof NewEvent>(k: K) => events.map((e) => e[k] ?? null);
  await sql.query(
    `insert into hardship_events (file_id, org_id, kind, on_date, by_user, by_name, level, expires_on, note, causes)
     select f, o, k, d, u, n, l, x, t, string_to_array(c, ',')
       from unnest($1::bigint[], $2::bigint[], $3::text[], $4::date[], $5::bigint[], $6::text[], $7::text[],
                   $8::date[], $9::text[], $10::text[]) with ordinality as e(f, o, k, d, u, n, l, x, t, c, i)
      order by i`,
    [
      col('fileId'),
      col('orgId'),
      col('kind'),
      col('on'),
      col('byUser'),
      col('byName'),
      col('level'),
      col('expiresOn'),
      col('note'),
      events.map((e) => (e.causes ? e.causes.join(',') : null)),
    ],
  );
}

/**
 * A correction of a file's causes (ADR 60) holds over the whole span the file counts in now: the step that started
 * that span (its latest verification or review) keeps the corrected causes.
 */
export async function correctSpanCauses(sql: Sql, fileId: number, causes: readonly string[]) {
  await sql.query(
    `update hardship_events set causes = $2::text[]
      where id = (select max(id) from hardship_events where file_id = $1 and kind in ('verify', 'review'))`,
    [fileId, causes],
  );
}

export async function listEvents(sql: Sql, fileId: number) {
  const { rows } = await sql.query<EventRow>(
    `select id, kind, ${d('on_date')} as "onDate", created_at as "enteredAt", by_name as "byName", level, ${d('expires_on')} as "expiresOn",
            note
       from hardship_events where file_id = $1 order by on_date, id`,
    [fileId],
  );
  return rows;
}
