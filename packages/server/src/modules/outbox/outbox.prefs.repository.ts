import type { Sql } from '../../db/db.ts';

/** The kinds an account chose to also get by SMS. */
export async function listSmsKinds(sql: Sql, userId: number): Promise<string[]> {
  const { rows } = await sql.query<{ kind: string }>(
    'select kind from sms_preferences where user_id = $1 order by kind',
    [userId],
  );
  return rows.map((r) => r.kind);
}

/** Replaces an account's choice. */
export async function replaceSmsKinds(sql: Sql, userId: number, kinds: string[]): Promise<void> {
  await sql.query('delete from sms_preferences where user_id = $1', [userId]);
  if (kinds.length)
    await sql.query('insert into sms_preferences (user_id, kind) select $1, unnest($2::text[])', [
      userId,
      kinds,
    ]);
}

/** Of these (account, kind) pairs, those chosen for SMS, with the account's phone (its own, else its person's). */
export async function findSmsRecipients(
  sql: Sql,
  pairs: { userId: number; kind: string }[],
): Promise<{ userId: number; kind: string; phone: string }[]> {
  if (!pairs.length) return [];
  const { rows } = await sql.query<{ userId: number; kind: string; phone: string }>(
    `select s.user_id as "userId", s.kind, coalesce(u.phone, p.phone) as phone
       from unnest($1::bigint[], $2::text[]) as w(user_id, kind)
       join sms_preferences s on s.user_id = w.user_id and s.kind = w.kind
       join users u on u.id = s.user_id and u.is_active
       left join persons p on p.id = u.person_id
      where coalesce(u.phone, p.phone) ~ '^1\\d{10}$'`,
    [pairs.map((p) => p.userId), pairs.map((p) => p.kind)],
  );
  return rows;
}

export interface MessageSmsState {
  messageId: number;
  state: 'recorded' | 'queued' | 'sent' | 'delivered' | 'failed';
  reasonZh: string | null;
  reasonEn: string | null;
}

/** The SMS state of an account's in-app messages, by message id (the latest SMS of each). */
export async function listMessageSmsStates(
  sql: Sql,
  userId: number,
  messageIds: number[],
): Promise<MessageSmsState[]> {
  const { rows } = await sql.query<MessageSmsState>(
    `select distinct on (message_id) message_id as "messageId", state, reason_zh as "reasonZh", reason_en as "reasonEn"
       from outbox where user_id = $1 and message_id = any($2::bigint[]) order by message_id, id desc`,
    [userId, messageIds],
  );
  return rows;
}
