import type { FastifyRequest } from 'fastify';
import { pledgeErrors } from './pledges.errors.ts';

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};
const MAX_BYTES = 10 * 1024 * 1024;

/** A completion evidence file from a multipart form (field `file`): a photo or a PDF, at most 10 MB. */
export async function readEvidence(req: FastifyRequest) {
  const part = req.isMultipart() ? await req.file() : undefined;
  if (part?.fieldname !== 'file') {
    throw pledgeErrors.evidence({ zh: '请上传佐证材料文件', en: 'Upload the evidence file' });
  }
  const ext = /\.([a-z]+)$/i.exec(part.filename)?.[1]?.toLowerCase() ?? '';
  const mime = TYPES[ext];
  if (!mime) {
    throw pledgeErrors.evidence({
      zh: `不支持的文件类型：${part.filename}（请上传照片或PDF）`,
      en: `Unsupported file type: ${part.filename} (upload a photo or a PDF)`,
    });
  }
  const data = await part.toBuffer();
  if (!data.length || data.length > MAX_BYTES) {
    throw pledgeErrors.evidence({
      zh: `文件 ${part.filename} 为空或超过10MB`,
      en: `File ${part.filename} is empty or larger than 10 MB`,
    });
  }
  return { name: part.filename.slice(0, 200), mime, data };
}
