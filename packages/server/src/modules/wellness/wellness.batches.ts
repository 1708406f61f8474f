import { type Actor, canAccess, requireAccess, requireRecordAccess } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import { notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { addCounts } from '../reporting/index.ts';
import { BATCH, type WellnessContext } from './wellness.context.ts';
import { wellnessErrors as E } from './wellness.errors.ts';
import { countNominationEvents } from './wellness.figures.repository.ts';
import { figuresOf } from './wellness.figures.ts';
import { findInstitution, findProgram } from './wellness.programs.repository.ts';
import { PROGRAM } from './wellness.programs.ts';
import {
  findBatch,
  type InstitutionKind,
  insertBatch,
  listAllocations,
  listNominations,
  lockProgram,
  type NewBatchFacts,
  placesInYear,
  type WellnessKind,
} from './wellness.repository.ts';
import { batchesOfPerson } from './wellness.worker.repository.ts';

const INSTITUTION_OF: Record<WellnessKind, InstitutionKind> = {
  recuperation: 'sanatorium',
  checkup: 'checkup_centre',
};

export interface BatchInput extends NewBatchFacts {
  meeting?: string;
  bring?: string;
}

async function programIn(
  sql: Sql,
  actor: Actor,
  id: number,
  permission: 'wellness.read' | 'wellness.manage',
) {
  return requireRecordAccess(actor, permission, await findProgram(sql, id), PROGRAM);
}

/** A batch the actor may see: its program's union's subtree, or a union holding places in it. */
async function batchVisible(sql: Sql, actor: Actor, id: number) {
  const b = await findBatch(sql, id);
  if (!b) throw notFound(BATCH);
  if (canAccess(actor, 'wellness.read', { orgPath: b.orgPath })) return { batch: b, path: b.orgPath };
  requireAccess(actor, 'wellness.read', { orgPath: actor.scopePath ?? '' });
  const mine = await listAllocations(sql, b.id, actor.scopePath as string);
  if (!mine.length) requireAccess(actor, 'wellness.read', { orgPath: b.orgPath });
  return { batch: b, path: actor.scopePath as string };
}

/** Batches: created under a program, one with its quotas and nominations, and the worker's own. */
export function createBatchUseCases(ctx: WellnessContext) {
  const { db, today } = ctx;
  return {
    async createBatch(actor: Actor, input: BatchInput) {
      return db.tx(async (sql) => {
        const p = await programIn(sql, actor, input.programId, 'wellness.manage');
        const inst = await findInstitution(sql, input.institutionId);
        if (!inst || !(p.orgPath.startsWith(inst.orgPath) || inst.orgPath.startsWith(p.orgPath)))
          throw notFound({ zh: '机构', en: 'Institution' });
        if (inst.kind !== INSTITUTION_OF[p.kind]) throw E.institutionKind();
        if (input.endsOn < input.startsOn || input.closesOn > input.startsOn) throw E.batchDays();
        const year = Number(input.startsOn.slice(0, 4));
        if (year < p.fromYear || year > p.toYear) throw E.batchYear(p.fromYear, p.toYear);
        if (input.places > inst.capacity) throw E.capacity(inst.capacity);
        // the program row is the lock two clerks adding batches of one year queue on
        await lockProgram(sql, p.id);
        const left = p.placesPerYear - (await placesInYear(sql, p.id, year));
        if (input.places > left) throw E.yearPlaces(year, Math.max(left, 0));
        const id = await insertBatch(sql, {
          programId: p.id,
          institutionId: inst.id,
          title: input.title.trim(),
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          closesOn: input.closesOn,
          places: input.places,
          meeting: input.meeting?.trim() ?? '',
          bring: input.bring?.trim() ?? '',
        });
        await addCounts(sql, [
          { subject: 'wellness.offered', orgId: p.orgId, on: input.startsOn, dim: p.kind, n: input.places },
        ]);
        await recordAudit(sql, actor, {
          action: 'wellness.batch.create',
          entity: 'wellness_batch',
          entityId: id,
          orgId: p.orgId,
          after: { title: input.title.trim(), startsOn: input.startsOn, places: input.places },
        });
        return { id };
      });
    },

    /** A batch with its quotas and nominations — all of them for its program's union, a lower union's own else. */
    async getBatch(actor: Actor, id: number) {
      return db.tx(async (sql) => {
        const { batch, path } = await batchVisible(sql, actor, id);
        const allocations = await listAllocations(sql, batch.id, path);
        const nominations = await listNominations(sql, batch.id, path);
        const figures = figuresOf(await countNominationEvents(sql, { path, batchId: batch.id }));
        await recordAudit(sql, actor, {
          action: 'wellness.list.read',
          entity: 'wellness_batch',
          entityId: batch.id,
          orgId: batch.orgId,
        });
        return {
          ...batch,
          manage: canAccess(actor, 'wellness.manage', { orgPath: batch.orgPath }),
          open: batch.status === 'open' && today() <= batch.closesOn,
          allocations: allocations.map(({ orgPath: _p, ...a }) => a),
          nominations: nominations.map(({ orgPath: _p, ...n }) => n),
          figures,
        };
      });
    },

    /**
     * The worker's batches on the phone: when, where, where to meet and what to bring; the latest 50, and how many
     * there are.
     */
    async mine(actor: Actor) {
      requireAccess(actor, 'self.read', { personId: actor.personId });
      return db.tx(async (sql) => {
        const { items: rows, total } = await batchesOfPerson(sql, actor.personId as number);
        const now = today();
        const items = rows.map((r) => ({
          id: r.id,
          nominationId: r.nominationId,
          title: r.title,
          kind: r.kind,
          programName: r.programName,
          orgName: r.orgName,
          institutionName: r.institutionName,
          institutionAddress: r.institutionAddress,
          startsOn: r.startsOn,
          endsOn: r.endsOn,
          meeting: r.meeting,
          bring: r.bring,
          attendance: r.attendance,
          canCheckIn: !r.attendance && r.status === 'open' && now >= r.startsOn && now <= r.endsOn,
          closesOn: r.closesOn,
          canDecline: !r.attendance && r.status !== 'settled' && now <= r.closesOn,
        }));
        return { items, total };
      });
    },
  };
}
