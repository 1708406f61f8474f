import type { FastifyRequest } from 'fastify';
import type { SentFile } from '../../http/route-mould.ts';
import { FileField, Obj } from '../../http/schema.ts';
import { callErrors } from './calls.errors.ts';
import type { WorkFile } from './calls.submit.ts';

/** The upload form of a work (one field, `file`): staff and the worker send a work's file the same way. */
export const WorkForm = Obj({ file: FileField });

/** A work's picture or file from a multipart form (field `file`). */
export async function readWork(req: FastifyRequest): Promise<WorkFile> {
  const part = req.isMultipart() ? await req.file() : undefined;
  if (part?.fieldname !== 'file') throw callErrors.file('请上传作品文件', 'Upload the work');
  return { name: part.filename || 'work', data: await part.toBuffer() };
}
/** A work's file as the answer: inline, named in both ASCII and UTF-8, cached privately or publicly. */
export function workFileSent(
  f: { fileName: string; mime: string; data: Buffer },
  cache: 'private' | 'public',
): SentFile {
  const ascii = f.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  return {
    headers: {
      'content-type': f.mime,
      'content-disposition': `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(f.fileName)}`,
      'cache-control': `${cache}, max-age=3600`,
      'x-content-type-options': 'nosniff',
    },
    data: f.data,
  };
}
