import type { FastifyRequest } from 'fastify';
import { type Actor, requireAccess } from '../../../access/access.ts';
import type { Db, Sql } from '../../../db/db.ts';
import { invalid } from '../../../shared/errors.ts';
import { stripPictureMetadata } from '../../../shared/photo.ts';
import { recordAudit } from '../../audit/index.ts';
import { innovationErrors } from '../innovation.errors.ts';
import {
  countAttachments,
  findAttachment,
  findPublicPicture,
  insertAttachment,
  setAttachmentPublic,
} from './achievements.attachments.repository.ts';
import { findAchievement } from './achievements.repository.ts';

/** Files kept with an achievement: documents and photos up to 20 MB, at most 20 per achievement. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const MAX_ATTACHMENTS = 20;
const MIME_BY_EXT: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  zip: 'application/zip',
};

const refused = (zh: string, en: string) => invalid('ATTACHMENT_INVALID', { zh, en }, { field: 'file' });

/** The one file of a multipart upload (field `file`), with its type read from the name. */
export async function readAttachment(req: FastifyRequest) {
  if (!req.isMultipart()) throw refused('请以表单方式上传一个附件', 'Upload one file as multipart form data');
  const part = await req.file();
  if (!part) throw refused('请选择要上传的附件', 'Choose a file to upload');
  const fileName = part.filename.slice(0, 200);
  const mime = MIME_BY_EXT[fileName.split('.').pop()?.toLowerCase() ?? ''];
  if (!mime) {
    throw refused(
      `不支持的附件类型：${fileName}（可上传 PDF、图片、Word、Excel、PPT 或 ZIP）`,
      `Unsupported attachment type: ${fileName} (PDF, images, Word, Excel, PowerPoint or ZIP)`,
    );
  }
  const data = await part.toBuffer();
  if (!data.length || data.length > MAX_ATTACHMENT_BYTES) {
    throw refused(`附件 ${fileName} 为空或超过20MB`, `Attachment ${fileName} is empty or larger than 20 MB`);
  }
  return { fileName, mime, data };
}

const isPicture = (mime: string) => mime === 'image/jpeg' || mime === 'image/png';

/** A picture is kept without its metadata (EXIF with the place it was taken, comments); other files as they are. */
export function cleanAttachment(f: { fileName: string; mime: string; data: Buffer }) {
  if (!isPicture(f.mime)) return f;
  const clean = stripPictureMetadata(f.data);
  if (!clean) {
    throw refused(
      `图片 ${f.fileName} 无法读取，请上传 JPEG 或 PNG 图片`,
      `Picture ${f.fileName} cannot be read; upload a JPEG or PNG picture`,
    );
  }
  return { fileName: f.fileName, mime: clean.mime, data: clean.bytes };
}

async function achievementIn(
  sql: Sql,
  actor: Actor,
  id: number,
  permission: 'innovation.read' | 'innovation.write',
) {
  const a = await findAchievement(sql, id, permission === 'innovation.write');
  if (!a) throw innovationErrors.achievementNotFound(id);
  requireAccess(actor, permission, { orgPath: a.orgPath });
  return a;
}

export function createAttachmentsService(db: Db) {
  return {
    async addAttachment(actor: Actor, id: number, f: { fileName: string; mime: string; data: Buffer }) {
      return db.tx(async (sql) => {
        const a = await achievementIn(sql, actor, id, 'innovation.write');
        if ((await countAttachments(sql, id)) >= MAX_ATTACHMENTS) {
          throw refused(`每项成果最多${MAX_ATTACHMENTS}个附件`, `At most ${MAX_ATTACHMENTS} attachments`);
        }
        const clean = cleanAttachment(f);
        const attachmentId = await insertAttachment(sql, id, clean, actor.userId || null);
        const added = {
          id: attachmentId,
          fileName: clean.fileName,
          mime: clean.mime,
          size: clean.data.length,
          public: false,
        };
        await recordAudit(sql, actor, {
          action: 'achievement.attachment.add',
          entity: 'achievement',
          entityId: id,
          orgId: a.orgId,
          after: added,
        });
        return added;
      });
    },

    async getAttachment(actor: Actor, id: number, attachmentId: number) {
      await achievementIn(db, actor, id, 'innovation.read');
      const f = await findAttachment(db, id, attachmentId);
      if (!f) throw innovationErrors.attachmentNotFound(attachmentId);
      return f;
    },

    /** Staff show a picture of the achievement in the public catalogue, or take it back. Only pictures may be. */
    async setAttachmentPublic(actor: Actor, id: number, attachmentId: number, isPublic: boolean) {
      return db.tx(async (sql) => {
        const a = await achievementIn(sql, actor, id, 'innovation.write');
        const f = await findAttachment(sql, id, attachmentId);
        if (!f) throw innovationErrors.attachmentNotFound(attachmentId);
        if (isPublic && !isPicture(f.mime)) {
          throw invalid(
            'ATTACHMENT_NOT_PICTURE',
            {
              zh: `只有图片（JPEG、PNG）可以在推介平台公开：${f.fileName}`,
              en: `Only pictures (JPEG, PNG) can be shown in the catalogue: ${f.fileName}`,
            },
            { field: 'public' },
          );
        }
        await setAttachmentPublic(sql, attachmentId, isPublic);
        await recordAudit(sql, actor, {
          action: 'achievement.attachment.public',
          entity: 'achievement',
          entityId: id,
          orgId: a.orgId,
          before: { attachmentId, public: f.public },
          after: { attachmentId, public: isPublic },
        });
        return {
          id: attachmentId,
          fileName: f.fileName,
          mime: f.mime,
          size: f.data.byteLength,
          public: isPublic,
        };
      });
    },

    /**
     * A public picture of a published achievement, for the catalogue: its bytes (metadata stripped again, for
     * pictures kept before stripping) and type; no file name. Anything else is not found.
     */
    async getPublicPicture(id: number, pictureId: number) {
      const f = await findPublicPicture(db, id, pictureId);
      const clean = f ? stripPictureMetadata(Buffer.from(f.data)) : null;
      if (!clean) throw innovationErrors.attachmentNotFound(pictureId);
      return clean;
    },
  };
}

export type AttachmentsService = ReturnType<typeof createAttachmentsService>;
