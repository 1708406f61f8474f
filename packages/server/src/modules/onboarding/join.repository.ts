import type { Sql } from '../../db/db.ts';
import { escapeLike } from '../../shared/like.ts';

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
  }>(
    `select j.id, j.org_id as "orgId", o.path as "orgPath", o.name as "orgName", o.status as "orgStatus",
            j.name, j.id_cipher as "idCipher", j.phone, j.employer, j.status
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
