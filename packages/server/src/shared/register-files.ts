import { createHash } from 'node:crypto';
import type { Actor } from '../access/access.ts';
import type { Sql } from '../db/db.ts';
import {
  findImportedFile,
  type ImportedFile,
  insertImportedFile,
  lockImportedFile,
} from '../modules/audit/index.ts';
import { momentInChina } from './dates.ts';
import { AppError } from './errors.ts';

/** A register's file as its import takes it; `register` is the register's key (its catalog line, the CLI name). */
export interface RegisterFileInput {
  file: Buffer;
  fileName: string;
  dryRun: boolean;
  /** Set by the register's upload route and by `import <key>`: the same bytes are then taken once (issue 42). */
  register?: string;
}

/** A file let in: `keep` writes it in the import's transaction, with the rows the import created. */
export interface RegisterFileMark {
  keep(sql: Sql, rowsCreated: number): Promise<void>;
}

const NOTHING_KEPT: RegisterFileMark = { keep: async () => undefined };

/**
 * The guard every register shell runs before reading a file (issue 42, ADR 117): the file's SHA-256, looked up once for the
 * register among the imports of the unions above and below the caller's; a file brought in already is refused
 * (409 IMPORT_FILE_REPEATED, the dry run too) naming when, by whom, under which name and how many records it created. A file
 * let in is kept by the mark in the import's transaction, so a rolled-back import leaves no trace.
 */
export async function checkRegisterFile(
  db: Sql,
  actor: Actor,
  input: RegisterFileInput,
): Promise<RegisterFileMark> {
  const registerKey = input.register;
  if (!registerKey) return NOTHING_KEPT;
  const sha256 = createHash('sha256').update(input.file).digest('hex');
  const path = actor.orgId === null ? '/' : (actor.scopePath ?? '/');
  const earlier = await findImportedFile(db, { registerKey, sha256, path });
  if (earlier) throw repeated(earlier);
  return {
    keep: async (sql, rowsCreated) => {
      // the same bytes uploaded twice at once: the second waits for the first's transaction, then is refused
      await lockImportedFile(sql, registerKey, sha256);
      const meanwhile = await findImportedFile(sql, { registerKey, sha256, path });
      if (meanwhile) throw repeated(meanwhile);
      await insertImportedFile(sql, {
        registerKey,
        sha256,
        orgId: actor.orgId,
        userId: actor.userId || null,
        userName: actor.displayName || actor.username,
        fileName: input.fileName,
        rowsCreated,
      });
    },
  };
}

/** 409 IMPORT_FILE_REPEATED: when (China time), by whom, under which name and how many records the file created. */
function repeated(earlier: ImportedFile): AppError {
  const at = momentInChina(earlier.importedAt);
  const rows = earlier.rowsCreated.toLocaleString('en-US');
  return new AppError(
    'conflict',
    'IMPORT_FILE_REPEATED',
    {
      zh: `该文件已于北京时间 ${at} 由 ${earlier.userName} 导入（文件名 ${earlier.fileName}，建立 ${rows} 条记录），未重复导入`,
      en: `This file was imported at ${at} Beijing time by ${earlier.userName} (file name ${earlier.fileName}, ${rows} records created); it was not imported again`,
    },
    { importedAt: at, by: earlier.userName, fileName: earlier.fileName, rows: earlier.rowsCreated },
  );
}
