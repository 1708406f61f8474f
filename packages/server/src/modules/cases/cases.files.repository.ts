import type { Sql } from '../../db/db.ts';
import { addRow } from '../../db/insert.ts';

export interface CaseFile {
  id: number;
  fileName: string;
  mime: string;
  size: number;
}

export async function listFiles(sql: Sql, caseId: number): Promise<CaseFile[]> {
  const { rows } = await sql.query<CaseFile>(
    `select id, file_name as "fileName", mime, length(data)::int as size from case_files
      where case_id = $1 order by id`,
    [caseId],
  );
  return rows;
}

export async function insertFiles(
  sql: Sql,
  caseId: number,
  orgId: number,
  files: { name: string; mime: string; data: Buffer }[],
): Promise<void> {
  for (const f of files) {
    await addRow(sql, 'case_files', 'case_id, org_id, file_name, mime, data', {
      ...f,
      caseId,
      orgId,
      fileName: f.name,
    });
  }
}

export async function findFile(sql: Sql, caseId: number, fileId: number) {
  const { rows } = await sql.query<{ fileName: string; mime: string; data: Uint8Array }>(
    `select file_name as "fileName", mime, data from case_files where case_id = $1 and id = $2`,
    [caseId, fileId],
  );
  return rows[0];
}
