import { type Subtree, subtreeCondition } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { selectFrom } from '../../db/select.ts';
import { escapeLike } from '../../shared/like.ts';
import { readPage } from '../../shared/paged.ts';
import { numberArray, textArray } from '../../shared/pg-array.ts';
import type { Clause } from './agreements.types.ts';
import type { AgreementKind, AgreementLevel } from './agreements.vocabulary.ts';

/** Booleans as one array literal for `$n::bool[]` (see shared/pg-array.ts). */
const boolArray = (values: readonly boolean[]) => `{${values.join(',')}}`;

export interface AgreementRow {
  id: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  kind: AgreementKind;
  level: AgreementLevel;
  title: string;
  employer: string;
  signedOn: string;
  effectiveOn: string;
  expiresOn: string;
  /** Ended before its expiry (终止): its last day in force, the reason and when that was recorded. */
  endedOn: string | null;
  endReason: string | null;
  endedEnteredAt: string | null;
  clauses: Clause[];
  note: string | null;
  /** What its measures cost (fen) and how many people they reached, as recorded; null when not recorded. */
  costFen: number | null;
  reach: number | null;
  enterprises: number;
  workers: number;
  womenWorkers: number;
  textName: string | null;
  createdAt: string;
}

const COLUMNS = `a.id, a.org_id as "orgId", o.name as "orgName", o.path as "orgPath", a.kind, a.level, a.title,
  a.employer, a.signed_on as "signedOn", a.effective_on as "effectiveOn", a.expires_on as "expiresOn", a.clauses,
  a.note, a.cost_fen as "costFen", a.reach, a.created_at as "createdAt", a.ended_on as "endedOn",
  a.end_reason as "endReason", a.ended_entered_at as "endedEnteredAt",
  (select count(*)::int from agreement_coverage c where c.agreement_id = a.id) as enterprises,
  (select coalesce(sum(c.workers), 0)::int from agreement_coverage c where c.agreement_id = a.id) as workers,
  (select coalesce(sum(c.women_workers), 0)::int from agreement_coverage c where c.agreement_id = a.id)
    as "womenWorkers",
  (select t.file_name from agreement_texts t where t.agreement_id = a.id) as "textName"`;

export interface NewAgreement {
  orgId: number;
  kind: AgreementKind;
  level: AgreementLevel;
  title: string;
  employer: string;
  signedOn: string;
  effectiveOn: string;
  expiresOn: string;
  clauses: Clause[];
  note: string | null;
  costFen: number | null;
  reach: number | null;
  createdBy: number | null;
}

/** An agreement on record as a register's rows compare with it: its own fields and the enterprises it covers. */
export interface HeldAgreement {
  orgId: number;
  kind: AgreementKind;
  title: string;
  signedOn: string;
  level: AgreementLevel;
  employer: string;
  effectiveOn: string;
  expiresOn: string;
  note: string | null;
  costFen: number | null;
  reach: number | null;
  /** By credit code: the workers and women workers listed. */
  coverage: Map<string, { workers: number; women: number }>;
}

/**
 * The agreements these unions have signed, with the enterprises each covers: one agreement by its union, kind, title
 * and signing day.
 */
export async function findAgreementsHeld(sql: Sql, orgIds: number[]): Promise<HeldAgreement[]> {
  if (!orgIds.length) return [];
  const { rows } = await sql.query<Omit<HeldAgreement, 'coverage'> & { id: number }>(
    `select id, org_id as "orgId", kind, title, signed_on::text as "signedOn", level, employer,
            effective_on::text as "effectiveOn", expires_on::text as "expiresOn", note, cost_fen as "costFen", reach
       from agreements where org_id = any($1::bigint[])`,
    [numberArray(orgIds)],
  );
  const byId = new Map<number, HeldAgreement>();
  for (const { id, ...a } of rows)
    byId.set(Number(id), {
      ...a,
      orgId: Number(a.orgId),
      costFen: a.costFen === null ? null : Number(a.costFen),
      coverage: new Map(),
    });
  if (!byId.size) return [];
  const { rows: covered } = await sql.query<{ id: number; uscc: string; workers: number; women: number }>(
    `select agreement_id as id, uscc, workers, women_workers as women
       from agreement_coverage where agreement_id = any($1::bigint[])`,
    [numberArray([...byId.keys()])],
  );
  for (const c of covered)
    byId.get(Number(c.id))?.coverage.set(c.uscc, { workers: c.workers, women: c.women });
  return [...byId.values()];
}

const agreementRows = selectFrom<AgreementRow>(`${COLUMNS} from agreements a join orgs o on o.id = a.org_id`);

export const findAgreement = (sql: Sql, id: number, lock = false) =>
  agreementRows.one(sql, `a.id = $1${lock ? ' for update of a' : ''}`, [id]);

export type AgreementStatus = 'in_force' | 'expiring' | 'expired' | 'ended' | 'pending';

