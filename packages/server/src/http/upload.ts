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

const missingFile = () =>
  invalid(
    'IMPORT_FILE_MISSING',
    {
      zh: '请上传 Excel（.xlsx、.xls）、.ods 或 .csv 文件',
      en: 'Upload an Excel (.xlsx, .xls), .ods or .csv file',
    },
    { field: 'file' },
  );
