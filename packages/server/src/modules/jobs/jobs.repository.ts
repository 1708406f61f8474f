import type { Sql } from '../../db/db.ts';
import { insertRow } from '../../db/insert.ts';
import type { JobError, JobResult, JobStatus, JobView, RowError, RowReject } from './jobs.types.ts';

const JOB_COLUMNS = `id, kind, status, phase, total, done, result, error, user_id as "userId", org_id as "orgId",
  params, created_at as "createdAt", finished_at as "finishedAt"`;

export interface JobRow extends JobView {
  userId: number | null;
  orgId: number | null;
  params: Record<string, unknown>;
}

export async function insertJob(
  sql: Sql,
  job: { kind: string; userId: number | null; orgId: number | null; params: Record<string, unknown> },
): Promise<number> {
  return insertRow(sql, 'jobs', 'kind, user_id, org_id, params, phase', {
    ...job,
    params: JSON.stringify(job.params),
    phase: 'queued',
  });
}

const iso = (t: unknown) => (t == null ? null : new Date(t as string).toISOString());

export async function findJob(sql: Sql, id: number): Promise<JobRow | undefined> {
  const { rows } = await sql.query<JobRow>(`select ${JOB_COLUMNS} from jobs where id = $1`, [id]);
  const job = rows[0];
  return job && { ...job, createdAt: iso(job.createdAt) as string, finishedAt: iso(job.finishedAt) };
}

/** Records progress and proves the owner is alive. */
export async function updateJobProgress(
  sql: Sql,
  id: number,
  p: { phase: string; total: number; done: number },
): Promise<void> {
  await sql.query(
    `update jobs set phase = $2, total = $3, done = $4, heartbeat_at = now() where id = $1 and status = 'running'`,
    [id, p.phase, p.total, p.done],
  );
}

export async function mergeJobParams(sql: Sql, id: number, params: Record<string, unknown>): Promise<void> {
  await sql.query('update jobs set params = params || $2::jsonb where id = $1', [id, JSON.stringify(params)]);
}

export async function touchJob(sql: Sql, id: number): Promise<void> {
  await sql.query(`update jobs set heartbeat_at = now() where id = $1 and status = 'running'`, [id]);
}

export async function finishJob(
  sql: Sql,
  id: number,
  f: {
    status: Exclude<JobStatus, 'running'>;
    phase: string;
    total: number;
    done: number;
    result: JobResult | null;
    error: JobError | null;
  },
): Promise<void> {
  await sql.query(
    `update jobs set status = $2, phase = $3, total = $4, done = $5, result = $6, error = $7,
       finished_at = now(), heartbeat_at = now()
     where id = $1 and status = 'running'`,
    [
      id,
      f.status,
      f.phase,
      f.total,
      f.done,
      f.result ? JSON.stringify(f.result) : null,
      f.error ? JSON.stringify(f.error) : null,
    ],
  );
}

/** Stores refused rows; call in chunks of a few thousand. One JSON parameter is the cheapest way in. */
export async function insertRowErrors(sql: Sql, jobId: number, rejects: RowReject[]): Promise<void> {
  if (!rejects.length) return;
  await sql.query(
    `insert into job_row_errors (job_id, row_no, cells, errors)
     select $1, (e->>'rowNo')::int, e->'cells', e->'errors' from jsonb_array_elements($2::jsonb) e`,
    [jobId, JSON.stringify(rejects)],
  );
}

/** The first `limit` errors, one per (row, problem), in row order. */
export async function listRowErrors(
  sql: Sql,
  jobId: number,
  limit: number,
): Promise<(RowError & { rowNo: number })[]> {
  const { rows } = await sql.query<{ rowNo: number; e: RowError }>(
    `select r.row_no as "rowNo", e.value as e
       from job_row_errors r cross join lateral jsonb_array_elements(r.errors) with ordinality as e(value, n)
      where r.job_id = $1 order by r.row_no, e.n limit $2`,
    [jobId, limit],
  );
  return rows.map((r) => ({ rowNo: r.rowNo, ...r.e }));
}

export async function listRowRejects(sql: Sql, jobId: number): Promise<RowReject[]> {
  const { rows } = await sql.query<RowReject>(
    `select row_no as "rowNo", cells, errors from job_row_errors where job_id = $1 order by row_no`,
    [jobId],
  );
  return rows;
}

const INTERRUPTED: JobError = {
  code: 'JOB_INTERRUPTED',
  messageZh: '任务因服务停止而中断，未写入任何数据，请重新提交',
  messageEn: 'The job was interrupted when the server stopped; nothing was written. Please submit it again.',
};

/**
 * Marks running jobs whose owner stopped proving it is alive as failed, and removes the staging rows of
 * every job that is no longer running. With the embedded database only one process can hold the data,
 * so at start-up every running job is dead (`staleSeconds: 0`); with PostgreSQL other instances may be
 * working, so only jobs silent for a while are taken. Old finished jobs are deleted after `keepDays`.
 */
