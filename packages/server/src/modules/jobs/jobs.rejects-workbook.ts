import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import type { JobRow } from './jobs.repository.ts';
import type { RowReject } from './jobs.types.ts';

/**
 * A job's refused rows as the clerk sent them (under the headers the job kept), with the reasons in Chinese and in
 * English in two last columns; a job that failed as a whole gives its one reason in a row of its own. Rows read from
 * several sheets name their sheet in a first column (ADR 152).
 */
export function rejectsWorkbook(job: JobRow, rejects: RowReject[]): Buffer {
  const headers = Array.isArray(job.params.headers) ? (job.params.headers as string[]) : [];
  const width = Math.max(headers.length, ...rejects.map((r) => r.cells.length));
  const pad = (cells: string[]) => Array.from({ length: width }, (_, i) => cells[i] ?? '');
  const sheets = rejects.some((r) => r.sheet !== undefined);
  const rows = rejects.map((r) => [
    ...(sheets ? [r.sheet ?? ''] : []),
    r.rowNo,
    ...pad(r.cells),
    r.errors.map((e) => (e.column ? `[${e.column}] ${e.messageZh}` : e.messageZh)).join('；'),
    r.errors.map((e) => (e.column ? `[${e.column}] ${e.messageEn}` : e.messageEn)).join('; '),
  ]);
  if (!rows.length && job.error) {
    rows.push(['', ...pad([]), job.error.messageZh, job.error.messageEn]);
  }
  const head = pad(headers).map((h, i) => h || `列${i + 1} / Column ${i + 1}`);
  return writeWorkbook([
    {
      name: '错误行 Errors',
      headers: [...(sheets ? ['工作表 / Sheet'] : []), '行号 / Row', ...head, '错误说明', 'Errors'],
      rows,
      widths: [...(sheets ? [14] : []), 10, ...head.map((h) => Math.max(12, h.length * 2 + 2)), 60, 60],
    },
  ]);
}
