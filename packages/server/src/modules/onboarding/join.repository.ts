import { type Subtree, subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { insertRow } from '../../db/insert.ts';
import { conditions } from '../../db/select.ts';
import { escapeLike } from '../../shared/like.ts';
import { readPage } from '../../shared/paged.ts';

export type JoinStatus = 'pending' | 'accepted' | 'declined';

export interface JoinRequestRow {
  id: number;
  orgId: number;
  orgName: string;
  name: string;
  idMasked: string;
  phone: string;
  employer: string | null;
  note: string | null;
  status: JoinStatus;
  reason: string | null;
  personId: number | null;
  createdAt: string;
  decidedAt: string | null;
}

export const JOIN_COLUMNS = `j.id, j.org_id as "orgId", o.name as "orgName", j.name, j.id_masked as "idMasked",
  j.phone, j.employer, j.note, j.status, j.reason, j.person_id as "personId", j.created_at as "createdAt",
  j.decided_at as "decidedAt"`;

const iso = (t: unknown) => (t == null ? null : new Date(t as string).toISOString());
export const toJoinRequest = (r: JoinRequestRow): JoinRequestRow => ({
  ...r,
  createdAt: iso(r.createdAt) as string,
  decidedAt: iso(r.decidedAt),
});

export async function findJoinRequest(sql: Sql, id: number): Promise<JoinRequestRow | undefined> {
  const { rows } = await sql.query<JoinRequestRow>(
    `select ${JOIN_COLUMNS} from join_requests j join orgs o on o.id = j.org_id where j.id = $1`,
    [id],
  );
  return rows[0] && toJoinRequest(rows[0]);
}

/** The request locked for a decision, with what the decision needs. */
export async function lockJoinRequest(sql: Sql, id: number) {
  const { rows } = await sql.query<{
    id: number;
    orgId: number;
    orgPath: string;
    orgName: string;
    orgStatus: string;
    name: string;
    idCipher: string;
    phone: string;
    employer: string | null;
    status: JoinStatus;
    createdAt: string;
  }>(
    `select j.id, j.org_id as "orgId", o.path as "orgPath", o.name as "orgName", o.status as "orgStatus",
            j.name, j.id_cipher as "idCipher", j.phone, j.employer, j.status, j.created_at as "createdAt"
       from join_requests j join orgs o on o.id = j.org_id where j.id = $1 for update of j`,
    [id],
  );
  return rows[0];
}

export interface UnionHit {
  id: number;
  name: string;
  chain: string[];
}

/** Active grassroots unions and branches whose name contains `q`, or whose credit code is `q`. */
export async function searchUnions(sql: Sql, q: string, limit = 20): Promise<UnionHit[]> {
  const like = `%${escapeLike(q)}%`;
  const { rows } = await sql.query<{ id: number; name: string; path: string }>(
    `select id, name, path from orgs
      where status = 'active' and level in (4, 5) and (name like $1 or uscc = $2)
      order by (uscc = $2) desc nulls last, level, length(name), id limit $3`,
    [like, q.toUpperCase(), limit],
  );
  const ancestorIds = [
    ...new Set(rows.flatMap((r) => r.path.split('/').filter(Boolean).map(Number).slice(0, -1))),
  ];
  const names = await sql.query<{ id: number; name: string }>(
    'select id, name from orgs where id = any($1::bigint[])',
    [ancestorIds],
  );
  const nameOf = new Map(names.rows.map((r) => [r.id, r.name]));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    chain: r.path
      .split('/')
      .filter(Boolean)
      .map(Number)
      .slice(0, -1)
      .map((id) => nameOf.get(id) ?? ''),
  }));
}

/** The name of an active grassroots union or branch (one a worker may join), or undefined. */
export async function findJoinableUnionName(sql: Sql, orgId: number): Promise<string | undefined> {
  const { rows } = await sql.query<{ name: string }>(
    `select name from orgs where id = $1 and status = 'active' and level in (4, 5)`,
    [orgId],
  );
  return rows[0]?.name;
}

export interface NewJoinRequest {
  orgId: number;
  name: string;
  idHash: string;
  idCipher: string;
  idMasked: string;
  phone: string;
  employer: string | null;
  note: string | null;
  /** The moment it came in (the service's clock, ADR 71). */
  at: Date;
}

/** Inserts a pending request; its id. */
export async function insertJoinRequest(sql: Sql, r: NewJoinRequest): Promise<number> {
  return insertRow(
    sql,
    'join_requests',
    'org_id, name, id_hash, id_cipher, id_masked, phone, employer, note, created_at',
    { ...r, createdAt: r.at },
  );
}

/** One page of the requests in the actor's subtree (and a union's subtree in it), newest first, with the count. */
export async function listJoinRequestRows(
  sql: Sql,
  f: { scope: Subtree; union?: { path: string }; status?: JoinStatus; page: number; pageSize: number },
): Promise<{ items: JoinRequestRow[]; total: number }> {
  const params: unknown[] = [];
  const { where, add } = conditions(params, subtreeCondition(f.scope, 'o.path', params));
  if (f.union) where.push(subtreeCondition(f.union, 'o.path', params));
  if (f.status) add('j.status = ?', f.status);
  const from = 'join_requests j join orgs o on o.id = j.org_id';
  const { items, total } = await readPage<JoinRequestRow>(
    sql,
    { columns: JOIN_COLUMNS, from, where, params, orderBy: 'j.id desc' },
    f,
  );
  return { items: items.map(toJoinRequest), total };
}

/** What a reviewer decided of a pending request: accepted (the member it made) or declined (why). */
export type JoinDecision = { status: 'accepted'; personId: number } | { status: 'declined'; reason: string };

/** Marks a pending request decided: its status, the member or the reason, who decided and when. */
export async function markJoinRequestDecided(
  sql: Sql,
  id: number,
  decision: JoinDecision,
  decidedBy: number | null,
  at: Date,
): Promise<void> {
  const accepted = decision.status === 'accepted';
  await sql.query(
    `update join_requests set status = $2, person_id = coalesce($3, person_id), reason = coalesce($4, reason),
            decided_by = $5, decided_at = $6
      where id = $1`,
    [
      id,
      decision.status,
      accepted ? decision.personId : null,
      accepted ? null : decision.reason,
      decidedBy,
      at,
    ],
  );
}
