import type { Sql } from '../../db/db.ts';
import type { OutgoingMessage } from './outbox.types.ts';

export interface OutboxRow {
  id: number;
  channel: 'sms';
  to: string;
  text: string;
  purpose: string;
  createdAt: string;
  sentAt: string | null;
}

/** Records a message in the outbox table; returns its id. */
export async function insertOutboxMessage(sql: Sql, m: OutgoingMessage): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    'insert into outbox (channel, recipient, text, purpose) values ($1, $2, $3, $4) returning id',
    [m.channel, m.to, m.text, m.purpose],
  );
  return rows[0].id;
}

/** One page of messages, newest first, optionally to one phone number; with the count of all that match. */
export async function listOutboxMessages(
  sql: Sql,
  filter: { phone?: string; limit: number; offset: number },
): Promise<{ rows: OutboxRow[]; total: number }> {
  const params: unknown[] = [];
  let where = 'true';
  if (filter.phone) {
    params.push(filter.phone);
    where = 'recipient = $1';
  }
  const [items, total] = await Promise.all([
    sql.query<OutboxRow>(
      `select id, channel, recipient as "to", text, purpose, created_at as "createdAt", sent_at as "sentAt"
         from outbox where ${where} order by id desc limit ${filter.limit} offset ${filter.offset}`,
      params,
    ),
    sql.query<{ n: number }>(`select count(*) as n from outbox where ${where}`, params),
  ]);
  return { rows: items.rows, total: total.rows[0].n };
}
