import type { Sql } from '../../db/db.ts';

/** SQL for the messages table only (users is read to find the accounts of a person). */

export interface MessageRow {
  id: number;
  kind: string;
  titleZh: string;
  titleEn: string;
  bodyZh: string;
  bodyEn: string;
  link: string | null;
  entity: string | null;
  entityId: number | null;
  /** The moment shown: of the decision it tells of where its notice gave one (`at`), else when it was written. */
  createdAt: Date;
  readAt: Date | null;
}

const COLUMNS = `m.id, m.kind, m.title_zh as "titleZh", m.title_en as "titleEn", m.body_zh as "bodyZh",
  m.body_en as "bodyEn", m.link, m.entity, m.entity_id as "entityId",
  coalesce(m.happened_at, m.created_at) as "createdAt",
  m.read_at as "readAt"`;

const INSERT =
  'insert into messages (user_id, kind, title_zh, title_en, body_zh, body_en, link, entity, entity_id, happened_at)';

/**
 * The columns of a notice inside a jsonb value `n` (see Notice in messages.service.ts), in the order of INSERT
 * after user_id. `link` and `entityId` may be replaced by SQL expressions of the caller's statement.
 */
function noticeColumns(n: string, over: { link?: string; entityId?: string } = {}) {
  return `${n}->>'kind', ${n}->'title'->>'zh', ${n}->'title'->>'en', ${n}->'body'->>'zh', ${n}->'body'->>'en',
    ${over.link ?? `${n}->>'link'`}, ${n}->>'entity', ${over.entityId ?? `(${n}->>'entityId')::bigint`},
    (${n}->>'at')::timestamptz`;
}

/**
 * One message per user account of each person in `notices` (a jsonb array of notices with `personId`), in one
 * statement however many there are. Persons without an account get nothing. Returns the number written.
 */
export async function insertPersonNotices(sql: Sql, notices: unknown[]): Promise<number> {
  if (!notices.length) return 0;
  const { rows } = await sql.query<{ n: number }>(
    `with ins as (
       ${INSERT}
       select u.id, ${noticeColumns('n.v')}
         from jsonb_array_elements($1::jsonb) with ordinality as n(v, i)
         join users u on u.person_id = (n.v->>'personId')::bigint
        order by n.i, u.id
       returning 1
     ) select count(*) as n from ins`,
    [JSON.stringify(notices)],
  );
  return rows[0].n;
}

/** One message per user id, in one statement. */
export async function insertUserNotices(sql: Sql, userIds: number[], notice: unknown): Promise<number> {
  if (!userIds.length) return 0;
  const { rows } = await sql.query<{ n: number }>(
    `with ins as (
       ${INSERT}
       select u.id, ${noticeColumns('$2::jsonb')} from users u where u.id = any($1::bigint[])
       returning 1
     ) select count(*) as n from ins`,
    [userIds, JSON.stringify(notice)],
  );
  return rows[0].n;
}

/**
 * The text of a common table expression that writes a notice to every account of the persons a set-based
 * statement produces, for decisions taken in ONE statement (a flash-claim grant): `from` names the rows
 * (e.g. `app`), `personId` and `entityId` are SQL expressions over them, `notice` a jsonb expression.
 */
export function personNoticeInsertSql(o: {
  from: string;
  personId: string;
  notice: string;
  entityId?: string;
  link?: string;
}): string {
  return `${INSERT}
    select u.id, ${noticeColumns(o.notice, { entityId: o.entityId, link: o.link })}
      from ${o.from} join users u on u.person_id = ${o.personId}`;
}

export async function listMessages(
  sql: Sql,
  userId: number,
  q: { unread: boolean; limit: number; offset: number },
): Promise<{ items: MessageRow[]; total: number; unreadCount: number }> {
  const filter = q.unread ? 'and m.read_at is null' : '';
  const [items, counts] = await Promise.all([
    sql.query<MessageRow>(
      `select ${COLUMNS} from messages m where m.user_id = $1 ${filter} order by m.id desc limit $2 offset $3`,
      [userId, q.limit, q.offset],
    ),
    sql.query<{ all: number; unread: number }>(
      `select count(*) as "all", count(*) filter (where read_at is null) as unread
         from messages where user_id = $1`,
      [userId],
    ),
  ]);
  const { all, unread } = counts.rows[0];
  return { items: items.rows, total: q.unread ? unread : all, unreadCount: unread };
}

export async function countUnread(sql: Sql, userId: number): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(
    'select count(*) as n from messages where user_id = $1 and read_at is null',
    [userId],
    { prepare: true },
  );
  return rows[0].n;
}

/** Marks one of the user's messages read (the first read time is kept); undefined when it is not theirs. */
export async function markRead(sql: Sql, userId: number, id: number): Promise<MessageRow | undefined> {
  const { rows } = await sql.query<MessageRow>(
    `update messages m set read_at = coalesce(m.read_at, now())
      where m.id = $1 and m.user_id = $2
      returning ${COLUMNS}`,
    [id, userId],
  );
  return rows[0];
}

export async function markAllRead(sql: Sql, userId: number): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(
    `with u as (update messages set read_at = now() where user_id = $1 and read_at is null returning 1)
     select count(*) as n from u`,
    [userId],
  );
  return rows[0].n;
}

export interface PendingMessage extends MessageRow {
  userId: number;
}

/** Undelivered messages, oldest first, locked for this transaction (other senders skip them). */
export async function lockUndelivered(sql: Sql, limit: number): Promise<PendingMessage[]> {
  const { rows } = await sql.query<PendingMessage>(
    `select ${COLUMNS}, m.user_id as "userId" from messages m
      where m.delivered_at is null order by m.id limit $1 for update skip locked`,
    [limit],
  );
  return rows;
}

export async function markDelivered(sql: Sql, ids: number[]): Promise<void> {
  if (!ids.length) return;
  await sql.query('update messages set delivered_at = now() where id = any($1::bigint[])', [ids]);
}

/** Messages not yet handed to a sender (for /metrics). */
export async function countUndelivered(sql: Sql): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(
    'select count(*) as n from messages where delivered_at is null',
  );
  return rows[0].n;
}

/** The user accounts holding the office of each of the unions: their managers and staff, union by union. */
export async function unionsStaff(sql: Sql, orgIds: number[]): Promise<{ orgId: number; userId: number }[]> {
  const { rows } = await sql.query<{ orgId: number; userId: number }>(
    `select distinct org_id as "orgId", user_id as "userId" from role_assignments
      where org_id = any($1::bigint[]) and role in ('manager', 'staff') order by 1, 2`,
    [orgIds],
  );
  return rows;
}
