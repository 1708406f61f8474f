import type { Sql } from '../../db/db.ts';
import { addRow } from '../../db/insert.ts';

/**
 * A file attached to a request. Only the worker attaches files, when filing on the phone (`fileOwnRequest`): staff
 * entering a request attach none, so every file of a request is one its worker sent and may see.
 */
export interface CaseFile {
  id: number;
  fileName: string;
  mime: string;
  size: number;
  /** When it was sent, in China time: 'YYYY-MM-DD HH:MM'. */
  uploadedAt: string;
}

export async function listFiles(sql: Sql, caseId: number): Promise<CaseFile[]> {
  const { rows } = await sql.query<CaseFile>(
    `select id, file_name as "fileName", mime, length(data)::int as size,
            to_char(uploaded_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') as "uploadedAt"
       from case_files where case_id = $1 order by id`,
    [caseId],
  );
  return rows;
}

export async function insertFiles(
  sql: Sql,
  caseId: number,
  orgId: number,
  files: { name: string; mime: string; data: Buffer }[],
  /** When they were sent (the service's clock); the database's time when not told. */
  at?: string,
): Promise<void> {
  for (const f of files) {
    const row = { ...f, caseId, orgId, fileName: f.name };
    if (at)
      await addRow(sql, 'case_files', 'case_id, org_id, file_name, mime, data, uploaded_at', {
        ...row,
        uploadedAt: at,
      });
    else await addRow(sql, 'case_files', 'case_id, org_id, file_name, mime, data', row);
  }
}

export async function findFile(sql: Sql, caseId: number, fileId: number) {
  const { rows } = await sql.query<{ fileName: string; mime: string; data: Uint8Array }>(
    `select file_name as "fileName", mime, data from case_files where case_id = $1 and id = $2`,
    [caseId, fileId],
  );
  return rows[0];
}
