import type { Sql } from '../../db/db.ts';

/** SQL for the mail module's own tables. */

export interface MailSettingsRow {
  email: string;
  kinds: string[];
}

export async function findMailSettings(sql: Sql, userId: number): Promise<MailSettingsRow | undefined> {
  const { rows } = await sql.query<MailSettingsRow>(
    'select email, kinds from mail_settings where user_id = $1',
    [userId],
  );
  return rows[0];
}

export async function saveMailSettings(sql: Sql, userId: number, s: MailSettingsRow): Promise<void> {
  await sql.query(
    `insert into mail_settings (user_id, email, kinds) values ($1, $2, $3)
     on conflict (user_id) do update
        set since = case when mail_settings.email = excluded.email then mail_settings.since else now() end,
            email = excluded.email, kinds = excluded.kinds, updated_at = now()`,
    [userId, s.email, s.kinds],
  );
}

export async function deleteMailSettings(sql: Sql, userId: number): Promise<void> {
  await sql.query('delete from mail_settings where user_id = $1', [userId]);
}

/** Every account's settings, with the moment from which its messages are copied. */
export async function listMailSettings(
  sql: Sql,
): Promise<(MailSettingsRow & { userId: number; since: Date })[]> {
  const { rows } = await sql.query<MailSettingsRow & { userId: number; since: Date }>(
    `select user_id as "userId", email, kinds, since from mail_settings where cardinality(kinds) > 0`,
  );
  return rows;
}

export interface NewMail {
  messageId: number;
  userId: number;
  to: string;
  subject: string;
  body: string;
}

/** Queues e-mails, each message once (a message queued before is skipped); how many were new. */
export async function insertQueuedMail(sql: Sql, mails: NewMail[], now: Date): Promise<number> {
  if (!mails.length) return 0;
  const { rows } = await sql.query<{ id: number }>(
    `insert into mail_queue (message_id, user_id, to_address, subject, body, created_at, next_attempt_at)
     select m, u, t, s, b, $6, $6
       from unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[]) as x(m, u, t, s, b)
     on conflict (message_id) do nothing
     returning id`,
    [
      mails.map((m) => m.messageId),
      mails.map((m) => m.userId),
      mails.map((m) => m.to),
      mails.map((m) => m.subject),
      mails.map((m) => m.body),
      now,
    ],
  );
  return rows.length;
}

export interface QueuedMail {
  id: number;
  to: string;
  subject: string;
  body: string;
  attempts: number;
}

/**
 * Claims up to `limit` due e-mails for one sender: rows locked `for update skip locked`, so two processes never
 * take the same one, then leased for `leaseSeconds` (a process that dies mid-send leaves them to be retried).
 */
export async function claimDueMail(
  sql: Sql,
  now: Date,
  limit: number,
  leaseSeconds: number,
): Promise<QueuedMail[]> {
  const { rows } = await sql.query<QueuedMail>(
    `update mail_queue set attempts = attempts + 1, lease_until = $1::timestamptz + make_interval(secs => $3)
      where id in (select id from mail_queue
                    where sent_at is null and failed_at is null and next_attempt_at <= $1
                      and (lease_until is null or lease_until <= $1)
                    order by id limit $2 for update skip locked)
      returning id, to_address as "to", subject, body, attempts`,
    [now, limit, leaseSeconds],
  );
  return rows.sort((a, b) => a.id - b.id);
}

/** Records an attempt and its outcome: sent, failed for good, or due again at `retryAt`. */
export async function recordMailAttempt(
  sql: Sql,
  id: number,
  now: Date,
  outcome: { ok: true; response: string } | { ok: false; response: string; retryAt: Date | null },
): Promise<void> {
  await sql.query('insert into mail_attempts (queue_id, at, ok, response) values ($1, $2, $3, $4)', [
    id,
    now,
    outcome.ok,
    outcome.response.slice(0, 1000),
  ]);
  if (outcome.ok) {
    await sql.query(
      'update mail_queue set sent_at = $2, lease_until = null, last_error = null where id = $1',
      [id, now],
    );
  } else if (outcome.retryAt) {
    await sql.query(
      'update mail_queue set next_attempt_at = $2, lease_until = null, last_error = $3 where id = $1',
      [id, outcome.retryAt, outcome.response.slice(0, 1000)],
    );
  } else {
    await sql.query(
      'update mail_queue set failed_at = $2, lease_until = null, last_error = $3 where id = $1',
      [id, now, outcome.response.slice(0, 1000)],
    );
  }
}
