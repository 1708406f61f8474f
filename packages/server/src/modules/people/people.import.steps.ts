import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { AppError, invalid } from '../../shared/errors.ts';
import { isCsv, readSheet, type SheetRows } from '../../shared/spreadsheet.ts';
import { readXlsxFast } from '../../shared/xlsx-reader.ts';
import { recordAudit } from '../audit/index.ts';
import {
  deleteStagingRows,
  insertRowErrors,
  insertStagingRows,
  type JobHandle,
  type JobResult,
} from '../jobs/index.ts';
import type { IdProtector } from './id-protector.ts';
import { mergeStagedMembers } from './people.import.merge.ts';
import {
  type DefaultOrg,
  findHeaderRow,
  type ValidatedSheet,
  validateMemberSheet,
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
}

export type ScopedActor = Actor & { scopePath: string };

export interface ImportDeps {
  db: Db;
  ids: IdProtector;
}

const CHUNK = 2000;
const emptyCounts = { imported: 0, created: 0, updated: 0, transferred: 0 };

/** .xlsx through the fast reader when it can, everything else (and odd .xlsx files) through readSheet. */
function readFile(input: MemberImportInput): SheetRows {
  try {
    return (!isCsv(input.fileName) && readXlsxFast(input.buffer)) || readSheet(input.buffer, input.fileName);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw invalid('FILE_UNREADABLE', {
      zh: '无法读取文件，请确认是 Excel（.xlsx）或 CSV 文件且未加密',
      en: 'The file could not be read; make sure it is an unencrypted Excel (.xlsx) or CSV file',
    });
  }
}

/** Writes rows in short transactions (one statement each), reporting progress after each chunk. */
async function inChunks<T>(
  rows: T[],
  write: (chunk: T[]) => Promise<void>,
  progress?: (done: number) => Promise<void>,
) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await write(rows.slice(i, i + CHUNK));
    await progress?.(Math.min(i + CHUNK, rows.length));
  }
}

/** Phases reading and validating: the whole file in memory, nothing written but progress. */
export async function validateImport(
  { db, ids }: ImportDeps,
  handle: JobHandle,
  actor: ScopedActor,
  input: MemberImportInput,
  defaultOrg: DefaultOrg | null,
  today?: Date,
): Promise<ValidatedSheet> {
  await handle.progress('reading', 0, 0);
  await new Promise((resolve) => setImmediate(resolve));
  const sheet = findHeaderRow(readFile(input));
  await handle.setParams({ headers: sheet.headers });
  await handle.progress('validating', 0, sheet.rows.length);
  const v = await validateMemberSheet(db, ids, actor, sheet, {
    defaultOrg,
    defaultJoinedOn: input.defaultJoinedOn,
    today,
    progress: (done) => handle.progress('validating', done),
  });
  // The total counts members' rows: a 合计 row or a 填表说明 block is no row of the roster.
  if (v.ignoredRows.length) await handle.progress('validating', v.total, v.total);
  return v;
}

/**
 * Phase staging: records the refused rows for the error report and writes the valid ones to
 * import_staging in short transactions. Returns the refusal counts to carry into the result, or null
 * when the import ends here (all_or_nothing with errors, or nothing valid) and the job has been failed.
 */
export async function stageImport(
  { db }: ImportDeps,
  handle: JobHandle,
  mode: ImportMode,
  v: ValidatedSheet,
): Promise<JobResult | null> {
  await inChunks(v.rejects, (chunk) => insertRowErrors(db, handle.id, chunk));
  const refused = {
    rejected: v.rejects.length,
    errorCount: v.errorCount,
    ignored: v.ignoredRows.length,
    ignoredRows: v.ignoredRows,
  };
  if (mode === 'all_or_nothing' && v.rejects.length) {
    await handle.fail(
      {
        code: 'IMPORT_ROWS_INVALID',
        messageZh: `${v.rejects.length}行有误（共${v.errorCount}处），按“全部有效才导入”的方式未导入任何数据；请下载错误报告，改正后重新导入`,
        messageEn: `${v.rejects.length} rows have ${v.errorCount} errors; with "All rows or nothing" nothing was imported. Download the error report, correct the rows and import again.`,
      },
      { ...emptyCounts, ...refused },
    );
    return null;
  }
  if (!v.staged.length) {
    await handle.fail(
      {
        code: 'IMPORT_NO_VALID_ROWS',
        messageZh: '没有可以导入的正确行，未导入任何数据',
        messageEn: 'No row is valid; nothing was imported',
      },
      { ...emptyCounts, ...refused },
    );
    return null;
  }
  await handle.progress('staging', 0);
  await inChunks(
    v.staged,
    (chunk) => insertStagingRows(db, handle.id, chunk),
    (done) => handle.progress('staging', done),
  );
  return refused;
}

/**
 * Phase merging: ONE transaction moves the staged rows into persons and memberships, writes the audit
 * row, deletes the staging rows and marks the job succeeded. Before it commits, nothing has changed.
 */
export async function mergeImport(
  { db }: ImportDeps,
  handle: JobHandle,
  actor: ScopedActor,
  input: MemberImportInput,
  refused: JobResult,
  rows: number,
): Promise<void> {
  await handle.progress('merging', 0);
  await db.tx(async (sql) => {
    const counts = await mergeStagedMembers(
      sql,
      handle.id,
      actor,
      `批量导入转入（任务${handle.id}） / transferred by import job ${handle.id}`,
    );
    const result = { ...counts, ...refused };
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
    await deleteStagingRows(sql, handle.id);
    await handle.succeedIn(sql, result);
  });
  handle.settled();
}
