import { type Actor, requireRecordAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { IdProtector } from '../people/index.ts';
import { findBatch, type WellnessKind } from './wellness.repository.ts';

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
