import type { RecordKind } from '../../../server/src/modules/records/records.vocabulary.ts';
import { ApiError, api, fileForm, unwrap } from '../api/client.ts';
import type { paths } from '../api/schema.gen.ts';
import type { Answer } from '../api/types.ts';
import type { IgnoredRow } from './rowPlace.ts';

export { RECORD_KINDS, type RecordKind } from '../../../server/src/modules/records/records.vocabulary.ts';

/** How an import treats rows with errors. */
export type ImportMode = 'all_or_nothing' | 'valid_only';

/** A background job as GET /api/jobs/:id answers it. */
export type Job = Answer<'/api/jobs/{id}'>;
export type ImportRowError = Answer<'/api/imports/members/{jobId}/errors'>[number];
export type ImportChanges = Answer<'/api/imports/members/{jobId}/changes'>;

export const TEMPLATE_URL = '/api/imports/members/template';
export const errorReportUrl = (jobId: number) => `/api/jobs/${jobId}/errors.xlsx`;

/** How a member file is imported: the mode, the default union and join date, and whether only checked. */
export interface MemberImportOptions {
  mode: ImportMode;
  orgId?: number;
  /** The join date (YYYY-MM-DD) of new members whose 入会日期 is blank; without it those rows are refused. */
  defaultJoinedOn?: string;
  /** Check only (预检): what the file would change, nothing written. */
  dryRun?: boolean;
}

/** Uploads a member file; the server answers at once with the job that imports (or checks) it. */
export async function startMemberImport(
  file: File,
  { mode, orgId, defaultJoinedOn, dryRun }: MemberImportOptions,
): Promise<number> {
  const form = new FormData();
  form.append('file', file, file.name);
  const answer = await unwrap(
    api.POST('/api/imports/members', {
      params: {
        query: {
          mode,
          ...(orgId ? { orgId } : {}),
          ...(defaultJoinedOn ? { defaultJoinedOn } : {}),
          ...(dryRun ? { dryRun } : {}),
        },
      },
      body: form as never,
    }),
  );
  return answer.jobId;
}

export const getJob = (id: number) => unwrap(api.GET('/api/jobs/{id}', { params: { path: { id } } }));

/** The first row errors of an import (the full list is in the error report). */
export const listImportErrors = (jobId: number) =>
  unwrap(api.GET('/api/imports/members/{jobId}/errors', { params: { path: { jobId } } }));

/** What an import (or its check) changes in members already registered: the first 200 rows, field by field. */
export const listImportChanges = (jobId: number) =>
  unwrap(api.GET('/api/imports/members/{jobId}/changes', { params: { path: { jobId } } }));

/** The counts an import job reports when it ends. */
export interface ImportSummary {
  total: number;
  imported: number;
  created: number;
  updated: number;
  transferred: number;
  /** Persons already members of the union named, with nothing the sheet changed. */
  unchanged: number;
  /** Rows refused for errors. */
  rejected: number;
  errorCount: number;
  /** Rows read as no data (合计, 填表说明 …), left out without an error. */
  ignoredRows: IgnoredRow[];
  /** A check only (预检): the counts say what an import would do. */
  dryRun: boolean;
}

/**
 * A failure of the file as a whole (a required column missing, an unreadable file, no data rows): the job
 * failed before any row was judged, so there are no row counts to show — only the reason.
 */
export function isFileFailure(job: Job): boolean {
  return job.status === 'failed' && !job.result?.rejected && !job.result?.imported;
}

export function summaryOf(job: Job): ImportSummary {
  const r = job.result ?? {};
  return {
    total: job.total,
    imported: r.imported ?? 0,
    created: r.created ?? 0,
    updated: r.updated ?? 0,
    transferred: r.transferred ?? 0,
    unchanged: r.unchanged ?? 0,
    rejected: r.rejected ?? 0,
    errorCount: r.errorCount ?? 0,
    ignoredRows: r.ignoredRows ?? [],
    dryRun: r.dryRun === true,
  };
}

export type RecordImportAnswer = Answer<'/api/records/import', 'post'>;

export const recordTemplateUrl = (kind: RecordKind) => `/api/records/template.xlsx?kind=${kind}`;

/**
 * Imports records of one kind at once. With `all_or_nothing`, a file with row errors is refused as a whole
 * (an ApiError IMPORT_ROWS_INVALID whose details carry the row errors); see `refusedRows`.
 */
export async function importRecordFile(
  file: File,
  kind: RecordKind,
  mode: ImportMode,
): Promise<RecordImportAnswer> {
  return unwrap(
    api.POST('/api/records/import', {
      params: { query: { kind, mode: mode === 'all_or_nothing' ? 'all' : 'valid' } },
      body: fileForm(file),
    }),
  );
}

/** The row errors of an import refused because some rows were wrong; undefined for any other failure. */
export function refusedRows(err: unknown): RecordImportAnswer['errors'] | undefined {
  if (!(err instanceof ApiError) || err.code !== 'IMPORT_ROWS_INVALID') return undefined;
  const errors = (err.details as { errors?: unknown } | undefined)?.errors;
  return Array.isArray(errors) ? (errors as RecordImportAnswer['errors']) : undefined;
}

/** The routes that take a register's file: POST with `?dryRun=` for a check only (预检). */
type RegisterImportPath = {
  [P in keyof paths]: paths[P] extends { post: { parameters: { query?: infer Q } } }
    ? 'dryRun' extends keyof NonNullable<Q>
      ? P
      : never
    : never;
}[keyof paths];

/** A register's import call: the file sent to `path` as a form, checked only (预检, `dryRun`) or imported. */
export const registerImport =
  <P extends RegisterImportPath>(path: P) =>
  (file: File, dryRun: boolean) =>
    // the answer is the one of `path`, which the client cannot tell apart within the union of import routes
    unwrap(
      api.POST(path as RegisterImportPath, { params: { query: { dryRun } }, body: fileForm(file) }),
    ) as Promise<Answer<P, 'post'>>;

export const ORGS_TEMPLATE_URL = '/api/orgs/import/template.xlsx';

/** The union tree from a sheet on the running server: checked only (预检) or created, all rows or none. */
export const importOrgTree = registerImport('/api/orgs/import');
