import type { Sql } from '../../db/db.ts';
import { addMessage, notifyPerson } from '../messages/index.ts';
import type { CaseRow } from './cases.repository.ts';
import { unionStaff } from './cases.repository.ts';

const staffLink = (id: number) => `/cases/${id}`;

/** Tells the staff of each union (once each), in the caller's transaction. */
export async function tellUnions(
  sql: Sql,
  orgIds: number[],
  caseId: number,
  title: { zh: string; en: string },
  body: { zh: string; en: string },
): Promise<void> {
  const users = new Set<number>();
  for (const orgId of new Set(orgIds)) for (const u of await unionStaff(sql, orgId)) users.add(u.id);
  if (!users.size) return;
  await addMessage(sql, [...users], {
    kind: 'case.update',
    title,
    body,
    link: staffLink(caseId),
    entity: 'case',
    entityId: caseId,
  });
}

/**
 * Tells the worker who filed the request. An anonymous request has no person to tell: the worker sees the news
 * in their own list (ADR 0022).
 */
export async function tellWorker(
  sql: Sql,
  c: Pick<CaseRow, 'id' | 'personId' | 'anonymous'>,
  title: { zh: string; en: string },
  body: { zh: string; en: string },
  /** The decision's moment (Notice.at): one entered after the fact is shown on its own day. */
  at?: string,
): Promise<void> {
  if (c.anonymous || c.personId === null) return;
  await notifyPerson(sql, c.personId, {
    kind: 'case.update',
    title,
    body,
    at,
    link: `/m/cases/${c.id}`,
    entity: 'case',
    entityId: c.id,
  });
}
