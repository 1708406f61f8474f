import type { Actor } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | number | null;
  orgId?: number | null;
  before?: unknown;
  after?: unknown;
}

/** Writes one audit row; call it with the transaction that makes the change, so both land or neither. */
export async function recordAudit(sql: Sql, actor: Actor | null, entry: AuditEntry): Promise<void> {
  await sql.query(
    `insert into audit_log (user_id, username, action, entity, entity_id, org_id, before, after, ip)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      actor?.userId ?? null,
      actor?.username ?? null,
      entry.action,
      entry.entity,
      entry.entityId == null ? null : String(entry.entityId),
      entry.orgId ?? null,
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after),
      actor?.ip ?? null,
    ],
  );
}

export interface AuditQuery {
  username?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

export interface AuditRow {
  id: number;
  at: string;
  userId: number | null;
  username: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  orgId: number | null;
  before: unknown;
  after: unknown;
  ip: string | null;
}

export async function listAudit(db: Db, q: AuditQuery): Promise<{ items: AuditRow[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    params.push(value);
    where.push(clause.replace('?', `$${params.length}`));
  };
  if (q.username) add('username = ?', q.username);
  if (q.action) add('action like ?', `${q.action}%`);
  if (q.entity) add('entity = ?', q.entity);
  if (q.entityId) add('entity_id = ?', q.entityId);
  if (q.from) add('at >= ?::date', q.from);
  if (q.to) add("at < ?::date + interval '1 day'", q.to);
  const filter = where.length ? `where ${where.join(' and ')}` : '';
  const pageSize = q.pageSize ?? 50;
  const offset = ((q.page ?? 1) - 1) * pageSize;
  const total = (await db.query<{ n: number }>(`select count(*) as n from audit_log ${filter}`, params))
    .rows[0].n;
  const { rows } = await db.query<AuditRow>(
    `select id, at, user_id as "userId", username, action, entity, entity_id as "entityId",
            org_id as "orgId", before, after, ip
       from audit_log ${filter} order by id desc limit ${pageSize} offset ${offset}`,
    params,
  );
  return { items: rows, total };
}
