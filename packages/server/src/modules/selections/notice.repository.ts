import type { Sql } from '../../db/db.ts';
import { insertRow } from '../../db/insert.ts';
import { type Capped, COUNT_ALL, capped } from '../../shared/capped.ts';

/** The statements of the public notice and its objections (notice.service.ts). */

export interface NoticeHead {
  id: number;
  edition: string;
  organiserName: string;
  status: 'notice' | 'final';
  noticeFrom: string;
  noticeUntil: string;
}

/** The most selections the public list of notices holds; it says how many there are in all. */
export const NOTICE_CAP = 100;

/**
 * Selections whose notice period has not ended by `today` (not brought in from a register): those on notice first,
 * then newest; the first `cap`, and how many there are in all. A notice leaves the public page the day after its
 * period; the selection stays in the staff's records.
 */
export async function listNoticeHeads(
  sql: Sql,
  today: string,
  cap: number = NOTICE_CAP,
): Promise<Capped<NoticeHead>> {
  const { rows } = await sql.query<NoticeHead & { countAll: number }>(
    `select s.id, s.edition, o.name as "organiserName", s.status,
            to_char(s.notice_from, 'YYYY-MM-DD') as "noticeFrom", to_char(s.notice_until, 'YYYY-MM-DD') as "noticeUntil",
            ${COUNT_ALL}
       from selections s join orgs o on o.id = s.organiser_org_id
      where s.status in ('notice', 'final') and not s.imported and s.notice_until >= $1::date
      order by s.status = 'notice' desc, s.notice_from desc, s.id desc limit ${Number(cap)}`,
    [today],
  );
  return capped(rows);
}

/** A selection whose notice period has not ended by `today`, as the public notice shows it. */
export async function findNoticeHead(
  sql: Sql,
  id: number,
  today: string,
): Promise<(NoticeHead & { title: string }) | undefined> {
  const { rows } = await sql.query<NoticeHead & { title: string }>(
    `select s.id, s.edition, s.title, o.name as "organiserName", s.status,
            to_char(s.notice_from, 'YYYY-MM-DD') as "noticeFrom", to_char(s.notice_until, 'YYYY-MM-DD') as "noticeUntil"
       from selections s join orgs o on o.id = s.organiser_org_id
      where s.id = $1 and s.status in ('notice', 'final') and not s.imported and s.notice_until >= $2::date`,
    [id, today],
  );
  return rows[0];
}

/** The selected nominees as the notice shows them (the person's name from people's `persons`). */
export async function listNoticeEntries(sql: Sql, selectionId: number) {
  const { rows } = await sql.query<{
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
    [selectionId],
  );
  return rows;
}

/** The selection of a selected nominee on notice or final, for an objection. */
export async function findObjectionTarget(sql: Sql, selectionId: number, nominationId: number) {
  const { rows } = await sql.query<{ organiserOrgId: number; status: string; noticeUntil: string }>(
    `select s.organiser_org_id as "organiserOrgId", s.status,
            to_char(s.notice_until, 'YYYY-MM-DD') as "noticeUntil" from selections s
       join selection_nominations n on n.selection_id = s.id
      where s.id = $1 and n.id = $2 and n.status = 'selected' and s.status in ('notice', 'final')`,
    [selectionId, nominationId],
  );
  return rows[0];
}

export async function insertObjection(
  sql: Sql,
  o: {
    selectionId: number;
    nominationId: number;
    text: string;
    contactName: string;
    contactPhone: string;
    createdAt: Date;
  },
): Promise<number> {
  return insertRow(
    sql,
    'selection_objections',
    'selection_id, nomination_id, text, contact_name, contact_phone, created_at',
    { ...o, createdAt: o.createdAt.toISOString() },
  );
}
