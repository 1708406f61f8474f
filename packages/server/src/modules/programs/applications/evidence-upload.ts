import type { FastifyRequest } from 'fastify';
import { programError } from '../programs.errors.ts';
import type { EvidenceFile } from './applications.files.repository.ts';

export const MAX_FILES = 10;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
const MIMES = new Set([
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'image/heif',
  'application/pdf',
]);
const KEY = /^[a-z][a-z0-9_]{0,39}$/;

export function checkFile(f: EvidenceFile, index: number): EvidenceFile {
  const where = { field: `files.${index}`, name: f.name };
  if (!KEY.test(f.key)) {
    throw programError(
      'APPLICATION_FILE_INVALID',
      { zh: `材料代码无效：${f.key}`, en: `Invalid evidence key: ${f.key}` },
      where,
    );
  }
  if (!MIMES.has(f.mime)) {
    throw programError(
      'APPLICATION_FILE_INVALID',
      {
        zh: `文件 ${f.name} 的格式不支持（请上传照片或PDF）`,
        en: `File ${f.name}: only photos and PDF are accepted`,
      },
      { ...where, mime: f.mime },
    );
  }
  if (f.data.length === 0 || f.data.length > MAX_FILE_BYTES) {
    throw programError(
      'APPLICATION_FILE_INVALID',
      { zh: `文件 ${f.name} 为空或超过10MB`, en: `File ${f.name} is empty or larger than 10 MB` },
      where,
    );
  }
  return f;
}

export interface Base64File {
  key: string;
  name: string;
  mime: string;
  dataBase64: string;
}

export function decodeFiles(files: Base64File[] | undefined): EvidenceFile[] {
  if ((files?.length ?? 0) > MAX_FILES) {
    throw programError(
      'APPLICATION_FILE_INVALID',
      { zh: '最多上传10个文件', en: 'At most 10 files' },
      { field: 'files' },
    );
  }
  return (files ?? []).map((f, i) =>
    checkFile({ key: f.key, name: f.name, mime: f.mime, data: Buffer.from(f.dataBase64, 'base64') }, i),
  );
}

/**
 * Reads a multipart form: text fields, and files whose field name is the evidence key
 * (e.g. `certificate_scan`); a file sent as `files` is filed under `other`.
 */
export async function readMultipart(
  req: FastifyRequest,
): Promise<{ fields: Record<string, string>; files: EvidenceFile[] }> {
  const fields: Record<string, string> = {};
  const files: EvidenceFile[] = [];
  for await (const part of req.parts({
    limits: { files: MAX_FILES, fileSize: MAX_FILE_BYTES, fields: 20 },
  })) {
    if (part.type === 'file') {
      const data = await part.toBuffer();
      const key = part.fieldname === 'files' || part.fieldname === 'files[]' ? 'other' : part.fieldname;
      files.push(checkFile({ key, name: part.filename || key, mime: part.mimetype, data }, files.length));
    } else {
      fields[part.fieldname] = String(part.value);
    }
  }
  return { fields, files };
}

/** An optional positive integer form field. */
export function intField(fields: Record<string, string>, name: string, required = false): number | null {
  const raw = fields[name]?.trim();
  if (!raw) {
    if (required)
      throw programError(
        'PROGRAM_INVALID',
        { zh: `缺少 ${name}`, en: `${name} is required` },
        { field: name },
      );
    return null;
  }
  if (!/^\d{1,15}$/.test(raw)) {
    throw programError(
      'PROGRAM_INVALID',
      { zh: `${name} 须为整数`, en: `${name} must be a whole number` },
      { field: name },
    );
  }
  return Number(raw);
}