export async function sweepStaleJobs(
  sql: Sql,
  options: { staleSeconds: number; keepDays?: number },
): Promise<{ interrupted: number; stagingRows: number }> {
  const interrupted = await sql.query<{ id: number }>(
    `update jobs set status = 'failed', error = $2, finished_at = now()
      where status = 'running' and heartbeat_at <= now() - make_interval(secs => $1) returning id`,
    [options.staleSeconds, JSON.stringify(INTERRUPTED)],
  );
  const staging = await sql.query<{ n: number }>(
    `with gone as (
       delete from import_staging s where not exists (select 1 from jobs j where j.id = s.job_id and j.status = 'running')
       returning 1)
     select count(*) as n from gone`,
  );
  await sql.query(
    `delete from jobs where status <> 'running' and finished_at < now() - make_interval(days => $1)`,
    [options.keepDays ?? 30],
  );
  return { interrupted: interrupted.rows.length, stagingRows: staging.rows[0].n };
}

/** Validated rows of an import, written in short transactions before the one merge transaction. */
export async function insertStagingRows(
  sql: Sql,
  jobId: number,
  rows: { rowNo: number; data: unknown }[],
): Promise<void> {
  if (!rows.length) return;
  const parts = jsonParts(rows);
  await sql.query(
    // read as json, not jsonb: each row's data is converted once, not the whole batch and then each row again
    `insert into import_staging (job_id, row_no, data)
     select $1, (e->>'rowNo')::int, (e->'data')::jsonb
       from unnest(array[${parts.map((_, i) => `$${i + 2}::json`).join(', ')}]) p, json_array_elements(p) e`,
    [jobId, ...parts],
  );
}

/**
 * The most characters of JSON in one parameter: a longer string (two bytes a character once it holds a Chinese
 * one) is a large object to V8, made in its old generation and freed only by a full collection; a thousand members'
 * rows in one string left ≈ 0.7 MB of such garbage per batch, hundreds of megabytes over a million-row import.
 */
const PART_CHARS = 32 * 1024;

/**
 * Rows as JSON arrays of at most PART_CHARS characters each (a longer row alone in its array). Each array is
 * written by one JSON.stringify of its rows, as many as the rows so far say fit: no text is made per row and then
 * joined (a member import stages a million rows; per row that was twice the JSON in garbage). A guess that
 * overshoots is halved and written again.
 */
function jsonParts(rows: unknown[]): string[] {
  const parts: string[] = [];
  // rows per part, from the characters a row took so far
  let fit = 16;
  for (let i = 0; i < rows.length; ) {
    let n = Math.min(fit, rows.length - i);
    let json = JSON.stringify(i === 0 && n === rows.length ? rows : rows.slice(i, i + n));
    while (n > 1 && json.length > PART_CHARS) {
      n = Math.ceil(n / 2);
      json = JSON.stringify(rows.slice(i, i + n));
    }
    parts.push(json);
    i += n;
    fit = Math.max(1, Math.floor((0.9 * PART_CHARS * n) / json.length));
  }
  return parts;
}

/**
 * Removes what an import wrote for some rows (staged, or refused), so that they can be written again
 * once more is known about them; returns how many refusals and errors went.
 */
export async function deleteImportRows(
  sql: Sql,
  jobId: number,
  rowNos: number[],
): Promise<{ staged: number; rejected: number; errorCount: number }> {
  const { rows } = await sql.query<{ staged: number; rejected: number; errorCount: number }>(
    `with s as (delete from import_staging where job_id = $1 and row_no = any($2::int[]) returning 1),
          e as (delete from job_row_errors where job_id = $1 and row_no = any($2::int[])
                returning jsonb_array_length(errors) as n)
     select (select count(*) from s)::int as staged, (select count(*) from e)::int as rejected,
            (select coalesce(sum(n), 0) from e)::int as "errorCount"`,
    [jobId, rowNos],
  );
  return rows[0];
}

export async function deleteStagingRows(sql: Sql, jobId: number): Promise<void> {
  await sql.query('delete from import_staging where job_id = $1', [jobId]);
}

/**
 * The number of the job's first staged row after `after`; null when none is. A file read from several sheets
 * numbers each sheet's rows from a start of its own (ADR 152, sheet-place.ts), so its numbers have gaps.
 */
export async function nextStagedRow(sql: Sql, jobId: number, after: number): Promise<number | null> {
  const { rows } = await sql.query<{ rowNo: number | null }>(
    'select min(row_no) as "rowNo" from import_staging where job_id = $1 and row_no > $2',
    [jobId, after],
  );
  return rows[0]?.rowNo ?? null;
}

/** Jobs running in every process, and of those the ones not started on their work yet (for /metrics). */
export async function countRunningJobs(sql: Sql): Promise<{ queued: number; running: number }> {
  const { rows } = await sql.query<{ queued: number; running: number }>(
    `select count(*) filter (where phase = 'queued') as queued, count(*) as running from jobs where status = 'running'`,
  );
  return rows[0];
}
