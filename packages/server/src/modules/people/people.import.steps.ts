import type { Actor } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { placeOf, placeRows } from '../../shared/sheet-place.ts';
import {
  headersNotRead,
  MAX_WARNINGS,
  openSheet,
  type SheetSource,
  type SheetWarning,
  sheetNotes,
} from '../../shared/sheet-reader.ts';
import { createFooterFilter, type FooterFilter, type SkippedRow } from '../../shared/spreadsheet.ts';
import type { SheetRow } from '../../shared/xlsx-reader.ts';
import { recordAudit } from '../audit/index.ts';
import {
  deleteImportRows,
  deleteStagingRows,
  insertRowErrors,
  insertStagingRows,
  type JobHandle,
  type JobResult,
} from '../jobs/index.ts';
import type { IdProtector } from './id-protector.ts';
import { IdNumbersSeen } from './people.import.dups.ts';
import { noMergeCounts } from './people.import.merge.ts';
import type { Merger } from './people.import.merger.ts';
import {
  checkHeaders,
  createMemberValidator,
  type DefaultOrg,
  fileEmpty,
  MEMBER_SHEET,
  type ValidatedBatch,
} from './people.import.validate.ts';

export const IMPORT_MODES = ['all_or_nothing', 'valid_only'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export interface MemberImportInput {
  fileName: string;
  buffer: Buffer;
  mode: ImportMode;
  /** The union for rows whose 所在工会 is blank. */
  defaultOrgId?: number | null;
  /** The join date (YYYY-MM-DD) for new memberships whose 入会日期 is blank; without it they are refused. */
  defaultJoinedOn?: string | null;
  /** Check only (预检): every row validated and what it would change listed, nothing written. */
  dryRun?: boolean;
}

export type ScopedActor = Actor & { scopePath: string };

export interface ImportDeps {
  db: Db;
  ids: IdProtector;
}

/**
 * Rows validated, refused and staged together: one lookup per batch, one short write per batch. A batch
 * small enough to die young: while one batch's people are looked up, the next is read and the one before is
 * written, so each lives through the garbage of about three; with 5,000 rows a batch outlived the young
 * generation, and the garbage it left in the old one made the process grow by 230 MB over 200,000 rows (140 MB
 * with 1,000); at 1,000 rows a batch's cells, candidates and staged JSON were still promoted, and V8 let that
 * garbage reach ≈ 270 MB of heap before a full collection (+224 MB RSS over 300,000 rows; +87 MB at 250 rows;
 * docs/benchmarks.md, bench:golive, "the member import's batches"). The merge on PostgreSQL takes the staged rows
 * in larger steps (EAGER_MERGE_ROWS in people.import.service.ts), so the smaller batches cost no more merges.
 */
export const IMPORT_BATCH_ROWS = 250;

type Row = SheetRow;

/** The member sheet of the file (the first visible sheet with 姓名 and 身份证号), header found. */
export const openMemberSheet = (input: MemberImportInput) =>
  openSheet(input.buffer, input.fileName, MEMBER_SHEET);

/**
 * The data rows of a file, in batches: footer rows (totals, notes) left out and counted in `ignored`,
 * every row as wide as the header.
 */
async function* dataRows(
  source: SheetSource,
  batchRows: number,
  footer: FooterFilter,
  ignored: SkippedRow[],
): AsyncGenerator<Row[]> {
  for await (const batch of source.batches(batchRows)) {
    const { rows, skipped } = footer.filter(batch);
    // the readers that yielded the batch hold it until asked for the next one, while the next is read: emptied
    // now, its rows die with the prepared batch instead of outliving two batches (issue 45)
    batch.length = 0;
    for (const r of skipped) ignored.push(r);
    if (rows.length) yield rows;
  }
  // a row held back as a possible totals row: a totals row, or data when rows followed it
  const { rows, skipped } = footer.end();
  for (const r of skipped) ignored.push(r);
  if (rows.length) yield rows;
}

interface StreamState {
  total: number;
  staged: number;
  rejected: number;
  errorCount: number;
  ignored: SkippedRow[];
  seen: IdNumbersSeen;
  /** The header's columns no member field is read from (a roster's own 民族, 备注): said in the result. */
  unreadColumns: string[];
}

/**
 * Phases validating and staging, streamed: the sheet is read batch by batch; each batch is validated,
 * its refused rows recorded for the error report and its valid rows written to import_staging in short
 * transactions, so memory stays bounded whatever the sheet's length. Rows sharing an ID number are found
 * across the whole sheet; when there are any, they are read again and written refused with every reason.
 * Returns the refusal counts to carry into the result and the rows read, or null when the import ends
 * here (all_or_nothing with errors, or nothing valid) and the job has been failed.
 */
export async function validateAndStage(
  { db, ids }: ImportDeps,
  handle: JobHandle,
  actor: ScopedActor,
  input: MemberImportInput,
  defaultOrg: DefaultOrg | null,
  merger: Merger,
  /** `today`: the day dates and ID numbers are checked against. */
  options: { today: string; batchRows?: number },
): Promise<{ refused: JobResult; rows: number; sheets: string[] } | null> {
  const batchRows = options.batchRows ?? IMPORT_BATCH_ROWS;
  await handle.progress('reading', 0, 0);
  await new Promise((resolve) => setImmediate(resolve));
  const source = await openMemberSheet(input);
  const rules = {
    defaultOrg,
    defaultJoinedOn: input.defaultJoinedOn,
    today: options.today,
    sheets: source.sheets,
  };
  const { headers } = source;
  const index = checkHeaders(headers, defaultOrg);
  const validate = createMemberValidator(db, ids, actor, headers, index, rules);
  await handle.setParams({ headers, file: sheetNotes(source).file });
  const footer = () => createFooterFilter([index.idNumber, index.name]);
  const state: StreamState = {
    total: 0,
    staged: 0,
    rejected: 0,
    errorCount: 0,
    ignored: [],
    seen: new IdNumbersSeen(),
    unreadColumns: headersNotRead(headers, index),
  };
  // the total shown is the sheet's rows below the header, estimated until the end
  const estimate = () => Math.max(state.total, source.estimatedRows() ?? 0);
  const writer = batchWriter(db, handle.id, merger);
  type Validator = ReturnType<typeof createMemberValidator>;
  const settle = async (v: Awaited<ReturnType<Validator['complete']>>) => {
    for (const c of v.candidates) state.seen.add(c.idNumber, c.rowNo);
    state.rejected += v.rejects.length;
    state.errorCount += v.errorCount;
    noteWarnings(source, v.warnings);
    // the rows merged so far are dropped: nothing will be imported, or rows already merged will be refused
    const dropMerged =
      state.seen.duplicates.size > 0 || (input.mode === 'all_or_nothing' && state.rejected > 0);
    if (dropMerged) await merger.restart();
    if (merger.failed) throw merger.failed;
    // With "all rows or nothing", nothing more is staged once a row is refused: it will all be dropped.
    const staged = input.mode === 'valid_only' || !state.rejected ? v.staged : [];
    state.staged += staged.length;
    await writer.write(v.rejects, staged);
    await handle.progress('validating', state.total, estimate());
  };
  // the batch before this one, its look-ups under way while this one is read
  let lookingUp: ReturnType<Validator['complete']> | null = null;
  try {
    await handle.progress('validating', 0, estimate());
    for await (const rows of dataRows(source, batchRows, footer(), state.ignored)) {
      state.total += rows.length;
      const prepared = validate.prepare(rows);
      // The rows' cells are let go: the prepared batch holds what its error report needs.
      rows.length = 0;
      if (lookingUp) await settle(await lookingUp);
      lookingUp = validate.complete(prepared);
      // awaited at the next batch or after the last; until then its failure must not count as unhandled
      lookingUp.catch(() => undefined);
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (lookingUp) await settle(await lookingUp);
    await writer.drain();
  } finally {
    await lookingUp?.catch(() => undefined);
    await writer.settle();
  }
  if (!state.total) throw fileEmpty();
  await handle.progress('validating', state.total, state.total);
  if (state.seen.duplicates.size) {
    await rewriteDuplicates(db, handle, dataRows(source, batchRows, footer(), []), validate, state);
  }
  const refused = await finishStaging(db, handle, input, state, source);
  return refused && { refused, rows: state.total, sheets: source.sheets };
}

/**
 * Writes validated batches (refused rows for the error report, valid rows to import_staging) while the
 * caller reads and validates the next: never more than one write in flight, so the database and Node work
 * at the same time and memory holds at most two batches. A write is single statements on the shared handle,
 * never a transaction held across an await: on PGlite (one connection) the next batch's lookups and the
 * write take turns instead of the lookups waiting for a transaction that waits for them.
 */
function batchWriter(db: Db, jobId: number, merger: Merger) {
  let writing: Promise<void> = Promise.resolve();
  return {
    /** Waits for the write under way (throwing its error), then starts this one. */
    async write(rejects: ValidatedBatch['rejects'], staged: ValidatedBatch['staged']) {
      await writing;
      writing = (async () => {
        await insertRowErrors(db, jobId, rejects);
        await insertStagingRows(db, jobId, staged);
        if (staged.length) merger.staged(staged[staged.length - 1].rowNo);
      })();
      // its failure is thrown by the next write or by drain(); until then it must not count as unhandled
      writing.catch(() => undefined);
    },
    drain: () => writing,
    /** After an error: the write under way ends before the job's rows are removed. */
    settle: () => writing.catch(() => undefined),
  };
}

/**
 * Phase staging: the rows sharing an ID number, read again now that every row of each number is known,
 * replace what was written for them, refused with every reason (the duplicate among them).
 */
async function rewriteDuplicates(
  db: Db,
  handle: JobHandle,
  sheet: AsyncGenerator<Row[]>,
  validate: ReturnType<typeof createMemberValidator>,
  state: StreamState,
) {
  const { seen } = state;
  const wanted = new Set([...seen.duplicates.values()].flat());
  // progress counts the rows read again, out of the sheet's
  await handle.progress('staging', 0, state.total);
  let read = 0;
  for await (const batch of sheet) {
    read += batch.length;
    const rows = batch.filter((r) => wanted.has(r.rowNo));
    if (rows.length) {
      const v = await validate.validate(rows, (idNumber) => seen.rowsOf(idNumber));
      const gone = await deleteImportRows(
        db,
        handle.id,
        rows.map((r) => r.rowNo),
      );
      await insertRowErrors(db, handle.id, v.rejects);
      await insertStagingRows(db, handle.id, v.staged);
      state.staged += v.staged.length - gone.staged;
      state.rejected += v.rejects.length - gone.rejected;
      state.errorCount += v.errorCount - gone.errorCount;
    }
    await handle.progress('staging', read);
  }
}

/** Adds the rows' warnings to the file's, which the result shows (the first MAX_WARNINGS, all counted). */
function noteWarnings(source: SheetSource, warnings: SheetWarning[]): void {
  source.warningCount += warnings.length;
  source.warnings.push(...warnings.slice(0, Math.max(0, MAX_WARNINGS - source.warnings.length)));
}

/** Fails the job when the import ends here; else the refusal counts to carry into the result. */
async function finishStaging(
  db: Db,
  handle: JobHandle,
  { mode, dryRun }: { mode: ImportMode; dryRun?: boolean },
  state: StreamState,
  source: SheetSource,
): Promise<JobResult | null> {
  const notes = sheetNotes(source);
  const refused = {
    rejected: state.rejected,
    errorCount: state.errorCount,
    ignored: state.ignored.length,
    ignoredRows: placeRows(state.ignored, source.sheets),
    ...notes,
    file: { ...notes.file, ...(state.unreadColumns.length ? { unreadColumns: state.unreadColumns } : {}) },
  };
  // a check (预检) refused is said as a check, and its answer says it was one
  const checked = dryRun ? { dryRun: true } : {};
  if (mode === 'all_or_nothing' && state.rejected) {
    await deleteStagingRows(db, handle.id);
    const rows = `${state.rejected} ${state.rejected === 1 ? 'row has' : 'rows have'} ${state.errorCount} ${state.errorCount === 1 ? 'error' : 'errors'}`;
    await handle.fail(
      dryRun
        ? {
            code: 'IMPORT_ROWS_INVALID',
            messageZh: `预检发现${state.rejected}行有误（共${state.errorCount}处），未写入任何数据；请下载错误报告，改正后重新预检`,
            messageEn: `The check found that ${rows}; nothing was written. Download the error report, correct the rows and check the file again.`,
          }
        : {
            code: 'IMPORT_ROWS_INVALID',
            messageZh: `${state.rejected}行有误（共${state.errorCount}处），按“全部有效才导入”的方式未导入任何数据；请下载错误报告，改正后重新导入`,
            messageEn: `${rows}; with "All rows or nothing" nothing was imported. Download the error report, correct the rows and import again.`,
          },
      { ...noMergeCounts(), ...refused, ...checked },
    );
    return null;
  }
  if (!state.staged) {
    await handle.fail(
      {
        code: 'IMPORT_NO_VALID_ROWS',
        messageZh: '没有可以导入的正确行，未导入任何数据',
        messageEn: 'No row is valid; nothing was imported',
      },
      { ...noMergeCounts(), ...refused, ...checked },
    );
    return null;
  }
  return refused;
}

/**
 * Phase merging: the merge's transaction (people.import.merger.ts) moves the rows still staged into persons
 * and memberships, writes the audit row, deletes the staging rows, marks the job succeeded and commits.
 * Before it commits, nothing has changed. A dry run's merge only lists what the rows would change.
 */
export async function mergeImport(
  handle: JobHandle,
  actor: ScopedActor,
  input: MemberImportInput,
  merger: Merger,
  refused: JobResult,
  rows: number,
  /** The sheets the rows were read from, when several (sheet-place.ts). */
  sheets: string[] = [],
): Promise<void> {
  await handle.progress('merging', 0);
  await merger.commit(
    async (sql, counts) => {
      const result = input.dryRun ? { ...counts, ...refused, dryRun: true } : { ...counts, ...refused };
      if (!input.dryRun) await auditImport(sql, handle, actor, input, result, rows);
      await deleteStagingRows(sql, handle.id);
      await handle.succeedIn(sql, result);
    },
    (rowNo) => placeOf(rowNo, sheets),
  );
  handle.settled();
}

/** The import as a whole in the audit log (each changed person has their own row, written by the merge). */
async function auditImport(
  sql: Sql,
  handle: JobHandle,
  actor: ScopedActor,
  input: MemberImportInput,
  result: JobResult,
  rows: number,
) {
  await recordAudit(sql, actor, {
    action: 'person.import',
    entity: 'job',
    entityId: handle.id,
    orgId: input.defaultOrgId ?? actor.orgId,
    after: {
      ...result,
      rows,
      mode: input.mode,
      fileName: input.fileName,
      defaultJoinedOn: input.defaultJoinedOn ?? null,
    },
  });
}
