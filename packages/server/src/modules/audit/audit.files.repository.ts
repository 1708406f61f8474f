import type { Sql } from '../../db/db.ts';
import { addRow } from '../../db/insert.ts';

/** A register's file as it was brought in (register_files). */
export interface ImportedFile {
  importedAt: Date;
  userName: string;
  fileName: string;
  rowsCreated: number;
}

/**
 * The first import of the same bytes (`sha256`) into the same register by a union whose subtree holds `path` or
 * lies within it (the administrator's import, with no union, holds every path); null when there is none.
 */
export async function findImportedFile(
  sql: Sql,
  q: { registerKey: string; sha256: string; path: string },
): Promise<ImportedFile | null> {
  const { rows } = await sql.query<{
    importedAt: Date | string;
    userName: string;
    fileName: string;
    rowsCreated: number;
  }>(
    `select f.imported_at as "importedAt", f.user_name as "userName", f.file_name as "fileName",
            f.rows_created as "rowsCreated"
       from register_files f left join orgs o on o.id = f.org_id
      where f.register_key = $1 and f.sha256 = $2
        and (coalesce(o.path, '/') like $3 || '%' or $3 like coalesce(o.path, '/') || '%')
      order by f.id limit 1`,
    [q.registerKey, q.sha256, q.path],
  );
  const r = rows[0];
  return r ? { ...r, importedAt: new Date(r.importedAt), rowsCreated: Number(r.rowsCreated) } : null;
}

/**
 * Holds, until the import's transaction ends, the turn of every import of these bytes for this register: a second
 * upload of the same file at the same instant waits here for the first to commit, then finds it.
 */
export async function lockImportedFile(sql: Sql, registerKey: string, sha256: string): Promise<void> {
  await sql.query('select pg_advisory_xact_lock(7601, hashtext($1))', [`${registerKey}:${sha256}`]);
}

/** Keeps a register's file, in the import's transaction. */
export async function insertImportedFile(
  sql: Sql,
  line: {
    registerKey: string;
    sha256: string;
    orgId: number | null;
    userId: number | null;
    userName: string;
    fileName: string;
    rowsCreated: number;
  },
): Promise<void> {
  await addRow(
    sql,
    'register_files',
    'register_key, sha256, org_id, user_id, user_name, file_name, rows_created',
    line,
  );
}
