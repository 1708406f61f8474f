import type { FastifyRequest } from 'fastify';
import { learningError } from './learning.errors.ts';

export interface LessonFile {
  name: string;
  mime: string;
  data: Buffer;
}

export interface LessonInput {
  title: string;
  kind: 'video' | 'document' | 'link';
  url?: string;
  durationSeconds?: number;
  file?: LessonFile;
}

/** Lesson files: a video, or a document (PDF, Office, e-book). Kept in the database like evidence files. */
export const MAX_LESSON_BYTES = 60 * 1024 * 1024;
const MIMES: Record<'video' | 'document', RegExp> = {
  video: /^video\/(mp4|webm|ogg|quicktime)$/,
  document:
    /^(application\/(pdf|epub\+zip|msword|vnd\.openxmlformats-officedocument\.[a-z.]+|vnd\.ms-powerpoint)|text\/plain)$/,
};

export function checkLessonFile(kind: LessonInput['kind'], f: LessonFile): LessonFile {
  const where = { field: 'file', name: f.name };
  if (kind === 'link' || !MIMES[kind].test(f.mime))
    throw learningError(
      'LEARNING_FILE_INVALID',
      {
        zh: `文件 ${f.name} 的格式不适合${kind === 'video' ? '视频（请上传 MP4/WebM）' : '文档（请上传 PDF、Word、PPT 或电子书）'}课时`,
        en: `File ${f.name} does not suit a ${kind} lesson (${kind === 'video' ? 'upload MP4/WebM' : 'upload PDF, Word, PowerPoint or an e-book'})`,
      },
      { ...where, mime: f.mime },
    );
  if (f.data.length === 0 || f.data.length > MAX_LESSON_BYTES)
    throw learningError(
      'LEARNING_FILE_INVALID',
      { zh: `文件 ${f.name} 为空或超过60MB`, en: `File ${f.name} is empty or larger than 60 MB` },
      where,
    );
  return f;
}

const KINDS = new Set(['video', 'document', 'link']);

/** The lesson of a multipart form: fields title, kind, url, durationSeconds and the file in `file`. */
/** A lesson sent with no body at all: the caller's mistake, not the server's. */
export const noLessonBody = () =>
  learningError(
    'LEARNING_INVALID',
    {
      zh: '请提交课时：以表单（multipart/form-data）或 JSON 发送名称、类型，以及文件或链接',
      en: 'Send the lesson as a form (multipart/form-data) or as JSON: title, kind, and a file or a link',
    },
    { field: 'body' },
  );

export async function readLessonForm(req: FastifyRequest): Promise<LessonInput> {
  const fields: Record<string, string> = {};
  let file: LessonFile | undefined;
  for await (const part of req.parts({ limits: { files: 1, fileSize: MAX_LESSON_BYTES, fields: 10 } })) {
    if (part.type === 'file') {
      file = { name: part.filename || 'file', mime: part.mimetype, data: await part.toBuffer() };
    } else fields[part.fieldname] = String(part.value);
  }
  const title = fields.title?.trim();
  if (!title)
    throw learningError(
      'LEARNING_INVALID',
      { zh: '请填写课时名称', en: 'The lesson needs a title' },
      { field: 'title' },
    );
  const kind = fields.kind as LessonInput['kind'];
  if (!KINDS.has(kind))
    throw learningError(
      'LEARNING_INVALID',
      { zh: '课时类型无效', en: 'Invalid lesson kind' },
      { field: 'kind' },
    );
  const duration = fields.durationSeconds?.trim();
  if (duration && !/^[1-9]\d{0,5}$/.test(duration))
    throw learningError(
      'LEARNING_INVALID',
      { zh: '时长须为正整数（秒）', en: 'The duration must be a whole number of seconds' },
      { field: 'durationSeconds' },
    );
  const url = fields.url?.trim() || undefined;
  if (url && (!/^https?:\/\//.test(url) || url.length > 500))
    throw learningError('LEARNING_INVALID', { zh: '网址无效', en: 'Invalid address' }, { field: 'url' });
  return {
    title: title.slice(0, 200),
    kind,
    url,
    durationSeconds: duration ? Number(duration) : undefined,
    file: file && checkLessonFile(kind, file),
  };
}
