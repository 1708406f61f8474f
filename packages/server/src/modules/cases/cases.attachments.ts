import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { recordAudit } from '../audit/index.ts';
import { caseErrors } from './cases.errors.ts';
import { findFile } from './cases.files.repository.ts';
import type { Upload } from './cases.filing.ts';

const TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  pdf: 'application/pdf',
};
const MAX_BYTES = 5 * 1024 * 1024;

/** The files a worker attaches (photos, a pay slip, a contract scan): JPEG, PNG or PDF, at most 5 MB each. */
export function readAttachments(files: { fileName: string; contentBase64: string }[] = []): Upload[] {
  return files.map((f, i) => {
    const ext = /\.([a-z]+)$/i.exec(f.fileName)?.[1]?.toLowerCase() ?? '';
    const mime = TYPES[ext];
    if (!mime) {
      throw caseErrors.file({
        zh: `第${i + 1}个附件 ${f.fileName} 的类型不支持（请上传照片或PDF）`,
        en: `Attachment ${i + 1}, ${f.fileName}: unsupported type (upload a photo or a PDF)`,
      });
    }
    const data = Buffer.from(f.contentBase64, 'base64');
    if (!data.length || data.length > MAX_BYTES) {
      throw caseErrors.file({
        zh: `第${i + 1}个附件 ${f.fileName} 为空或超过5MB`,
        en: `Attachment ${i + 1}, ${f.fileName}, is empty or larger than 5 MB`,
      });
    }
    return { name: f.fileName.slice(0, 200), mime, data };
  });
}

/**
 * A file of a request the reader may open (its case found already), to send: another case's file answers 404. The
 * read is audited (`case.file.read`) under `reader`, or under no one (an anonymous request's log names no one).
 */
export async function openCaseFile(
  db: Db,
  reader: Actor | null,
  c: { id: number; orgId: number },
  fileId: number,
) {
  const f = await findFile(db, c.id, fileId);
  if (!f) throw caseErrors.notFound();
  await recordAudit(db, reader, {
    action: 'case.file.read',
    entity: 'case',
    entityId: c.id,
    orgId: c.orgId,
    after: { fileId },
  });
  return { name: f.fileName, mime: f.mime, data: Buffer.from(f.data) };
}
