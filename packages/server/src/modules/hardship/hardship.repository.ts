import { type Subtree, subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { insertRow } from '../../db/insert.ts';
import { conditions } from '../../db/select.ts';
import { escapeLike } from '../../shared/like.ts';
import type { FileStatus } from './hardship.types.ts';
import type { Cause, FileLevel, Relation } from './hardship.vocabulary.ts';

export interface FileRow {
  id: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  personId: number;
  personName: string;
  level: FileLevel;
  causes: Cause[];
  status: FileStatus;
  /** The day of its 'create' event (the day the file was opened). */
  openedOn: string | null;
  address: string | null;
  note: string | null;
  verifiedOn: string | null;
  verifierName: string | null;
  reviewedOn: string | null;
  expiresOn: string | null;
  spanFrom: string | null;
  closedOn: string | null;
  closeReason: string | null;
  /** Household members and the household's yearly income (fen). */
  household: number;
  incomeFen: number;
}

export interface MemberRow {
  id: number;
  name: string;
  relation: Relation;
  idMasked: string | null;
  yearlyIncomeFen: number;
  occupation: string | null;
  health: string | null;
}

const d = (c: string) => `to_char(${c}, 'YYYY-MM-DD')`;
/** The status as shown on `$1` (a date): verified past expiry is expired. */
const STATUS = `case when f.status = 'verified' and f.expires_on < $1::date then 'expired' else f.status end`;
const COLUMNS = `f.id, f.org_id as "orgId", o.name as "orgName", o.path as "orgPath", f.person_id as "personId",
  p.name as "personName", f.level, f.causes, ${STATUS} as status,
  (select ${d('min(e.on_date)')} from hardship_events e where e.file_id = f.id and e.kind = 'create') as "openedOn",
  f.address, f.note,
  ${d('f.verified_on')} as "verifiedOn", f.verifier_name as "verifierName", ${d('f.reviewed_on')} as "reviewedOn",
  ${d('f.expires_on')} as "expiresOn", ${d('f.span_from')} as "spanFrom", ${d('f.closed_on')} as "closedOn",
  f.close_reason as "closeReason",
  (select count(*)::int from hardship_members m where m.file_id = f.id) as household,
  (select coalesce(sum(m.yearly_income_fen), 0)::float8 from hardship_members m where m.file_id = f.id)
    as "incomeFen"`;
const FROM = 'hardship_files f join orgs o on o.id = f.org_id join persons p on p.id = f.person_id';

export async function findFile(sql: Sql, id: number, today: string, lock = false) {
  const { rows } = await sql.query<FileRow>(
    `select ${COLUMNS} from ${FROM} where f.id = $2${lock ? ' for update of f' : ''}`,
    [today, id],
  );
  return rows[0];
}

export async function findOpenFileOf(sql: Sql, personId: number): Promise<number | undefined> {
  const { rows } = await sql.query<{ id: number }>(
    `select id from hardship_files where person_id = $1 and status <> 'closed'`,
    [personId],
  );
  return rows[0]?.id;
}

export interface FileQuery {
  scope: Subtree;
  today: string;
  status?: FileStatus;
  level?: FileLevel;
  cause?: Cause;
  q?: string;
  page: number;
  pageSize: number;
}

export async function listFiles(sql: Sql, q: FileQuery) {
  const params: unknown[] = [q.today];
  const { where, add } = conditions(params, subtreeCondition(q.scope, 'o.path', params));
  if (q.status) add(`${STATUS} = ?`, q.status);
  if (q.level) add('f.level = ?', q.level);
  if (q.cause) add('? = any(f.causes)', q.cause);
  if (q.q) add('p.name like ?', `%${escapeLike(q.q)}%`);
  const filter = where.join(' and ');
  const total = await sql.query<{ n: number }>(
    // $1 (today) types the status filter; named here too so it is typed when no status filter uses it.
    `select count(*)::int as n from ${FROM} where $1::date is not null and ${filter}`,
    params,
  );
  params.push(q.pageSize, (q.page - 1) * q.pageSize);
  const { rows } = await sql.query<FileRow>(
    `select ${COLUMNS} from ${FROM} where ${filter}
      order by f.expires_on nulls first, f.id desc limit $${params.length - 1} offset $${params.length}`,
    params,
  );
  return { items: rows.map(present), total: total.rows[0].n, page: q.page, pageSize: q.pageSize };
}

/** The row as the API shows it (the union path stays inside). */
export function present(f: FileRow) {
  const { orgPath: _path, spanFrom: _span, ...rest } = f;
  return { ...rest, incomeFen: Number(f.incomeFen) };
}

export async function listMembers(sql: Sql, fileId: number) {
  const { rows } = await sql.query<MemberRow>(
    `select id, name, relation, id_masked as "idMasked", yearly_income_fen::float8 as "yearlyIncomeFen",
            occupation, health
       from hardship_members where file_id = $1 order by id`,
    [fileId],
  );
  return rows.map((m) => ({ ...m, yearlyIncomeFen: Number(m.yearlyIncomeFen) }));
}

export async function findMemberCipher(sql: Sql, fileId: number, memberId: number) {
  const { rows } = await sql.query<{ cipher: string | null }>(
    'select id_cipher as cipher from hardship_members where file_id = $1 and id = $2',
    [fileId, memberId],
  );
  return rows[0];
}

/** The ID numbers on file of a household, by member id (an edit keeps those sent back masked). */
export async function listMemberIds(sql: Sql, fileId: number) {
  const { rows } = await sql.query<{ id: number; cipher: string | null; masked: string | null }>(
    'select id, id_cipher as cipher, id_masked as masked from hardship_members where file_id = $1',
    [fileId],
  );
  return new Map(rows.map((r) => [Number(r.id), { cipher: r.cipher, masked: r.masked }]));
}

export async function insertFile(
  sql: Sql,
  f: {
    orgId: number;
    personId: number;
    level: FileLevel;
    causes: string[];
    address: string | null;
    note: string | null;
    createdBy: number | null;
  },
): Promise<number> {
  return insertRow(sql, 'hardship_files', 'org_id, person_id, level, causes, address, note, created_by', f);
}

/** Verifies a file on `verifiedOn`: its span starts that day and runs to `expiresOn`. */
export async function verifyFileRow(
  sql: Sql,
  id: number,
  v: { verifiedOn: string; verifiedBy: number | null; verifierName: string; expiresOn: string },
): Promise<void> {
  await sql.query(
    `update hardship_files set status = 'verified', verified_on = $2, verified_by = $3, verifier_name = $4,
       expires_on = $5, span_from = $2, updated_at = now() where id = $1`,
    [id, v.verifiedOn, v.verifiedBy, v.verifierName, v.expiresOn],
  );
}

/** Reviews a file on `reviewedOn` (level, causes, a new expiry; a null note keeps the old one). */
export async function reviewFileRow(
  sql: Sql,
  id: number,
  r: { level: FileLevel; causes: string[]; reviewedOn: string; expiresOn: string; note: string | null },
): Promise<void> {
  await sql.query(
    `update hardship_files set level = $2, causes = $3, reviewed_on = $4, expires_on = $5, span_from = $4,
       note = coalesce($6, note), updated_at = now() where id = $1`,
    [id, r.level, r.causes, r.reviewedOn, r.expiresOn, r.note],
  );
}

export async function closeFileRow(sql: Sql, id: number, closedOn: string, reason: string): Promise<void> {
  await sql.query(
    `update hardship_files set status = 'closed', closed_on = $2, close_reason = $3, updated_at = now()
      where id = $1`,
    [id, closedOn, reason],
  );
}

/** The first day of the person's recorded hardship (people's `persons.hardship_from`), if any. */
export async function findPersonHardshipFrom(sql: Sql, personId: number): Promise<string | null> {
  const { rows } = await sql.query<{ from: string | null }>(
    `select to_char(hardship_from, 'YYYY-MM-DD') as from from persons where id = $1`,
    [personId],
  );
  return rows[0]?.from ?? null;
}

/** Corrects a file's address, causes and note (an edit; ADR 60). */
export async function updateFileFacts(
  sql: Sql,
  id: number,
  facts: { address: string | null; causes: string[]; note: string | null },
) {
  await sql.query(
    'update hardship_files set address = $2, causes = $3, note = $4, updated_at = now() where id = $1',
    [id, facts.address, facts.causes, facts.note],
  );
}

export interface MemberInsert {
  name: string;
  relation: Relation;
  idCipher: string | null;
  idMasked: string | null;
  yearlyIncomeFen: number;
  occupation: string | null;
  health: string | null;
}

export async function replaceMembers(sql: Sql, fileId: number, orgId: number, members: MemberInsert[]) {
  await sql.query('delete from hardship_members where file_id = $1', [fileId]);
  await insertMembers(
    sql,
    members.map((m) => ({ ...m, fileId, orgId })),
  );
}

/** Household members of one or many files, in one statement. */
export async function insertMembers(sql: Sql, members: (MemberInsert & { fileId: number; orgId: number })[]) {
  if (!members.length) return;
  const col = <K extends keyof (typeof members)[number]>(k: K) => members.map((m) => m[k]);
  await sql.query(
    `insert into hardship_members (file_id, org_id, name, relation, id_cipher, id_masked, yearly_income_fen,
       occupation, health)
     select * from unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[],
       $8::text[], $9::text[])`,
    [
      col('fileId'),
      col('orgId'),
      col('name'),
      col('relation'),
      col('idCipher'),
      col('idMasked'),
      col('yearlyIncomeFen'),
      col('occupation'),
      col('health'),
    ],
  );
}

/** Which of these workers hold an open (not closed) file: person id → file id. */
export async function findOpenFilesOf(sql: Sql, personIds: number[]): Promise<Map<number, number>> {
  if (!personIds.length) return new Map();
  const { rows } = await sql.query<{ personId: number; id: number }>(
    `select person_id as "personId", id from hardship_files where person_id = any($1::bigint[]) and status <> 'closed'`,
    [personIds],
  );
  return new Map(rows.map((r) => [Number(r.personId), Number(r.id)]));
}

/** The day (China time) each kind of step of these files was last entered: file id → kind → 'YYYY-MM-DD'. */
export async function listEntryDays(sql: Sql, fileIds: number[]): Promise<Map<number, Map<string, string>>> {
  const out = new Map<number, Map<string, string>>();
  if (!fileIds.length) return out;
  const { rows } = await sql.query<{ fileId: number; kind: string; day: string }>(
    `select file_id as "fileId", kind, to_char(max(created_at) at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day
       from hardship_events where file_id = any($1::bigint[]) group by 1, 2`,
    [fileIds],
  );
  for (const r of rows) {
    const m = out.get(Number(r.fileId)) ?? new Map<string, string>();
    m.set(r.kind, r.day);
    out.set(Number(r.fileId), m);
  }
  return out;
}

/** The hardship files of these workers (latest first), for registers that show them (model workers). */
export async function hardshipFilesOfPersons(
  sql: Sql,
  personIds: number[],
): Promise<
  { id: number; personId: number; level: FileLevel; status: FileStatus; expiresOn: string | null }[]
> {
  if (!personIds.length) return [];
  const { rows } = await sql.query<{
    id: number;
    personId: number;
    level: FileLevel;
    status: FileStatus;
    expiresOn: string | null;
  }>(
    `select id, person_id as "personId", level, status, to_char(expires_on, 'YYYY-MM-DD') as "expiresOn"
       from hardship_files where person_id = any($1::bigint[]) order by id desc`,
    [personIds],
  );
  return rows.map((r) => ({ ...r, id: Number(r.id), personId: Number(r.personId) }));
}