/** An agreement's last day in force: its expiry, or the day it ended before it (终止). */
export const LAST_DAY = 'coalesce(a.ended_on, a.expires_on)';

export interface AgreementFilter {
  scope: Subtree;
  kind?: AgreementKind;
  level?: AgreementLevel;
  status?: AgreementStatus;
  year?: number;
  q?: string;
  /** The day statuses are judged on. */
  on: string;
  /** Renewal: agreements expiring within this many days of `on`. */
  renewalDays: number;
  page: number;
  pageSize: number;
}

/** Agreements of unions in the subtree; the renewal list (`expiring`) soonest expiry first, others newest first. */
export async function listAgreements(sql: Sql, f: AgreementFilter) {
  const params: unknown[] = [];
  const where = [subtreeCondition(f.scope, 'o.path', params)];
  const add = (clause: string, ...values: unknown[]) => {
    let text = clause;
    for (const v of values) {
      params.push(v);
      text = text.replace('?', `$${params.length}`);
    }
    where.push(text);
  };
  if (f.kind) add('a.kind = ?', f.kind);
  if (f.level) add('a.level = ?', f.level);
  if (f.year) add('extract(year from a.signed_on) = ?', f.year);
  if (f.q) add(`(a.title like ? or a.employer like ?)`, `%${escapeLike(f.q)}%`, `%${escapeLike(f.q)}%`);
  if (f.status === 'in_force') add(`a.effective_on <= ?::date and ${LAST_DAY} >= ?::date`, f.on, f.on);
  if (f.status === 'pending') add('a.effective_on > ?::date', f.on);
  if (f.status === 'expired') add('a.ended_on is null and a.expires_on < ?::date', f.on);
  if (f.status === 'ended') add('a.ended_on < ?::date', f.on);
  if (f.status === 'expiring') {
    add(
      'a.ended_on is null and a.effective_on <= ?::date and a.expires_on >= ?::date and a.expires_on <= ?::date + ?::int',
      f.on,
      f.on,
      f.on,
      f.renewalDays,
    );
  }
  const order = f.status === 'expiring' ? 'a.expires_on, a.id' : 'a.signed_on desc, a.id desc';
  const { items, total } = await readPage<AgreementRow>(
    sql,
    { columns: COLUMNS, from: 'agreements a join orgs o on o.id = a.org_id', where, params, orderBy: order },
    f,
  );
  return { items, total, page: f.page, pageSize: f.pageSize };
}

/** Corrects an agreement's terms, dates and measures (an edit; ADR 60). */
export async function updateAgreementTerms(
  sql: Sql,
  id: number,
  t: Pick<
    AgreementRow,
    'title' | 'employer' | 'signedOn' | 'effectiveOn' | 'expiresOn' | 'clauses' | 'note' | 'costFen' | 'reach'
  >,
): Promise<void> {
  await sql.query(
    `update agreements set title = $2, employer = $3, signed_on = $4, effective_on = $5, expires_on = $6,
       clauses = $7, note = $8, cost_fen = $9, reach = $10 where id = $1`,
    [id, t.title, t.employer, t.signedOn, t.effectiveOn, t.expiresOn, t.clauses, t.note, t.costFen, t.reach],
  );
}

/** Takes enterprises off an agreement's coverage (an edit before it is in force). */
export async function deleteCoverage(sql: Sql, agreementId: number, usccs: string[]): Promise<void> {
  if (!usccs.length) return;
  await sql.query('delete from agreement_coverage where agreement_id = $1 and uscc = any($2::text[])', [
    agreementId,
    usccs,
  ]);
}

/** Where enterprises on file are counted, locked for a recount. */
export async function findEnterprises(sql: Sql, usccs: string[]): Promise<Map<string, EnterpriseRow>> {
  if (!usccs.length) return new Map();
  const { rows } = await sql.query<EnterpriseRow>(
    `select uscc, name, org_id as "orgId", has_union as "hasUnion", has_women as "hasWomen"
       from agreement_enterprises where uscc = any($1::text[]) order by uscc for update`,
    [textArray(usccs)],
  );
  return new Map(rows.map((r) => [r.uscc, r]));
}

export interface CoverageRow {
  uscc: string;
  name: string;
  workers: number;
  womenWorkers: number;
  hasUnion: boolean;
}

export async function listCoverage(sql: Sql, agreementId: number): Promise<CoverageRow[]> {
  const { rows } = await sql.query<CoverageRow>(
    `select c.uscc, e.name, c.workers, c.women_workers as "womenWorkers", e.has_union as "hasUnion"
       from agreement_coverage c join agreement_enterprises e on e.uscc = c.uscc
      where c.agreement_id = $1 order by e.name, c.uscc`,
    [agreementId],
  );
  return rows;
}

