import type { Sql } from '../../db/db.ts';
import { addRow } from '../../db/insert.ts';
import type { Bilingual } from '../../shared/errors.ts';
import type { SendAnswer } from './outbox.provider.ts';

/** The union a message is counted against: the given one, else the recipient member's union; and its federation. */
export async function findRecipientOrg(
  sql: Sql,
  phone: string,
  orgId: number | null,
): Promise<{ orgId: number | null; federationId: number | null }> {
  const { rows } = await sql.query<{ orgId: number | null; federationId: number | null }>(
    `with o as (
       select coalesce($2::bigint, (
         select m.org_id from persons p join memberships m on m.person_id = p.id and m.left_on is null
          where p.phone = $1 order by m.id desc limit 1)) as id)
     select o.id as "orgId", nullif(split_part(g.path, '/', 2), '')::bigint as "federationId"
       from o left join orgs g on g.id = o.id`,
    [phone, orgId],
  );
  return rows[0] ?? { orgId: null, federationId: null };
}

export interface QueuedInsert {
  to: string;
  text: string;
  purpose: string;
  provider: string;
  orgId: number | null;
  federationId: number | null;
  params: { name: string; value: string }[];
  messageId: number | null;
  userId: number | null;
  at: Date;
}

/** A message for the dispatcher, in the caller's transaction; returns its id. */
export async function insertQueuedSms(sql: Sql, m: QueuedInsert): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `insert into outbox (channel, recipient, text, purpose, state, provider, org_id, budget_federation_id, params,
                         message_id, user_id, created_at, next_attempt_at)
     values ('sms', $1, $2, $3, 'queued', $4, $5, $6, $7::jsonb, $8, $9, $10, $10) returning id`,
    [
      m.to,
      m.text,
      m.purpose,
      m.provider,
      m.orgId,
      m.federationId,
      JSON.stringify(m.params),
      m.messageId,
      m.userId,
      m.at,
    ],
  );
  return rows[0].id;
}

export interface QueuedRow {
  id: number;
  to: string;
  purpose: string;
  text: string;
  params: { name: string; value: string }[];
  attempts: number;
  federationId: number | null;
}

/** The oldest queued message that is due, locked; another dispatcher skips it. */
export async function lockNextQueued(sql: Sql, now: Date): Promise<QueuedRow | null> {
  const { rows } = await sql.query<QueuedRow>(
    `select id, recipient as "to", purpose, text, params, attempts, budget_federation_id as "federationId"
       from outbox where state = 'queued' and next_attempt_at <= $1
      order by next_attempt_at, id limit 1 for update skip locked`,
    [now],
  );
  return rows[0] ?? null;
}

/** The federation's count of accepted messages on `day`, its row locked until the transaction ends. */
export async function lockDailyCount(sql: Sql, federationId: number, day: string): Promise<number> {
  await sql.query(
    'insert into sms_daily (budget_federation_id, day) values ($1, $2) on conflict do nothing',
    [federationId, day],
  );
  const { rows } = await sql.query<{ sent: number }>(
    'select sent from sms_daily where budget_federation_id = $1 and day = $2 for update',
    [federationId, day],
  );
  return rows[0].sent;
}

export async function addDailyCount(sql: Sql, federationId: number, day: string): Promise<void> {
  await sql.query('update sms_daily set sent = sent + 1 where budget_federation_id = $1 and day = $2', [
    federationId,
    day,
  ]);
}

/** Messages the provider accepted for `phone` since `since`. */
export async function countSentTo(sql: Sql, phone: string, since: Date): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(
    'select count(*)::int as n from outbox where recipient = $1 and sent_at > $2',
    [phone, since],
  );
  return rows[0].n;
}

/** One send as the attempts table keeps it: the message, when, by which provider, and the provider's answer. */
export type AttemptRecord = { outboxId: number; at: Date; provider: string } & Omit<SendAnswer, 'reason'>;

