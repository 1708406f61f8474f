import type { Actor } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { recordAudit } from '../audit/index.ts';
import { cleanPhoto } from '../card/index.ts';
import { findPersonById } from '../people/index.ts';
import { addCounts } from '../reporting/index.ts';
import { callErrors } from './calls.errors.ts';
import {
  type CallRow,
  findWork,
  insertWork,
  putFile,
  resubmitWork,
  takeQuota,
  type WorkKind,
} from './calls.repository.ts';

/** A work's picture or file as uploaded (multipart field `file`). */
export interface WorkFile {
  name: string;
  data: Buffer;
}

/** What is sent in: a category, a title (optional), the text of a text work, a file for the others. */
export interface WorkInput {
  categoryId: number;
  title?: string;
  body?: string;
  /** A returned work sent again, fixed. */
  workId?: number;
  /**
   * The day it was sent in (ADR 40), when a branch's staff record a work handed in on paper: default today, inside
   * the call's window; a past day needs history.backdate. The worker's own submission is today's.
   */
  effectiveOn?: string;
}

export const MAX_WORK_BYTES = 10 * 1024 * 1024;
const FILE_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  txt: 'text/plain; charset=utf-8',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

const photoError = () =>
  callErrors.file(
    '请上传 JPEG 或 PNG 格式的照片（不超过10MB）',
    'Upload a JPEG or PNG photo (10 MB at most)',
  );

/** The stored form of an upload: photos as JPEG or PNG with their metadata (EXIF, place taken) removed. */
function storedFile(kind: WorkKind, file: WorkFile): { fileName: string; mime: string; data: Buffer } {
  const fileName = file.name.slice(0, 200);
  if (!file.data.length || file.data.length > MAX_WORK_BYTES)
    throw callErrors.file(
      `文件 ${fileName} 为空或超过10MB`,
      `The file ${fileName} is empty or larger than 10 MB`,
    );
  if (kind === 'image') {
    const photo = cleanPhoto(file.data, { maxBytes: MAX_WORK_BYTES, error: photoError });
    return { fileName, mime: photo.mime, data: photo.bytes };
  }
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const mime = FILE_TYPES[ext];
  if (!mime)
    throw callErrors.file(
      `不支持的文件类型：${fileName}（请上传 PDF、Word、PPT、文本或图片）`,
      `Unsupported file type: ${fileName} (upload a PDF, Word, PowerPoint, text or picture)`,
    );
  if (mime.startsWith('image/')) {
    const photo = cleanPhoto(file.data, { maxBytes: MAX_WORK_BYTES, error: photoError });
    return { fileName, mime: photo.mime, data: photo.bytes };
  }
  return { fileName, mime, data: file.data };
}

const defaultTitle = (kind: WorkKind, body: string, file: WorkFile | undefined) => {
  if (kind === 'text') {
    const line = body.trim().split(/\n/)[0];
    return line.length > 30 ? `${line.slice(0, 30)}…` : line;
  }
  return (file?.name ?? '').replace(/\.[^.]*$/, '').slice(0, 100) || '作品';
};

/**
 * Sends a work in for `personId` (the worker on the phone, or a branch's staff for a member): inside the call's
 * window, a member of the organiser's subtree, the category's kind respected, and within the per-worker count of
 * the category — one guarded upsert, so parallel submissions cannot pass it. A returned work is fixed and sent
 * again instead (it keeps its place in the count). Counted as `calls.submitted` on its first day.
 */
export async function submitWork(
  sql: Sql,
  actor: Actor,
  call: CallRow,
  personId: number,
  input: WorkInput,
  file: WorkFile | undefined,
  now: Date,
): Promise<{ id: number; status: 'submitted' }> {
  const when = effectiveDay(actor, input.effectiveOn, { zh: '投稿', en: 'submission' }, [], { now });
  const day = when.day;
  if (day < call.opensOn || day > call.closesOn) throw callErrors.closed(call.opensOn, call.closesOn);
  const category = call.categories.find((k) => k.id === input.categoryId);
  if (!category) throw callErrors.categoryNotFound();
  const body = category.kind === 'text' ? (input.body ?? '').trim() : '';
  if (category.kind === 'text' && !body) throw callErrors.kind('text');
  if (category.kind !== 'text' && !file && !input.workId) throw callErrors.kind(category.kind);
  const stored = file && category.kind !== 'text' ? storedFile(category.kind, file) : undefined;
  const title = input.title?.trim() || defaultTitle(category.kind, body, file);
  const person = await findPersonById(sql, personId);
  if (!person?.orgId || !person.orgPath?.startsWith(call.orgPath)) throw callErrors.notMember(person?.name);

  let id: number;
  if (input.workId) {
    const work = await findWork(sql, input.workId, true);
    if (!work || work.callId !== call.id || work.personId !== personId) throw callErrors.workNotFound();
    if (work.status !== 'returned') throw callErrors.notReturned();
    if (work.categoryId !== category.id) throw callErrors.categoryNotFound();
    await resubmitWork(sql, work.id, title, category.kind === 'text' ? body : null);
    id = work.id;
  } else {
    const taken = await takeQuota(sql, {
      categoryId: category.id,
      personId,
      orgId: person.orgId,
      limit: call.perWorker,
    });
    if (!taken) throw callErrors.limit(category.name, call.perWorker);
    id = await insertWork(sql, {
      callId: call.id,
      categoryId: category.id,
      personId,
      orgId: person.orgId,
      authorName: person.name,
      title,
      body,
      submittedBy: actor.personId === personId ? null : actor.userId || null,
      submittedOn: day,
    });
    await addCounts(sql, [
      {
        subject: 'calls.submitted',
        orgId: person.orgId,
        on: day,
        dim: String(category.id),
        dim2: category.kind,
        n: 1,
      },
    ]);
  }
  if (stored) await putFile(sql, { workId: id, orgId: person.orgId, ...stored });
  await recordAudit(sql, actor, {
    action: input.workId ? 'call.work.resubmit' : 'call.work.submit',
    entity: 'call_work',
    entityId: id,
    orgId: person.orgId,
    after: {
      callId: call.id,
      category: category.name,
      title,
      personId,
      ...(when.backdated ? { effectiveOn: day } : {}),
    },
  });
  return { id, status: 'submitted' };
}