export interface EnterpriseRow {
  uscc: string;
  name: string;
  orgId: number;
  hasUnion: boolean;
  hasWomen: boolean;
}

/**
 * Adds the enterprises not yet known (an enterprise keeps where it counts from its first listing), then locks
 * every one of them, so two changes of coverage of one enterprise take turns.
 */
export async function lockEnterprises(sql: Sql, rows: EnterpriseRow[]): Promise<Map<string, EnterpriseRow>> {
  if (!rows.length) return new Map();
  const col = <K extends keyof EnterpriseRow>(k: K) => rows.map((r) => r[k]);
  await sql.query(
    `insert into agreement_enterprises (uscc, name, org_id, has_union, has_women, federation_id)
     select u.*, split_part(o.path, '/', 2)::bigint
       from unnest($1::text[], $2::text[], $3::bigint[], $4::bool[], $5::bool[]) as u(uscc, name, org_id, has_union, has_women)
       left join orgs o on o.id = u.org_id
     on conflict (uscc) do nothing`,
    [
      textArray(col('uscc')),
      textArray(col('name')),
      numberArray(col('orgId')),
      boolArray(col('hasUnion')),
      boolArray(col('hasWomen')),
    ],
  );
  return findEnterprises(sql, col('uscc'));
}

/** Locks the enterprises of these credit codes that agreements already cover (none is added). */
export const lockListedEnterprises = findEnterprises;

/** Where enterprises are counted now (their union found, women workers listed): the locked rows rewritten. */
export async function updateEnterprises(sql: Sql, rows: EnterpriseRow[]): Promise<void> {
  if (!rows.length) return;
  await sql.query(
    `update agreement_enterprises e set org_id = u.org_id, has_union = u.has_union, has_women = u.has_women
       from unnest($1::text[], $2::bigint[], $3::bool[], $4::bool[]) as u(uscc, org_id, has_union, has_women)
      where e.uscc = u.uscc`,
    [
      textArray(rows.map((r) => r.uscc)),
      numberArray(rows.map((r) => r.orgId)),
      boolArray(rows.map((r) => r.hasUnion)),
      boolArray(rows.map((r) => r.hasWomen)),
    ],
  );
}

/** Adds coverage rows to agreements, or updates the counts of an enterprise an agreement already covers. */
export async function upsertCoverage(
  sql: Sql,
  rows: { agreementId: number; uscc: string; workers: number; womenWorkers: number }[],
): Promise<void> {
  if (!rows.length) return;
  await sql.query(
    `insert into agreement_coverage (agreement_id, uscc, workers, women_workers, federation_id)
     select u.*, a.federation_id
       from unnest($1::bigint[], $2::text[], $3::int[], $4::int[]) as u(agreement_id, uscc, workers, women_workers)
       left join agreements a on a.id = u.agreement_id
     on conflict (agreement_id, uscc) do update set workers = excluded.workers, women_workers = excluded.women_workers`,
    [
      numberArray(rows.map((r) => r.agreementId)),
      textArray(rows.map((r) => r.uscc)),
      numberArray(rows.map((r) => r.workers)),
      numberArray(rows.map((r) => r.womenWorkers)),
    ],
  );
}

export async function saveText(
  sql: Sql,
  agreementId: number,
  file: { name: string; mime: string; data: Buffer },
): Promise<void> {
  await sql.query(
    `insert into agreement_texts (agreement_id, file_name, mime, data) values ($1, $2, $3, $4)
     on conflict (agreement_id) do update
       set file_name = excluded.file_name, mime = excluded.mime, data = excluded.data, uploaded_at = now()`,
    [agreementId, file.name, file.mime, file.data],
  );
}

export async function findText(sql: Sql, agreementId: number) {
  const { rows } = await sql.query<{ name: string; mime: string; data: Buffer | Uint8Array }>(
    'select file_name as name, mime, data from agreement_texts where agreement_id = $1',
    [agreementId],
  );
  return rows[0];
}

/** Records that an agreement ended on `endedOn` (its last day in force), with the reason. */
export async function setAgreementEnded(
  sql: Sql,
  id: number,
  end: { endedOn: string; reason: string },
): Promise<void> {
  await sql.query(
    `update agreements set ended_on = $2, end_reason = $3, ended_entered_at = now() where id = $1`,
    [id, end.endedOn, end.reason],
  );
}

/** Locks an agreement for a change of its term. */
export async function lockAgreement(sql: Sql, id: number): Promise<void> {
  await sql.query('select 1 from agreements where id = $1 for update', [id]);
}

/** The credit codes of the enterprises an agreement covers. */
export async function listCoveredUsccs(sql: Sql, agreementId: number): Promise<string[]> {
  const { rows } = await sql.query<{ uscc: string }>(
    'select uscc from agreement_coverage where agreement_id = $1 order by uscc',
    [agreementId],
  );
  return rows.map((r) => r.uscc);
}
