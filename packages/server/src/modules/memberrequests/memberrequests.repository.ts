import { type Subtree, subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { insertRow } from '../../db/insert.ts';
import { conditions, selectFrom } from '../../db/select.ts';
import { type Capped, COUNT_ALL, capped } from '../../shared/capped.ts';
import { readPage } from '../../shared/paged.ts';

export type RequestKind = 'correction' | 'transfer';
export type RequestStatus = 'pending' | 'accepted' | 'declined';

export interface MemberRequestRow {
  id: number;
  personId: number;
  personName: string;
  kind: RequestKind;
  status: RequestStatus;
  fromOrgId: number;
  fromOrgName: string;
  fromOrgPath: string;
  toOrgId: number | null;
  toOrgName: string | null;
  toOrgPath: string | null;
  oldName: string;
  oldPhone: string | null;
  oldEmployer: string | null;
  newName: string | null;
  newPhone: string | null;
  newEmployer: string | null;
  note: string | null;
  filedOn: string;
  releasedOn: string | null;
  admittedOn: string | null;
  decidedOn: string | null;
  declinedSide: 'from' | 'to' | null;
  reason: string | null;
  createdAt: string;
}

const COLUMNS = `r.id, r.person_id as "personId", r.old_name as "personName", r.kind, r.status,
  r.from_org_id as "fromOrgId", f.name as "fromOrgName", f.path as "fromOrgPath",
  r.to_org_id as "toOrgId", t.name as "toOrgName", t.path as "toOrgPath",
  r.old_name as "oldName", r.old_phone as "oldPhone", r.old_employer as "oldEmployer",
  r.new_name as "newName", r.new_phone as "newPhone", r.new_employer as "newEmployer", r.note,
  to_char(r.filed_on, 'YYYY-MM-DD') as "filedOn", to_char(r.released_on, 'YYYY-MM-DD') as "releasedOn",
  to_char(r.admitted_on, 'YYYY-MM-DD') as "admittedOn", to_char(r.decided_on, 'YYYY-MM-DD') as "decidedOn",
  r.declined_side as "declinedSide", r.reason, r.created_at as "createdAt"`;
const FROM = 'member_requests r join orgs f on f.id = r.from_org_id left join orgs t on t.id = r.to_org_id';

export type NewRequest = Pick<
  MemberRequestRow,
  | 'personId'
  | 'kind'
  | 'fromOrgId'
  | 'toOrgId'
  | 'oldName'
  | 'oldPhone'
  | 'oldEmployer'
  | 'newName'
  | 'newPhone'
  | 'newEmployer'
  | 'note'
  | 'filedOn'
>;

/** Files a request; a second open one of the same kind for the person breaks the unique index (23505). */
export async function insertRequest(sql: Sql, r: NewRequest): Promise<number> {
  return insertRow(
    sql,
    'member_requests',
    'person_id, kind, from_org_id, to_org_id, old_name, old_phone, old_employer, new_name, new_phone, new_employer, note, filed_on',
    r,
  );
}

const requestRows = selectFrom<MemberRequestRow>(`${COLUMNS} from ${FROM}`);

export const findRequest = (sql: Sql, id: number) => requestRows.one(sql, 'r.id = $1', [id]);

/** The request, locked for a decision. */
export const lockRequest = (sql: Sql, id: number) => requestRows.one(sql, 'r.id = $1 for update of r', [id]);

/** The most of a worker's own requests their page lists; it says how many there are in all. */
export const MY_REQUESTS_CAP = 100;

/** The person's requests, newest first: the first `cap`, and how many there are in all. */
export async function listPersonRequests(
  sql: Sql,
  personId: number,
  cap: number = MY_REQUESTS_CAP,
): Promise<Capped<MemberRequestRow>> {
  const { rows } = await sql.query<MemberRequestRow & { countAll: number }>(
    `select ${COLUMNS}, ${COUNT_ALL} from ${FROM} where r.person_id = $1 order by r.id desc limit ${Number(cap)}`,
    [personId],
  );
  return capped(rows);
}

export interface RequestFilter {
  kind?: RequestKind;
  status?: RequestStatus;
}

/** Requests whose union left or joined lies in the subtree. */
export async function listRequestsPage(
  sql: Sql,
  subtree: Subtree,
  filter: RequestFilter,
  page: { page: number; pageSize: number },
): Promise<{ items: MemberRequestRow[]; total: number }> {
  const params: unknown[] = [];
  const from = subtreeCondition(subtree, 'f.path', params);
  const to = subtreeCondition(subtree, 't.path', params);
  const { where, add } = conditions(params, `(${from} or (t.id is not null and ${to}))`);
  if (filter.kind) add('r.kind = ?', filter.kind);
  if (filter.status) add('r.status = ?', filter.status);
  const orderBy = `(r.status = 'pending') desc, r.id desc`;
  return readPage<MemberRequestRow>(sql, { columns: COLUMNS, from: FROM, where, params, orderBy }, page);
}

export async function setReleased(sql: Sql, id: number, day: string, userId: number | null) {
  await sql.query('update member_requests set released_on = $2, released_by = $3 where id = $1', [
    id,
    day,
    userId,
  ]);
}

export async function setAdmitted(sql: Sql, id: number, day: string, userId: number | null) {
  await sql.query('update member_requests set admitted_on = $2, admitted_by = $3 where id = $1', [
    id,
    day,
    userId,
  ]);
}

export async function setDecided(
  sql: Sql,
  id: number,
  d: {
    status: 'accepted' | 'declined';
    day: string;
    userId: number | null;
    reason?: string | null;
    side?: 'from' | 'to' | null;
  },
) {
  await sql.query(
    `update member_requests set status = $2, decided_on = $3, decided_by = $4, reason = $5, declined_side = $6
      where id = $1`,
    [id, d.status, d.day, d.userId, d.reason ?? null, d.side ?? null],
  );
}

/** An active grassroots union (or branch) a member may move to, by id. */
export async function findActiveUnion(
  sql: Sql,
  id: number,
): Promise<{ id: number; name: string; path: string } | undefined> {
  const { rows } = await sql.query<{ id: number; name: string; path: string }>(
    `select id, name, path from orgs where id = $1 and status = 'active' and level in (4, 5)`,
    [id],
  );
  return rows[0];
}
