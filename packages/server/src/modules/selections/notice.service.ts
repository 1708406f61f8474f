import type { Db } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import { notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { type IdProtector, PHONE_RE } from '../people/index.ts';
import {
  findNoticeHead,
  findObjectionTarget,
  insertObjection,
  listNoticeEntries,
  listNoticeHeads,
} from './notice.repository.ts';
import { invalidField, SELECTION, selectionError } from './selections.errors.ts';
import { countRequest } from './selections.repository.ts';
import type { ObjectionInput } from './selections.types.ts';

/**
 * The public side of a selection (公示): no sign-in. The notice shows each selected nominee's name, unit and
 * deed only — no ID number, phone, birth date or person id. Anyone may object to a nominee with contact
 * details; objections are limited per address and in length, and may not carry links.
 */

/** Objections one address may lodge an hour. */
export const OBJECTIONS_PER_HOUR = 5;
export const MAX_OBJECTION_TEXT = 500;
const LINK = /(https?:\/\/|www\.|[a-z0-9-]+\.(com|cn|net|org|top|xyz|info|io)\b)/i;

/**
 * Selections on public notice on `today`: a notice leaves the public page when its period ends (the selection
 * stays in the staff's records). Results brought in from a register of past results were never on notice here and
 * are not published by the platform. At most the first 100, and how many there are.
 */
export async function listNotices(db: Db, today: string) {
  return listNoticeHeads(db, today);
}

/** A notice whose period has not ended by `today`; 404 for one that has (or was never on notice). */
export async function getNotice(db: Db, id: number, today: string) {
  const s = await findNoticeHead(db, id, today);
  if (!s) throw notFound(SELECTION, { id });
  return { ...s, entries: await listNoticeEntries(db, id) };
}

/** Lodges an objection to a nominee on notice; the organiser must decide it before results are final. */
export async function lodgeObjection(
  db: Db,
  ids: IdProtector,
  id: number,
  input: ObjectionInput,
  ip: string,
  now: Date,
): Promise<{ id: number; status: 'open' }> {
  const text = input.text.trim();
  const name = input.contactName.trim();
  if (!text) throw invalidField('text', '请填写异议内容', 'Write the objection');
  if (text.length > MAX_OBJECTION_TEXT) {
    throw invalidField(
      'text',
      `异议内容不超过${MAX_OBJECTION_TEXT}字`,
      `The objection is limited to ${MAX_OBJECTION_TEXT} characters`,
    );
  }
  if (LINK.test(text) || LINK.test(name)) {
    throw invalidField('text', '异议内容不能包含网址链接', 'The objection may not contain links');
  }
  if (!PHONE_RE.test(input.contactPhone)) {
    throw invalidField('contactPhone', '请填写有效的手机号码', 'Give a valid mobile phone number');
  }
  return db.tx(async (sql) => {
    const s = await findObjectionTarget(sql, id, input.nominationId);
    if (!s) throw notFound(SELECTION, { id });
    if (s.status !== 'notice' || s.noticeUntil < todayInChina(now)) {
      throw selectionError('SELECTION_STATUS', {
        zh: '公示已结束，不再受理异议',
        en: 'The public notice has ended; objections are no longer taken',
      });
    }
    const n = await countRequest(sql, ids.hash(`objection-ip:${ip}`), now, 3600);
    if (n > OBJECTIONS_PER_HOUR) {
      throw selectionError('SELECTION_OBJECTION_THROTTLED', {
        zh: '提交过于频繁，请一小时后再试',
        en: 'Too many objections; try again in an hour',
      });
    }
    const objectionId = await insertObjection(sql, {
      selectionId: id,
      nominationId: input.nominationId,
      text,
      contactName: name,
      contactPhone: input.contactPhone,
      createdAt: now,
    });
    await recordAudit(sql, null, {
      action: 'selection.objection.lodge',
      entity: 'selection_objection',
      entityId: objectionId,
      orgId: s.organiserOrgId,
    });
    return { id: objectionId, status: 'open' as const };
  });
}
