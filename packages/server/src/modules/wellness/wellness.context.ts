import { type Actor, requireRecordAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { notFound } from '../../shared/errors.ts';
import type { IdProtector } from '../people/index.ts';
import { wellnessErrors } from './wellness.errors.ts';
import { findBatch, type WellnessKind } from './wellness.repository.ts';
import { findPersonNomination } from './wellness.worker.repository.ts';

/** What the wellness use cases share: their dependencies, the ledger's preset, names and the batch check. */
export interface WellnessContext {
  db: Db;
  ids: IdProtector;
  clock: () => Date;
  /** Today in China, by `clock`. */
  today: () => string;
}

export const SUBSIDY_PRESET = 'wellness-subsidy';
export const BATCH = { zh: '批次', en: 'Batch' };
export const KIND_ZH: Record<WellnessKind, string> = { recuperation: '疗休养', checkup: '健康体检' };
export const KIND_EN: Record<WellnessKind, string> = {
  recuperation: 'recuperation',
  checkup: 'health check',
};

export async function batchToManage(sql: Sql, actor: Actor, id: number, lock = false) {
  return requireRecordAccess(actor, 'wellness.manage', await findBatch(sql, id, lock), BATCH);
}

/**
 * The batch, locked, and the calling worker's live nomination on it, for the worker's own steps on the phone: not
 * found without the batch, refused when the worker is not on its list.
 */
export async function ownNomination(sql: Sql, actor: Actor, batchId: number) {
  const b = await findBatch(sql, batchId, true);
  if (!b) throw notFound(BATCH);
  const n = await findPersonNomination(sql, b.id, actor.personId as number);
  if (!n) throw wellnessErrors.notNominated();
  return { b, n };
}
