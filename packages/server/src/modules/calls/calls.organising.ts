import { type Actor, canAccess, offerSubtree, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { recordAudit } from '../audit/index.ts';
import { getOrgInScope, subtreeAsked } from '../org/index.ts';
import { findPersonById } from '../people/index.ts';
import { callErrors } from './calls.errors.ts';
import {
  findCall,
  type Gallery,
  insertCall,
  listCalls,
  listWorks,
  type WorkKind,
  type WorkStatus,
} from './calls.repository.ts';
import { callsSteps, publicCall } from './calls.steps.ts';
import { submitWork, type WorkFile, type WorkInput } from './calls.submit.ts';

export interface CallInput {
  orgId: number;
  title: string;
  description?: string;
  opensOn: string;
  closesOn: string;
  perWorker: number;
  gallery: Gallery;
  categories: { name: string; kind: WorkKind }[];
}

/** Opening a call, reading calls and their works, and sending works in (by a branch's staff or the worker). */
export function createCallOrganising(db: Db, clock: Clock) {
  const { today, callFor, isOrganiser } = callsSteps(clock);
  return {
    async create(actor: Actor, input: CallInput) {
      return db.tx(async (sql) => {
        const org = await getOrgInScope(sql, actor, input.orgId);
        requireAccess(actor, 'calls.manage', { orgPath: org.path });
        if (input.closesOn < input.opensOn) throw callErrors.window();
        const id = await insertCall(
          sql,
          {
            orgId: org.id,
            title: input.title.trim(),
            description: input.description?.trim() ?? '',
            opensOn: input.opensOn,
            closesOn: input.closesOn,
            perWorker: input.perWorker,
            gallery: input.gallery,
            createdBy: actor.userId || null,
          },
          input.categories.map((k) => ({ name: k.name.trim(), kind: k.kind })),
        );
        await recordAudit(sql, actor, {
          action: 'call.create',
          entity: 'call',
          entityId: id,
          orgId: org.id,
          after: { title: input.title.trim(), categories: input.categories.map((k) => k.name) },
        });
        return { id };
      });
    },
    /** Calls organised in a union's subtree or offered to it from above, with the works of its subtree counted. */
    async list(actor: Actor, q: { orgId?: number; awaiting?: boolean } = {}) {
      return db.tx(async (sql) => {
        const path = await subtreeAsked(sql, actor, q.orgId, 'calls.read');
        const { items, total } = await listCalls(sql, path, q.awaiting === true);
        return { items: items.map(publicCall), total };
      });
    },
    /** A call, with what the actor may do to it. */
    async get(actor: Actor, id: number) {
      return db.tx(async (sql) => {
        const call = await callFor(sql, actor, id, 'calls.read');
        return {
          ...publicCall(call),
          open: today() >= call.opensOn && today() <= call.closesOn,
          canJudge: isOrganiser(actor, call),
          canReview: canAccess(actor, 'calls.review'),
        };
      });
    },
    /** The works of a call sent in from the actor's part of it (a branch: its members'; the organiser: all); audited. */
    async works(actor: Actor, id: number, f: { status?: WorkStatus; categoryId?: number } = {}) {
      return db.tx(async (sql) => {
        const call = await callFor(sql, actor, id, 'calls.read');
        const { items: works, total } = await listWorks(sql, call.id, offerSubtree(actor, call.orgPath), f);
        await recordAudit(sql, actor, {
          action: 'call.works.read',
          entity: 'call',
          entityId: call.id,
          orgId: call.orgId,
        });
        return { items: works.map(({ orgPath: _p, ...w }) => w), total };
      });
    },
    /** A branch's staff send a work in for a member of their subtree. */
    async submitFor(actor: Actor, id: number, personId: number, input: WorkInput, file?: WorkFile) {
      return db.tx(async (sql) => {
        const call = await callFor(sql, actor, id, 'calls.read');
        const person = await findPersonById(sql, personId);
        if (!person?.orgPath || !canAccess(actor, 'calls.review', { orgPath: person.orgPath }))
          throw callErrors.notMember(person?.name);
        return submitWork(sql, actor, call, personId, input, file, clock());
      });
    },
    /** The worker sends a work in on the phone. */
    async submitSelf(actor: Actor, id: number, input: WorkInput, file?: WorkFile) {
      requireAccess(actor, 'self.apply', { personId: actor.personId });
      return db.tx(async (sql) => {
        const call = await findCall(sql, id);
        if (!call) throw callErrors.notFound();
        return submitWork(sql, actor, call, actor.personId as number, input, file, clock());
      });
    },
  };
}
