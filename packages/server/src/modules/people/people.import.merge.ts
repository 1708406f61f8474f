import type { Subtree } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { AppError } from '../../shared/errors.ts';
import {
  countMerged,
  countOutOfScope,
  fillImportMap,
  insertNewMembers,
  transferFoundMembers,
  updateFoundPersons,
} from './people.import.repository.ts';

export interface MergeCounts {
  /** Rows merged: persons created plus persons found. */
  imported: number;
  created: number;
  /** Persons already registered whose attributes the file changed. */
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

/**
 * Moves one job's staged rows (all of them, or a range) into persons and memberships, set-based, in the
 * caller's transaction.
 * A person is matched by id_hash and never duplicated; a membership in another union of the subtree is
 * transferred with its history kept; the same union is left alone. Re-checks what validation saw, so a
 * change made meanwhile aborts the merge instead of writing around it. Its statements are in
 * people.import.repository.ts.
 */
export async function mergeStagedMembers(
  sql: Sql,
  jobId: number,
  scope: Subtree,
  transferNote: string,
  rows: RowRange,
): Promise<MergeCounts> {
  try {
    return await merge(sql, jobId, scope, transferNote, rows);
  } catch (err) {
    // A person registered or a membership opened by someone else since validation: the unique indexes
    // refuse the second one, and the import is retried with fresh data rather than written around it.
    if ((err as { code?: string }).code === '23505') throw stale();
    throw err;
  }
}

async function merge(
  sql: Sql,
  jobId: number,
  scope: Subtree,
  transferNote: string,
  rows: RowRange,
): Promise<MergeCounts> {
  await fillImportMap(sql, jobId, rows.after, rows.upTo);
  const check = await countOutOfScope(sql, scope);
  if (check.outside > 0 || check.badOrg > 0) throw stale();

  await insertNewMembers(sql, jobId);
  const updated = await updateFoundPersons(sql, jobId);
  await transferFoundMembers(sql, transferNote);
  return { ...(await countMerged(sql)), updated };
}
