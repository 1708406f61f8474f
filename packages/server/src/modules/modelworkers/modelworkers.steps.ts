import { type Actor, canAccess, requireRecordAccess } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { findStudiosByIds } from '../innovation/index.ts';
import { err, MODEL_WORKER } from './modelworkers.errors.ts';
import type { HonourInput } from './modelworkers.honours.ts';
import { findModelWorker, type ModelWorkerRow } from './modelworkers.repository.ts';
import type { Health, Status } from './modelworkers.vocabulary.ts';

export interface ModelWorkerInput {
  orgId: number;
  name: string;
  gender?: 'male' | 'female' | null;
  idNumber?: string | null;
  /** The member to link, by id: their ID number is read from their record (an `idNumber` given must match). */
  personId?: number;
  employer?: string | null;
  phone?: string | null;
  contactName?: string | null;
  contactPhone?: string | null;
  health?: Health;
  healthNote?: string | null;
  studioId?: number | null;
  note?: string | null;
  registeredOn?: string;
  /** 在职, 退休, 已故 (default active) and the day it changed, where known. */
  status?: Status;
  statusOn?: string | null;
  honours: HonourInput[];
}

export type ModelWorkerPatch = Partial<
  Pick<
    ModelWorkerInput,
    | 'employer'
    | 'phone'
    | 'contactName'
    | 'contactPhone'
    | 'health'
    | 'healthNote'
    | 'studioId'
    | 'note'
    | 'status'
    | 'statusOn'
  >
>;

export const trimOrNull = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);

/** What a stored model worker shows: never the ID cipher. */
export const shown = ({ idCipher: _c, orgPath: _p, ...r }: ModelWorkerRow) => r;

/** The steps the entry, reading and changes share: a model worker in scope, a studio the actor may link. */
export function modelWorkerSteps() {
  async function inScope(
    sql: Sql,
    actor: Actor,
    id: number,
    permission: 'modelworkers.read' | 'modelworkers.write',
  ) {
    return requireRecordAccess(
      actor,
      permission,
      await findModelWorker(sql, id, permission === 'modelworkers.write'),
      MODEL_WORKER,
    );
  }
  /** A studio the actor may link: active, in their subtree. */
  async function checkStudio(sql: Sql, actor: Actor, studioId: number | null | undefined) {
    if (!studioId) return null;
    const s = (await findStudiosByIds(sql, [studioId])).get(studioId);
    if (!s || !canAccess(actor, 'modelworkers.write', { orgPath: s.orgPath }))
      throw err(
        'invalid',
        'MODELWORKER_STUDIO_UNKNOWN',
        '未找到本工会范围内的这个创新工作室',
        'No innovation studio of your unions has this id',
        'studioId',
      );
    return s;
  }
  return { inScope, checkStudio };
}
