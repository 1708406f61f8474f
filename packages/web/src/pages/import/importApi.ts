import { requestJson } from '../../api/client.ts';

/** How an import treats rows with errors. */
export type ImportMode = 'all_or_nothing' | 'valid_only';

/** A background job as GET /api/jobs/:id answers it. */
export interface Job {
  id: number;
  kind: string;
  status: 'running' | 'succeeded' | 'failed';
  total: number;
  done: number;
  phase?: string | null;
  result?: Record<string, unknown> | null;
  error?: { messageZh?: string; messageEn?: string; code?: string } | null;
}

export interface ImportError {
  row: number;
  column: string | null;
  value: string | null;
  reasonZh: string;
  reasonEn: string;
}

export interface ImportErrorPage {
  items: ImportError[];
  total: number;
}

export const TEMPLATE_URL = '/api/imports/members/template';
export const errorReportUrl = (jobId: number) => `/api/jobs/${jobId}/errors.xlsx`;

/** Uploads a member file; the server answers at once with the job that imports it. */
export async function startMemberImport(file: File, mode: ImportMode): Promise<{ jobId: number }> {
  const form = new FormData();
  form.append('mode', mode);
  form.append('file', file, file.name);
  return requestJson<{ jobId: number }>('POST', `/api/imports/members?mode=${mode}`, form);
}

export const getJob = (id: number) => requestJson<Job>('GET', `/api/jobs/${id}`);

export async function listImportErrors(
  jobId: number,
  page: number,
  pageSize: number,
): Promise<ImportErrorPage> {
  const raw = await requestJson<unknown>(
    'GET',
    `/api/imports/members/${jobId}/errors?page=${page}&pageSize=${pageSize}`,
  );
  const list = Array.isArray(raw) ? raw : ((raw as { items?: unknown[] }).items ?? []);
  const total = Array.isArray(raw) ? raw.length : Number((raw as { total?: number }).total ?? list.length);
  return { items: list.map(normaliseError), total };
}

function normaliseError(e: unknown): ImportError {
  const x = e as Record<string, unknown>;
  const reason = x.reason as { zh?: string; en?: string } | string | undefined;
  const zh = (x.reasonZh ??
    x.messageZh ??
    (typeof reason === 'object' ? reason?.zh : reason) ??
    '') as string;
  const en = (x.reasonEn ??
    x.messageEn ??
    (typeof reason === 'object' ? reason?.en : reason) ??
    zh) as string;
  const value = x.value;
  return {
    row: Number(x.row ?? x.rowNo ?? 0),
    column: (x.column ?? x.field ?? null) as string | null,
    value: value === undefined || value === null ? null : String(value),
    reasonZh: zh,
    reasonEn: en,
  };
}

/** The counts an import job reports when it ends. */
export interface ImportSummary {
  total: number;
  imported: number;
  errors: number;
  /** True when the file had errors and nothing was imported (all_or_nothing). */
  rejected: boolean;
}

export function summaryOf(job: Job): ImportSummary {
  const r = (job.result ?? {}) as Record<string, unknown>;
  const num = (...keys: string[]) => {
    for (const k of keys) if (typeof r[k] === 'number') return r[k] as number;
    return 0;
  };
  const total = num('total', 'rows', 'totalRows') || job.total;
  const imported = num('imported', 'created', 'importedRows', 'inserted');
  const errors = num('errors', 'errorRows', 'invalid', 'invalidRows', 'failed');
  return { total, imported, errors, rejected: r.rejected === true || (errors > 0 && imported === 0) };
}
