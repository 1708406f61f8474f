import type { Db } from '../../db/db.ts';
import { notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { type IdProtector, PHONE_RE } from '../people/index.ts';
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
 * Selections on public notice now, and those whose results are final after their notice. Results brought in from
 * a register of past results were never on notice here and are not published by the platform.
 */
export async function listNotices(db: Db) {
  const { rows } = await db.query<{
    id: number;
    edition: string;
    organiserName: string;
    status: 'notice' | 'final';
    noticeFrom: string;
    noticeUntil: string;
  }>(
    `select s.id, s.edition, o.name as "organiserName", s.status,
            to_char(s.notice_from, 'YYYY-MM-DD') as "noticeFrom", to_char(s.notice_until, 'YYYY-MM-DD') as "noticeUntil"
       from selections s join orgs o on o.id = s.organiser_org_id
      where s.status in ('notice', 'final') and not s.imported
      order by s.status = 'notice' desc, s.notice_from desc, s.id desc limit 100`,
  );
  return { items: rows };
}

export async function getNotice(db: Db, id: number) {
  const { rows } = await db.query<{
    id: number;
    edition: string;
    title: string;
    organiserName: string;
    status: 'notice' | 'final';
    noticeFrom: string;
    noticeUntil: string;
  }>(
    `select s.id, s.edition, s.title, o.name as "organiserName", s.status,
            to_char(s.notice_from, 'YYYY-MM-DD') as "noticeFrom", to_char(s.notice_until, 'YYYY-MM-DD') as "noticeUntil"
       from selections s join orgs o on o.id = s.organiser_org_id
      where s.id = $1 and s.status in ('notice', 'final') and not s.imported`,
    [id],
  );
  const s = rows[0];
  if (!s) throw notFound(SELECTION, { id });
  const entries = await db.query<{
    nominationId: number;
    categoryName: string;
    name: string;
    unit: string;
    deed: string;
  }>(
    `select n.id as "nominationId", c.name as "categoryName", p.name, n.unit, n.deed
       from selection_nominations n join selection_categories c on c.id = n.category_id
       join persons p on p.id = n.person_id
      where n.selection_id = $1 and n.status = 'selected' order by c.position, n.rank, n.id`,
    [id],
  );
  return { ...s, entries: entries.rows };
}

/** Lodges an objection to a nominee on notice; the organiser must decide it before results are final. */
export async function lodgeObjection(
  db: Db,
  ids: IdProtector,
  id: number,
  input: ObjectionInput,
  ip: string,
  now = new Date(),
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
    const { rows } = await sql.query<{ organiserOrgId: number; status: string }>(
      `select s.organiser_org_id as "organiserOrgId", s.status from selections s
         join selection_nominations n on n.selection_id = s.id
        where s.id = $1 and n.id = $2 and n.status = 'selected' and s.status in ('notice', 'final')`,
      [id, input.nominationId],
    );
    const s = rows[0];
    if (!s) throw notFound(SELECTION, { id });
    if (s.status !== 'notice') {
      throw selectionError('SELECTION_STATUS', {
        zh: '公示已结束，不再受理异议',
        en: 'The public notice has ended; objections are no longer taken',
      });
    }
    const n = await countRequest(sql, ids.hash(`objection-ip:${ip}`), 3600);
    if (n > OBJECTIONS_PER_HOUR) {
      throw selectionError('SELECTION_OBJECTION_THROTTLED', {
        zh: '提交过于频繁，请一小时后再试',
        en: 'Too many objections; try again in an hour',
      });
    }
    const inserted = await sql.query<{ id: number }>(
      `insert into selection_objections (selection_id, nomination_id, text, contact_name, contact_phone, created_at)
       values ($1, $2, $3, $4, $5, $6) returning id`,
      [id, input.nominationId, text, name, input.contactPhone, now.toISOString()],
    );
    await recordAudit(sql, null, {
      action: 'selection.objection.lodge',
      entity: 'selection_objection',
      entityId: inserted.rows[0].id,
      orgId: s.organiserOrgId,
    });
    return { id: inserted.rows[0].id, status: 'open' as const };
  });
}
