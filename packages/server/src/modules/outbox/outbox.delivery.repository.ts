import { type Subtree, subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { conditions } from '../../db/select.ts';
import { readPage } from '../../shared/paged.ts';

/**
 * The delivery page's SQL: messages sent through a provider or refused, within a subtree (a row is counted
 * against its org_id, outbox.queue.repository.ts findRecipientOrg; a row with none only in the platform's).
 */
function scopeWhere(subtree: Subtree, params: unknown[]): string {
  const path = 'path' in subtree ? subtree.path : subtree.scopePath;
  if (path === '/') return `o.state <> 'recorded'`;
  return `o.state <> 'recorded' and ${subtreeCondition(subtree, 'g.path', params)}`;
}

export interface DeliveryCounts {
  queued: number;
  sent: number;
  delivered: number;
  failed: number;
  retried: number;
  feeFen: number;
  billed: number;
}

/** The month's counts: messages created in [from, to). */
export async function countDeliveries(
  sql: Sql,
  subtree: Subtree,
  from: Date,
  to: Date,
): Promise<DeliveryCounts> {
  const params: unknown[] = [from, to];
  const where = scopeWhere(subtree, params);
  const { rows } = await sql.query<DeliveryCounts>(
    `select count(*) filter (where o.state = 'queued')::int as queued,
            count(*) filter (where o.sent_at is not null)::int as sent,
            count(*) filter (where o.state = 'delivered')::int as delivered,
            count(*) filter (where o.state = 'failed')::int as failed,
            count(*) filter (where o.attempts > 1 or (o.state = 'queued' and o.attempts > 0))::int as retried,
            coalesce(sum(o.fee_fen), 0)::int as "feeFen",
            coalesce(sum(o.billed), 0)::int as billed
       from outbox o left join orgs g on g.id = o.org_id
      where o.created_at >= $1 and o.created_at < $2 and ${where}`,
    params,
  );
  return rows[0];
}

/** The month's failures by reason, most frequent first. */
export async function countFailureReasons(
  sql: Sql,
  subtree: Subtree,
  from: Date,
  to: Date,
): Promise<{ reasonZh: string; reasonEn: string; count: number }[]> {
  const params: unknown[] = [from, to];
  const where = scopeWhere(subtree, params);
  const { rows } = await sql.query<{ reasonZh: string; reasonEn: string; count: number }>(
    `select o.reason_zh as "reasonZh", o.reason_en as "reasonEn", count(*)::int as count
       from outbox o left join orgs g on g.id = o.org_id
      where o.state = 'failed' and o.reason_zh is not null and o.created_at >= $1 and o.created_at < $2 and ${where}
      group by 1, 2 order by 3 desc, 1 limit 20`,
    params,
  );
  return rows;
}

export interface DeliveryRow {
  id: number;
  to: string;
  purpose: string;
  text: string;
  state: string;
  attempts: number;
  orgId: number | null;
  orgName: string | null;
  orgPath: string | null;
  createdAt: Date;
  sentAt: Date | null;
  deliveredAt: Date | null;
  failedAt: Date | null;
  nextAttemptAt: Date | null;
  reasonZh: string | null;
  reasonEn: string | null;
  feeFen: number | null;
  serial: string | null;
}

const ROW = `o.id, o.recipient as "to", o.purpose, o.text, o.state, o.attempts, o.org_id as "orgId", g.name as "orgName",
  g.path as "orgPath", o.created_at as "createdAt", o.sent_at as "sentAt", o.delivered_at as "deliveredAt",
  o.failed_at as "failedAt", o.next_attempt_at as "nextAttemptAt", o.reason_zh as "reasonZh", o.reason_en as "reasonEn",
  o.fee_fen as "feeFen", o.serial`;

export async function listDeliveries(
  sql: Sql,
  subtree: Subtree,
  f: { state?: string; phone?: string; page: number; pageSize: number },
): Promise<{ items: DeliveryRow[]; total: number }> {
  const params: unknown[] = [];
  const { where, add } = conditions(params, scopeWhere(subtree, params));
  if (f.state) add('o.state = ?', f.state);
  if (f.phone) add('o.recipient = ?', f.phone);
  const from = 'outbox o left join orgs g on g.id = o.org_id';
  return readPage<DeliveryRow>(sql, { columns: ROW, from, where, params, orderBy: 'o.id desc' }, f);
}

export async function findDelivery(sql: Sql, id: number): Promise<DeliveryRow | null> {
  const { rows } = await sql.query<DeliveryRow>(
    `select ${ROW} from outbox o left join orgs g on g.id = o.org_id where o.id = $1 and o.state <> 'recorded'`,
    [id],
  );
  return rows[0] ?? null;
}

export interface AttemptRow {
  attemptedAt: Date;
  provider: string;
  ok: boolean;
  transient: boolean;
  code: string | null;
  message: string | null;
  requestId: string | null;
  serial: string | null;
  billed: number | null;
}

export async function listAttempts(sql: Sql, outboxId: number): Promise<AttemptRow[]> {
  const { rows } = await sql.query<AttemptRow>(
    `select attempted_at as "attemptedAt", provider, ok, transient, code, message, request_id as "requestId", serial, billed
       from sms_attempts where outbox_id = $1 order by id`,
    [outboxId],
  );
  return rows;
}

export async function upsertStoredTemplate(
  sql: Sql,
  t: { provider: string; purpose: string; templateId: string | null; at: Date; userId: number },
): Promise<void> {
  if (!t.templateId) {
    await sql.query('delete from sms_templates where provider = $1 and purpose = $2', [
      t.provider,
      t.purpose,
    ]);
    return;
  }
  await sql.query(
    `insert into sms_templates (provider, purpose, template_id, updated_at, updated_by) values ($1, $2, $3, $4, $5)
     on conflict (provider, purpose) do update set template_id = excluded.template_id, updated_at = excluded.updated_at,
       updated_by = excluded.updated_by`,
    [t.provider, t.purpose, t.templateId, t.at, t.userId || null],
  );
}
