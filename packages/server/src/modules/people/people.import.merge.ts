import type { Actor } from '../../access/access.ts';
import { isUniqueViolation, type Sql } from '../../db/db.ts';
import { AppError } from '../../shared/errors.ts';
import { recordAudits } from '../audit/index.ts';
import { followMemberPhones } from '../auth/index.ts';
import {
  collectImportChanges,
  countMerged,
  countNewAlreadyRegistered,
  countOutOfScope,
  fillImportMap,
  insertNewMembers,
  listImportChangesAfter,
  redateFoundMemberships,
  transferFoundMembers,
  updateFoundPersons,
} from './people.import.repository.ts';

export interface MergeCounts {
  /** Rows merged: persons created plus persons found. */
  imported: number;
  created: number;
  /** Persons already registered whose fields (or join date) the file changed. */
  updated: number;
  /** Memberships moved from another union in the importer's subtree. */
  transferred: number;
  /** Persons already members of the sheet's union whose attributes the sheet left as they were. */
  unchanged: number;
}

const stale = () =>
  new AppError('conflict', 'IMPORT_STALE', {
    zh: '导入过程中数据发生了变化（有工会被撤销或移动，或有人员在别处登记），未导入任何数据，请重新导入',
    en: 'Data changed while importing (a union was closed or moved, or a person was registered elsewhere); nothing was imported. Please import again.',
  });

/** What a merge that changed nothing counts. */
export const noMergeCounts = (): MergeCounts => ({
  imported: 0,
  created: 0,
  updated: 0,
  transferred: 0,
  unchanged: 0,
});

/** Staged rows numbered after `after` and up to `upTo` (null: to the end). */
export interface RowRange {
  after: number;
  upTo: number | null;
}

/** Who merges, and whether for real or only to list what would change (the dry run, 预检). */
export interface MergeOptions {
  actor: Actor;
  transferNote: string;
  dryRun: boolean;
  /** The day of the import: a membership moved to another union closes and opens on it (not before joining). */
  today: string;
}

/**
 * Moves one job's staged rows (all of them, or a range) into persons and memberships, set-based, in the
 * caller's transaction.
 * A person is matched by id_hash and never duplicated; a membership in another union of the subtree is
 * transferred with its history kept; the same union is left alone. What each found person's row changes is
 * listed first (member_import_changes), field by field; a dry run stops there, an import applies only those
 * changes and writes each person's in the audit log. Re-checks what validation saw, so a change made meanwhile
 * aborts the merge instead of writing around it. Its statements are in people.import.repository.ts.
 */
export async function mergeStagedMembers(
  sql: Sql,
  jobId: number,
  options: MergeOptions,
  rows: RowRange,
): Promise<MergeCounts> {
  try {
    return await merge(sql, jobId, options, rows);
  } catch (err) {
    // A person registered or a membership opened by someone else since validation: the unique indexes
    // refuse the second one, and the import is retried with fresh data rather than written around it.
    if (isUniqueViolation(err)) throw stale();
    throw err;
  }
}

/**
 * Checks a range of staged rows against the database as it is now, writing nothing: every union open and in the
 * subtree, no person found outside it, nobody registered meanwhile under a number the file registers. A merge
 * in parts (ADR 70) checks every part before it writes the first.
 */
export async function checkStagedMembers(
  sql: Sql,
  jobId: number,
  options: MergeOptions,
  rows: RowRange,
): Promise<void> {
  await fillImportMap(sql, jobId, rows.after, rows.upTo);
  const check = await countOutOfScope(sql, options.actor);
  if (check.outside > 0 || check.badOrg > 0 || (await countNewAlreadyRegistered(sql)) > 0) throw stale();
}

async function merge(sql: Sql, jobId: number, options: MergeOptions, rows: RowRange): Promise<MergeCounts> {
  await fillImportMap(sql, jobId, rows.after, rows.upTo);
  const check = await countOutOfScope(sql, options.actor);
  if (check.outside > 0 || check.badOrg > 0) throw stale();
  await collectImportChanges(sql, jobId);
  if (!options.dryRun) {
    await insertNewMembers(sql, jobId);
    await followMemberPhones(sql, await updateFoundPersons(sql, jobId));
    await redateFoundMemberships(sql);
    await transferFoundMembers(sql, options.transferNote, options.today);
    await auditChanges(sql, jobId, options.actor, rows);
  }
  return countMerged(sql);
}

/** Rows of changes written to the audit log per statement. */
const AUDIT_PAGE = 2000;

/** Each changed person's fields before and after, in the audit log, read back a page at a time. */
async function auditChanges(sql: Sql, jobId: number, actor: Actor, rows: RowRange) {
  for (let after = rows.after; ; ) {
    const page = await listImportChangesAfter(sql, jobId, after, rows.upTo, AUDIT_PAGE);
    if (!page.length) return;
    await recordAudits(
      sql,
      actor,
      page.map((c) => ({
        action: 'person.import.update' as const,
        entity: 'person' as const,
        entityId: c.personId,
        orgId: c.orgId,
        before: c.before,
        after: { ...c.after, jobId },
      })),
    );
    after = page[page.length - 1].rowNo;
  }
}