export async function insertAttempt(sql: Sql, a: AttemptRecord): Promise<void> {
  await addRow(
    sql,
    'sms_attempts',
    'outbox_id, attempted_at, provider, ok, transient, code, message, request_id, serial, billed',
    { ...a, attemptedAt: a.at, message: a.message.slice(0, 500) },
  );
}

/** What a message becomes after an attempt or a refusal; text and params replace the stored ones when given. */
export interface Outcome {
  state: 'queued' | 'sent' | 'failed';
  at: Date;
  attempts: number;
  templateId?: string | null;
  nextAttemptAt?: Date | null;
  serial?: string | null;
  billed?: number | null;
  feeFen?: number | null;
  reasonCode?: string | null;
  reason?: Bilingual | null;
  text?: string;
  params?: { name: string; value: string }[];
}

export async function updateOutcome(sql: Sql, id: number, o: Outcome): Promise<void> {
  await sql.query(
    `update outbox set state = $2, attempts = $3, template_id = coalesce($4, template_id),
            next_attempt_at = $5, serial = coalesce($6, serial), billed = coalesce($7, billed),
            fee_fen = coalesce($8, fee_fen),
            sent_at = case when $2 = 'sent' then $9 else sent_at end,
            failed_at = case when $2 = 'failed' then $9 else failed_at end,
            reason_code = $10, reason_zh = $11, reason_en = $12,
            text = coalesce($13, text), params = coalesce($14::jsonb, params)
      where id = $1`,
    [
      id,
      o.state,
      o.attempts,
      o.templateId ?? null,
      o.nextAttemptAt ?? null,
      o.serial ?? null,
      o.billed ?? null,
      o.feeFen ?? null,
      o.at,
      o.reasonCode ?? null,
      o.reason?.zh ?? null,
      o.reason?.en ?? null,
      o.text ?? null,
      o.params ? JSON.stringify(o.params) : null,
    ],
  );
}

/** Sent messages still without a receipt, oldest first (for providers asked per message). */
export async function listAwaitingReceipt(
  sql: Sql,
  provider: string,
  since: Date,
  limit: number,
): Promise<{ id: number; to: string; serial: string; sentAt: Date }[]> {
  const { rows } = await sql.query<{ id: number; to: string; serial: string; sentAt: Date }>(
    `select id, recipient as "to", serial, sent_at as "sentAt" from outbox
      where state = 'sent' and provider = $1 and serial is not null and sent_at > $2
      order by id limit $3`,
    [provider, since, limit],
  );
  return rows.map((r) => ({ ...r, sentAt: new Date(r.sentAt) }));
}

/** A receipt applied to the sent message with that serial; answers whether one was found. */
export async function applyReceipt(
  sql: Sql,
  provider: string,
  serial: string,
  r: { delivered: boolean; at: Date; code: string; reason: Bilingual | null },
): Promise<boolean> {
  const { rows } = await sql.query(
    `update outbox set state = $3, delivered_at = case when $3 = 'delivered' then $4::timestamptz end,
            failed_at = case when $3 = 'failed' then $4::timestamptz end,
            reason_code = $5, reason_zh = $6, reason_en = $7
      where provider = $1 and serial = $2 and state = 'sent' returning id`,
    [
      provider,
      serial,
      r.delivered ? 'delivered' : 'failed',
      r.at,
      r.code,
      r.reason?.zh ?? null,
      r.reason?.en ?? null,
    ],
  );
  return rows.length > 0;
}

/** Template ids the administrator set for a provider: purpose → id. */
export async function listStoredTemplates(sql: Sql, provider: string): Promise<Record<string, string>> {
  const { rows } = await sql.query<{ purpose: string; templateId: string }>(
    'select purpose, template_id as "templateId" from sms_templates where provider = $1',
    [provider],
  );
  return Object.fromEntries(rows.map((r) => [r.purpose, r.templateId]));
}
