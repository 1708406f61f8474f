import type { Sql } from '../../../db/db.ts';
import { addRow } from '../../../db/insert.ts';

export interface EvidenceFile {
  key: string;
  name: string;
  mime: string;
  data: Buffer;
}

export interface FileInfo {
  id: number;
  key: string;
  name: string;
  mime: string;
  size: number;
  createdAt: Date;
}

export async function insertFiles(
  sql: Sql,
  applicationId: number,
  files: EvidenceFile[],
  userId: number | null,
) {
  for (const f of files) {
    await addRow(
      sql,
      'application_files',
      'application_id, evidence_key, name, mime, size, data, uploaded_by',
      { ...f, applicationId, evidenceKey: f.key, size: f.data.length, uploadedBy: userId },
    );
  }
}

export async function listFiles(sql: Sql, applicationId: number): Promise<FileInfo[]> {
  const { rows } = await sql.query<FileInfo>(
    `select id, evidence_key as key, name, mime, size, created_at as "createdAt"
       from application_files where application_id = $1 order by id`,
    [applicationId],
  );
  return rows;
}

export async function getFileData(sql: Sql, applicationId: number, fileId: number) {
  const { rows } = await sql.query<{ name: string; mime: string; data: Uint8Array }>(
    'select name, mime, data from application_files where application_id = $1 and id = $2',
    [applicationId, fileId],
  );
  return rows[0];
}
