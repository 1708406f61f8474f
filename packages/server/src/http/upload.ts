import type { FastifyRequest } from 'fastify';
import { invalid } from '../shared/errors.ts';
import { checkSheetFileName } from '../shared/sheet-reader.ts';

/** An .xlsx download with a Chinese file name every browser saves correctly. */
export function xlsxHeaders(fileName: string) {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_');
  return {
    'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
  };
}

/** The uploaded sheet: a multipart file, or JSON { fileName, contentBase64 } for API clients. */
export async function readUpload(req: FastifyRequest): Promise<{ file: Buffer; fileName: string }> {
  let fileName: string;
  let file: Buffer;
  if (req.isMultipart()) {
    const part = await req.file();
    if (!part) throw missingFile();
    fileName = part.filename;
    file = await part.toBuffer();
  } else {
    const body = req.body as { fileName?: unknown; contentBase64?: unknown } | undefined;
    if (!body || typeof body.fileName !== 'string' || typeof body.contentBase64 !== 'string')
      throw missingFile();
    fileName = body.fileName.slice(0, 200);
    file = Buffer.from(body.contentBase64, 'base64');
  }
  checkSheetFileName(fileName);
  return { file, fileName };
}

/**
 * An uploaded sheet to bring in, and whether it is only to be checked (`dryRun=true`, 预检) or written; a sheet
 * that takes effect on a day (`DatedImportQuery`) carries the day asked for too.
 */
export async function readSheetImport(
  req: FastifyRequest,
  query: { dryRun?: boolean; effectiveOn?: string },
): Promise<{ file: Buffer; fileName: string; dryRun: boolean; effectiveOn?: string }> {
  const dated = query.effectiveOn === undefined ? {} : { effectiveOn: query.effectiveOn };
  return { ...(await readUpload(req)), dryRun: query.dryRun === true, ...dated };
}

const missingFile = () =>
  invalid(
    'IMPORT_FILE_MISSING',
    {
      zh: '请上传 Excel（.xlsx、.xls）、.ods 或 .csv 文件',
      en: 'Upload an Excel (.xlsx, .xls), .ods or .csv file',
    },
    { field: 'file' },
  );

const PHOTO_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};
const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

/** A photo as uploaded and as kept: its name (200 characters at most), its type and its bytes. */
export interface UploadedPhoto {
  name: string;
  mime: string;
  data: Buffer;
}

/**
 * A photo from a multipart form (field `file`): JPEG, PNG or WebP, at most 10 MB. `refuse` makes the module's own
 * error from the message in both languages.
 */
export async function readPhoto(
  req: FastifyRequest,
  refuse: (zh: string, en: string) => Error,
): Promise<UploadedPhoto> {
  const part = req.isMultipart() ? await req.file() : undefined;
  if (part?.fieldname !== 'file') throw refuse('请上传照片', 'Upload a photo');
  const ext = /\.([a-z]+)$/i.exec(part.filename)?.[1]?.toLowerCase() ?? '';
  const mime = PHOTO_TYPES[ext];
  if (!mime)
    throw refuse(
      `不支持的文件类型：${part.filename}（请上传 JPG、PNG 或 WebP 图片）`,
      `Unsupported file type: ${part.filename} (upload a JPG, PNG or WebP image)`,
    );
  const data = await part.toBuffer();
  if (!data.length || data.length > MAX_PHOTO_BYTES)
    throw refuse(
      `照片 ${part.filename} 为空或超过10MB`,
      `Photo ${part.filename} is empty or larger than 10 MB`,
    );
  return { name: part.filename.slice(0, 200), mime, data };
}

/** A kept photo sent back to staff: its type, cached by the browser only, for an hour. */
export const photoSent = (photo: { mime: string; data: Buffer | Uint8Array }) => ({
  headers: { 'content-type': photo.mime, 'cache-control': 'private, max-age=3600' },
  data: photo.data,
});
