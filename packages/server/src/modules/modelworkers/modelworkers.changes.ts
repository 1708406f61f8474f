import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { recordAudit } from '../audit/index.ts';
import { listStudioChoices } from '../innovation/index.ts';
import { raiseModelWorkerLevels } from '../people/index.ts';
import { addCounts, type CountDelta } from '../reporting/index.ts';
import { err, highestLevel } from './modelworkers.errors.ts';
import { checkHonours, type HonourInput } from './modelworkers.honours.ts';
import {
  type HonourInsert,
  insertHonours,
  linkedLevels,
  setLevel,
  updateModelWorker,
} from './modelworkers.repository.ts';
import { honourCount, levelMove } from './modelworkers.status.ts';
import { changeStatus } from './modelworkers.status-change.ts';
import { type ModelWorkerPatch, modelWorkerSteps, trimOrNull } from './modelworkers.steps.ts';

/** Corrections and titles added on their day, and the studios a model worker may be linked to. */
export function createModelWorkerChanges(db: Db, clock: Clock) {
  const { inScope, checkStudio } = modelWorkerSteps();
  return {
    /**
     * Corrects contact, health, studio and note, and records a change of status (在职, 退休, 已故) with its day where
     * known, moving the counts on that day; one audit row with what changed.
     */
    async update(actor: Actor, id: number, patch: ModelWorkerPatch) {
      return db.tx(async (sql) => {
        const m = await inScope(sql, actor, id, 'modelworkers.write');
        if (patch.studioId !== undefined) await checkStudio(sql, actor, patch.studioId);
        const { status, statusOn, ...fields } = patch;
        const clean: Record<string, unknown> = {};
        const before: Record<string, unknown> = {};
        const moved = changeStatus(m, status, statusOn, todayInChina(clock()));
        if (moved) {
          Object.assign(clean, moved.after);
          Object.assign(before, moved.before);
        }
        for (const [k, v] of Object.entries(fields)) {
          if (v === undefined) continue;
          const value = typeof v === 'string' ? trimOrNull(v) : v;
          const was = (m as unknown as Record<string, unknown>)[k];
          if (value === was) continue;
          clean[k] = k === 'health' ? (value ?? 'good') : value;
          before[k] = was;
        }
        if (!Object.keys(clean).length) return { id, changed: 0 };
        await updateModelWorker(sql, id, clean);
        if (moved) await addCounts(sql, moved.deltas);
        await recordAudit(sql, actor, {
          action: 'modelworker.update',
          entity: 'modelworker',
          entityId: id,
          orgId: m.orgId,
          before,
          after: clean,
        });
        return { id, changed: Object.keys(clean).length };
      });
    },
    /** Adds a title; a higher level moves the model worker's count to it on the day recorded. */
    async addHonour(actor: Actor, id: number, honour: HonourInput, effectiveOn?: string) {
      return db.tx(async (sql) => {
        const m = await inScope(sql, actor, id, 'modelworkers.write');
        const day = effectiveDay(
          actor,
          effectiveOn,
          { zh: '记录', en: 'record' },
          [{ day: m.registeredOn, name: { zh: '登记日期', en: 'registration date' } }],
          { now: clock() },
        ).day;
        const [h] = await checkHonours(sql, m.personId, [honour]);
        const added = await insertHonours(sql, [
          { ...h, modelWorkerId: m.id, orgId: m.orgId, createdBy: actor.userId || null } as HonourInsert,
        ]);
        if (!added.length)
          throw err(
            'conflict',
            'MODELWORKER_HONOUR_DUPLICATE',
            `${m.name}已有${h.year}年「${h.title}」`,
            `${m.name} holds ${h.year} "${h.title}" already`,
            'title',
          );
        const level = highestLevel([m.level, h.level]);
        const deltas: CountDelta[] = [honourCount(m.orgId, h)];
        if (level !== m.level) {
          await setLevel(sql, m.id, level);
          deltas.push(...levelMove(m.orgId, m.level, level, m.status, day));
          await raiseModelWorkerLevels(sql, await linkedLevels(sql, [m.id]));
        }
        await addCounts(sql, deltas);
        await recordAudit(sql, actor, {
          action: 'modelworker.honour.add',
          entity: 'modelworker',
          entityId: m.id,
          orgId: m.orgId,
          after: { title: h.title, year: h.year, level: h.level, source: h.source, effectiveOn: day },
        });
        return { id: m.id, level };
      });
    },
    /** Active studios of the actor's subtree by name, for linking the one a model worker leads. */
    async studioChoices(actor: Actor, q?: string) {
      requireAccess(actor, 'modelworkers.read');
      if (!actor.scopePath) return [];
      return db.tx((sql) => listStudioChoices(sql, actor.scopePath as string, q?.trim() || undefined));
    },
  };
}
