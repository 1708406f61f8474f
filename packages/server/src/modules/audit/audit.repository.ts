import type { Sql } from '../../db/db.ts';
import { addRow } from '../../db/insert.ts';
import { conditions } from '../../db/select.ts';
import { readPage } from '../../shared/paged.ts';

/** An audit row to write: ids and names as they are now, before and after as JSON text (or null). */
export interface NewAuditRow {
  userId: number | null;
  username: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  orgId: number | null;
  before: string | null;
  after: string | null;
  ip: string | null;
  actorName: string | null;
}

export async function insertAuditRow(sql: Sql, row: NewAuditRow): Promise<void> {
  await addRow(
    sql,
    'audit_log',
    'user_id, username, action, entity, entity_id, org_id, before, after, ip, actor_name',
    row,
  );
}

/** Many audit rows of one actor in one statement; each entry's before and after are JSON values (or null). */
export async function insertAuditRows(
  sql: Sql,
  by: { userId: number | null; username: string | null; ip: string | null },
  entries: Pick<AuditLogRow, 'action' | 'entity' | 'entityId' | 'orgId' | 'before' | 'after'>[],
): Promise<void> {
  await sql.query(
    `insert into audit_log (user_id, username, action, entity, entity_id, org_id, before, after, ip)
     select $1, $2, e->>'action', e->>'entity', e->>'entityId', (e->>'orgId')::bigint,
            nullif(e->'before', 'null'::jsonb), nullif(e->'after', 'null'::jsonb), $3
       from jsonb_array_elements($4::jsonb) e`,
    [by.userId, by.username, by.ip, JSON.stringify(entries)],
  );
}

/** What the log is filtered by; every part optional. */
export interface AuditFilter {
  /** Rows of this login name or of these users. */
  actor?: { username: string; userIds: number[] };
  /** Actions starting with this. */
  actionPrefix?: string;
  entity?: string;
  entityId?: string;
  /** Days 'YYYY-MM-DD', both included. */
  from?: string;
  to?: string;
}

export interface AuditLogRow {
  id: number;
  at: string;
  userId: number | null;
  action: string;
  entity: string;
  entityId: string | null;
  orgId: number | null;
  before: unknown;
  after: unknown;
  ip: string | null;
}

/** One page of the log, newest first, and how many rows the filter finds. */
export async function listAuditRows(
  sql: Sql,
  f: AuditFilter,
  page: { page: number; pageSize: number },
): Promise<{ items: AuditLogRow[]; total: number }> {
  const params: unknown[] = [];
  const { where, add } = conditions(params);
  if (f.actor) {
    params.push(f.actor.username, f.actor.userIds);
    where.push(`(username = $${params.length - 1} or user_id = any($${params.length}::bigint[]))`);
  }
  if (f.actionPrefix) add('action like ?', `${f.actionPrefix}%`);
  if (f.entity) add('entity = ?', f.entity);
  if (f.entityId) add('entity_id = ?', f.entityId);
  if (f.from) add('at >= ?::date', f.from);
  if (f.to) add("at < ?::date + interval '1 day'", f.to);
  const columns = `id, at, user_id as "userId", action, entity, entity_id as "entityId",
    org_id as "orgId", before, after, ip`;
  return readPage<AuditLogRow>(sql, { columns, from: 'audit_log', where, params, orderBy: 'id desc' }, page);
}

/** The day (China time, 'YYYY-MM-DD') each of these actions was last recorded on each of these entities. */
export async function listLastActionDays(
  sql: Sql,
  entity: string,
  entityIds: string[],
  actions: string[],
): Promise<{ id: string; action: string; day: string }[]> {
  const { rows } = await sql.query<{ id: string; action: string; day: string }>(
    `select entity_id as id, action, to_char(max(at) at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day
       from audit_log where entity = $1 and entity_id = any($2::text[]) and action = any($3::text[])
      group by 1, 2`,
    [entity, entityIds, actions],
  );
  return rows;
}

/** The edit rows (`*.edit` actions) of one record, oldest first. */
export async function listEditRows(
  sql: Sql,
  entity: string,
  entityId: string,
): Promise<
  {
    id: number;
    at: Date | string;
    byName: string | null;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
  }[]
> {
  const { rows } = await sql.query<{
    id: number;
    at: Date | string;
    byName: string | null;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
  }>(
    `select id, at, actor_name as "byName", before, after from audit_log
      where entity = $1 and entity_id = $2 and action like '%.edit' order by id`,
    [entity, entityId],
  );
  return rows;
}

/**
 * The text of a common table expression that writes an audit row for each row a set-based statement produces, for
 * decisions taken in ONE statement (a flash-claim grant, an activity's sign-up): `from` names the rows, the other
 * fields are SQL expressions over them (`after` a jsonb expression).
 */
export function auditInsertSql(o: {
  from: string;
  userId: string;
  username: string;
  action: string;
  entity: string;
  entityId: string;
  orgId: string;
  after: string;
  ip: string;
  actorName?: string;
}): string {
  return `insert into audit_log (user_id, username, action, entity, entity_id, org_id, after, ip, actor_name)
    select ${o.userId}, ${o.username}, ${o.action}, ${o.entity}, ${o.entityId}, ${o.orgId}, ${o.after}, ${o.ip},
           ${o.actorName ?? 'null'}
      from ${o.from}`;
}
