import type { SkippedRow } from '../../shared/spreadsheet.ts';

export type JobStatus = 'running' | 'succeeded' | 'failed';

/** Counts a finished import reports; other job kinds may add their own. */
export interface JobResult {
  imported?: number;
  created?: number;
  updated?: number;
  transferred?: number;
  /** Rows whose person was already a member there, with nothing to change. */
  unchanged?: number;
  rejected?: number;
  errorCount?: number;
  ignored?: number;
  ignoredRows?: SkippedRow[];
  [key: string]: unknown;
}

export interface JobError {
  code: string;
  messageZh: string;
  messageEn: string;
  details?: unknown;
}

/** What the owner of a job sees while it runs and after. `done` counts rows of the current phase. */
export interface JobView {
  id: number;
  kind: string;
  status: JobStatus;
  phase: string;
  total: number;
  done: number;
  result: JobResult | null;
  error: JobError | null;
  createdAt: string;
  finishedAt: string | null;
}

/** One problem with one cell (or the whole row when `column` is empty). */
export interface RowError {
  column: string;
  value: string;
  code: string;
  messageZh: string;
  messageEn: string;
}

/** A refused row: the cells as read, and every problem found in it. */
export interface RowReject {
  rowNo: number;
  /** The row's sheet, when the file was read from several (sheet-place.ts). */
  sheet?: string;
  cells: string[];
  errors: RowError[];
}
