import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import type { NotBefore } from '../../shared/effective.ts';
import { type AuditAction, recordAudit } from '../audit/index.ts';
import type { Span } from './hardship.counts.ts';
import { hardshipErrors } from './hardship.errors.ts';
import { addEvent, type NewEvent } from './hardship.events.repository.ts';
import { type FileRow, findFile, present } from './hardship.repository.ts';
import { yearAfter } from './hardship.types.ts';

export const uniq = <T>(xs: T[]) => [...new Set(xs)];

export function spanOf(f: FileRow): Span {
  return {
    orgId: f.orgId,
    level: f.level,
    causes: f.causes,
    from: f.spanFrom as string,
    expires: f.expiresOn as string,
  };
}

export function checkExpiry(from: string, expiresOn: string | undefined, field: string): string {
  const expires = expiresOn ?? yearAfter(from);
  if (expires < from) {
    throw hardshipErrors.dates(field, {
      zh: '有效期至不能早于认定日期',
      en: 'The expiry cannot precede the verification',
    });
  }
  return expires;
}

/** What a step on a file follows: its opening, its verification, its last review (ADR 40). */
export const opened = (f: FileRow): NotBefore => ({
  day: f.openedOn,
  name: { zh: '建档日期', en: 'day the file was opened' },
});

export const verified = (f: FileRow): NotBefore => ({
  day: f.verifiedOn,
  name: { zh: '认定日期', en: 'verification date' },
});

export const reviewed = (f: FileRow): NotBefore => ({
  day: f.reviewedOn,
  name: { zh: '上次复核日期', en: 'last review date' },
});

/** The steps the filing, review and files share: today, a file in the actor's scope, who acted. */
export function hardshipSteps(clock: Clock) {
  const today = () => todayInChina(clock());
  async function fileIn(sql: Sql, actor: Actor, id: number, permission: 'hardship.read' | 'hardship.write') {
    const f = await findFile(sql, id, today(), permission === 'hardship.write');
    if (!f) throw hardshipErrors.notFound();
    requireAccess(actor, permission, { orgPath: f.orgPath });
    return f;
  }
  const by = (actor: Actor) => ({ byUser: actor.userId || null, byName: actor.displayName });
  /** A change to a file the actor may write, in one transaction: the file locked, `change` made, the file as it became. */
  async function changeFile(
    db: Db,
    actor: Actor,
    id: number,
    change: (sql: Sql, f: FileRow) => Promise<void>,
  ) {
    return db.tx(async (sql) => {
      const f = await fileIn(sql, actor, id, 'hardship.write');
      await change(sql, f);
      return present((await findFile(sql, id, today())) as FileRow);
    });
  }
  /** A step taken on a file: its event in the file's history and its audit entry, both at the file's union. */
  async function recordFileStep(
    sql: Sql,
    actor: Actor,
    f: FileRow,
    event: Omit<NewEvent, 'fileId' | 'orgId' | 'byUser' | 'byName'>,
    audit: { action: AuditAction; before: unknown; after: unknown },
  ) {
    await addEvent(sql, { fileId: f.id, orgId: f.orgId, ...event, ...by(actor) });
    await recordAudit(sql, actor, { entity: 'hardship_file', entityId: f.id, orgId: f.orgId, ...audit });
  }
  return { today, fileIn, by, changeFile, recordFileStep };
}
