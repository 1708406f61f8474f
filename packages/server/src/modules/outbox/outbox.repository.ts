import type { Sql } from '../../db/db.ts';
import { readPage } from '../../shared/paged.ts';
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
  filter: { phone?: string; page: number; pageSize: number },
): Promise<{ items: OutboxRow[]; total: number }> {
  const params: unknown[] = [];
  const where: string[] = [];
  if (filter.phone) {
    params.push(filter.phone);
    where.push('recipient = $1');
  }
  const columns = `id, channel, recipient as "to", text, purpose, created_at as "createdAt", sent_at as "sentAt"`;
  return readPage<OutboxRow>(sql, { columns, from: 'outbox', where, params, orderBy: 'id desc' }, filter);
}
