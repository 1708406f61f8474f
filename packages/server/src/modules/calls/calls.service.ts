import {
  type Actor,
  canAccess,
  offerSubtree,
  requireAccess,
  requirePermission,
} from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { notifyPerson } from '../messages/index.ts';
import { getOrgInScope } from '../org/index.ts';
import { findPersonById } from '../people/index.ts';
import { addCounts } from '../reporting/index.ts';
import { callErrors } from './calls.errors.ts';
import {
  type CallRow,
  decideWork,
  findCall,
  findFile,
  findWork,
  type Gallery,
  insertCall,
  listCalls,
  listChosen,
  listOffered,
  listPublicCalls,
  listWorks,
  reviewWork,
  setPublished,
  type WorkKind,
  type WorkResult,
  type WorkRow,
  type WorkStatus,
  worksOfPerson,
} from './calls.repository.ts';
import { insertReturn } from './calls.returns.repository.ts';
import { createCallStats } from './calls.stats.ts';
import { submitWork, type WorkFile, type WorkInput } from './calls.submit.ts';

/**
 * Calls for works (作品征集, issue 26, ADR 63): a union opens a call to its subtree with categories of works (text,
 * image, file), a window and a count per worker and category; workers send works in on the phone, or a branch's
 * staff for its members; the author's union (the branch) passes each work or returns it with a reason (a returned
 * work may be fixed and sent again inside the window); the organiser marks what is awarded or exhibited (一等奖 …
 * 入展, with an optional score) and publishes a gallery, public or for its members. Counted in the reporting layer
 * by the author's union, dim the category, on the day of each step: `calls.submitted` (dim2 the kind),
 * `calls.passed`, `calls.returned`, `calls.chosen` (dim2 the result).
 */
export const WORK_RESULTS: WorkResult[] = ['first', 'second', 'third', 'merit', 'exhibit'];

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

/** A work as the gallery shows it: the author's name and union as the union publishes them, nothing more. */
const galleryWork = (w: WorkRow) => ({
  id: w.id,
  categoryId: w.categoryId,
  categoryName: w.categoryName,
  kind: w.kind,
  title: w.title,
  body: w.body,
  authorName: w.authorName,
  orgName: w.orgName,
  result: w.result as WorkResult,
  hasFile: w.hasFile,
});
const publicCall = <T extends CallRow>({ orgPath: _p, ...c }: T) => c;

export function createCallsService(db: Db, clock: Clock) {
  const today = () => todayInChina(clock());

  async function callFor(sql: Sql, actor: Actor, id: number, permission: 'calls.read' | 'calls.manage') {
    const call = await findCall(sql, id);
    if (!call) throw callErrors.notFound();
    if (permission === 'calls.manage') requireAccess(actor, permission, { orgPath: call.orgPath });
    else requireAccess(actor, permission, { offeredBy: call.orgPath });
    return call;
  }

  /** Whether the actor is the organising union's own staff: judging and publishing are theirs (ADR 63). */
  const isOrganiser = (actor: Actor, call: CallRow) =>
    actor.orgId === call.orgId && canAccess(actor, 'calls.manage', { orgPath: call.orgPath });

  /**
   * A call whose results the actor sets: the organiser's staff only. Another union that sees the call (one above,
   * a branch) is refused with the reason; one that cannot see it (nor `seen`, the work at hand) finds nothing.
   */
  async function organisedCall(sql: Sql, actor: Actor, id: number, seen?: WorkRow) {
    const call = await findCall(sql, id);
    if (!call) throw callErrors.notFound();
    requirePermission(actor, 'calls.manage');
    if (isOrganiser(actor, call)) return call;
    const sees =
      canAccess(actor, 'calls.read', { orgPath: call.orgPath }) ||
      (seen !== undefined && canAccess(actor, 'calls.read', { orgPath: seen.orgPath }));
    if (!sees) throw seen ? callErrors.workNotFound() : callErrors.notFound();
    throw callErrors.notOrganiser(call.orgName);
  }

  async function unionPath(sql: Sql, actor: Actor, orgId?: number) {
    const id = orgId ?? actor.orgId;
    const path = id ? (await getOrgInScope(sql, actor, id)).path : actor.scopePath;
    if (!path) throw notFound({ zh: '工会', en: 'Union' });
    return path;
  }

  /** A work the actor may act on as `permission` requires: its author's union in the actor's subtree. */
  async function workFor(sql: Sql, actor: Actor, id: number, permission: 'calls.read' | 'calls.review') {
    const work = await findWork(sql, id, permission !== 'calls.read');
    if (!work) throw callErrors.workNotFound();
    requireAccess(actor, permission, { orgPath: work.orgPath });
    return work;
  }

  /** The gallery of a published call, for one who may see it. */
  async function gallery(sql: Sql, call: CallRow) {
    if (!call.publishedOn) throw callErrors.galleryClosed();
    const { items, total } = await listChosen(sql, call.id);
    return { ...publicCall(call), works: items.map(galleryWork), worksTotal: total };
  }

  /** Whether a worker may see the call's gallery: public, or a member of the organiser's subtree. */
  async function workerSees(sql: Sql, actor: Actor, call: CallRow) {
    if (call.gallery === 'public') return true;
    const person = actor.personId ? await findPersonById(sql, actor.personId) : undefined;
    return !!person?.orgPath?.startsWith(call.orgPath);
  }

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
    async list(actor: Actor, orgId?: number) {
      return db.tx(async (sql) => {
        const path = await unionPath(sql, actor, orgId);
        requireAccess(actor, 'calls.read', { orgPath: path });
        const { items, total } = await listCalls(sql, path);
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

    /**
     * The branch's review: 通过 sends the work up to the organiser's judging, 退回 gives it back to the author with a
     * reason (told by a message), to fix and send again inside the window.
     */
    async review(
      actor: Actor,
      workId: number,
      input: { decision: 'pass' | 'return'; reason?: string; effectiveOn?: string },
    ) {
      return db.tx(async (sql) => {
        const work = await workFor(sql, actor, workId, 'calls.review');
        if (work.status !== 'submitted') throw callErrors.notAwaitingReview();
        const reason = input.reason?.trim() || null;
        if (input.decision === 'return' && !reason) throw callErrors.reasonRequired();
        const eff = effectiveDay(
          actor,
          input.effectiveOn,
          { zh: '审核', en: 'review' },
          [{ day: work.submittedOn, name: { zh: '报送日期', en: 'submission date' } }],
          { now: clock() },
        );
        const status: 'passed' | 'returned' = input.decision === 'pass' ? 'passed' : 'returned';
        await reviewWork(sql, {
          id: work.id,
          status,
          reason: status === 'returned' ? reason : null,
          day: eff.day,
          at: eff.at,
          by: actor.userId || null,
        });
        await addCounts(sql, [
          { subject: `calls.${status}`, orgId: work.orgId, on: eff.day, dim: String(work.categoryId), n: 1 },
        ]);
        if (status === 'returned') {
          await insertReturn(sql, work, { ...eff, by: actor.userId || null, reason });
          const call = await findCall(sql, work.callId);
          await notifyPerson(sql, work.personId, {
            kind: 'call.work.returned',
            title: { zh: `作品“${work.title}”被退回`, en: `Your work “${work.title}” was returned` },
            body: {
              zh: `退回原因：${reason}。请在${call?.closesOn ?? ''}前修改后重新报送。`,
              en: `Reason: ${reason}. Fix it and send it again by ${call?.closesOn ?? ''}.`,
            },
            link: '/m/calls',
            entity: 'call_work',
            entityId: work.id,
          });
        }
        await recordAudit(sql, actor, {
          action: status === 'passed' ? 'call.work.pass' : 'call.work.return',
          entity: 'call_work',
          entityId: work.id,
          orgId: work.orgId,
          before: { status: work.status },
          after: { status, reason, effectiveOn: eff.day },
        });
        return { status };
      });
    },

    /** The organiser's decision on a passed work: an award or 入展 (null: not chosen), with an optional score. */
    async decide(
      actor: Actor,
      workId: number,
      input: { result: WorkResult | null; score?: number | null; effectiveOn?: string },
    ) {
      return db.tx(async (sql) => {
        const work = await findWork(sql, workId, true);
        if (!work) throw callErrors.workNotFound();
        const call = await organisedCall(sql, actor, work.callId, work);
        if (work.status !== 'passed') throw callErrors.notPassed();
        const eff = effectiveDay(
          actor,
          input.effectiveOn,
          { zh: '评选', en: 'judging' },
          [{ day: work.reviewedOn, name: { zh: '审核日期', en: 'review date' } }],
          { now: clock() },
        );
        const score = input.score ?? null;
        await decideWork(sql, {
          id: work.id,
          result: input.result,
          score,
          day: input.result ? eff.day : null,
          at: input.result ? eff.at : null,
        });
        const dim = String(work.categoryId);
        await addCounts(sql, [
          ...(work.result && work.resultOn
            ? [
                {
                  subject: 'calls.chosen',
                  orgId: work.orgId,
                  on: work.resultOn,
                  dim,
                  dim2: work.result,
                  n: -1,
                },
              ]
            : []),
          ...(input.result
            ? [{ subject: 'calls.chosen', orgId: work.orgId, on: eff.day, dim, dim2: input.result, n: 1 }]
            : []),
        ]);
        await recordAudit(sql, actor, {
          action: 'call.work.decide',
          entity: 'call_work',
          entityId: work.id,
          orgId: call.orgId,
          before: { result: work.result, score: work.score },
          after: { result: input.result, score, effectiveOn: eff.day },
        });
        return { result: input.result, score };
      });
    },

    /** Publishes the results: the gallery opens (to anyone or to the organiser's members, as the call says). */
    async publish(actor: Actor, id: number, input: { effectiveOn?: string } = {}) {
      return db.tx(async (sql) => {
        const call = await organisedCall(sql, actor, id);
        if (call.publishedOn) throw callErrors.published();
        const eff = effectiveDay(actor, input.effectiveOn, { zh: '公布', en: 'publication' }, [], {
          now: clock(),
        });
        await setPublished(sql, call.id, eff.day);
        await recordAudit(sql, actor, {
          action: 'call.publish',
          entity: 'call',
          entityId: call.id,
          orgId: call.orgId,
          after: { publishedOn: eff.day },
        });
        return { ok: true as const };
      });
    },

    /** A work's picture or file, for staff whose subtree holds its author's union. */
    async file(actor: Actor, workId: number) {
      return db.tx(async (sql) => {
        const work = await findWork(sql, workId);
        if (!work) throw callErrors.workNotFound();
        const call = await findCall(sql, work.callId);
        if (!call) throw callErrors.notFound();
        requireAccess(actor, 'calls.read', { offeredBy: call.orgPath });
        if (!canAccess(actor, 'calls.read', { orgPath: work.orgPath }))
          requireAccess(actor, 'calls.read', { orgPath: call.orgPath });
        const f = await findFile(sql, work.id);
        if (!f) throw callErrors.workNotFound();
        return f;
      });
    },

    /**
     * Calls offered to the worker (their union's and those above), open or with a published gallery, with their
     * works: the latest 100, and how many there are.
     */
    async mine(actor: Actor) {
      requireAccess(actor, 'self.read', { personId: actor.personId });
      return db.tx(async (sql) => {
        const person = await findPersonById(sql, actor.personId as number);
        const { items: calls, total } = person?.orgPath
          ? await listOffered(sql, person.orgPath, today())
          : { items: [], total: 0 };
        const works = await worksOfPerson(
          sql,
          actor.personId as number,
          calls.map((c) => c.id),
        );
        const day = today();
        const items = calls.map((c) => ({
          ...publicCall(c),
          open: day >= c.opensOn && day <= c.closesOn,
          works: works
            .filter((w) => w.callId === c.id)
            .map((w) => ({
              id: w.id,
              categoryId: w.categoryId,
              title: w.title,
              body: w.body,
              status: w.status,
              returnReason: w.returnReason,
              result: c.publishedOn ? w.result : null,
              hasFile: w.hasFile,
            })),
        }));
        return { items, total };
      });
    },

    /** The gallery of a published call for a signed-in worker (members-only galleries: the organiser's members). */
    async galleryForWorker(actor: Actor, id: number) {
      return db.tx(async (sql) => {
        const call = await findCall(sql, id);
        if (!call || !(await workerSees(sql, actor, call))) throw callErrors.notFound();
        return gallery(sql, call);
      });
    },

    /** A work's picture for the worker: their own work, or a chosen work of a gallery they may see. */
    async fileForWorker(actor: Actor, workId: number) {
      return db.tx(async (sql) => {
        const work = await findWork(sql, workId);
        if (!work) throw callErrors.workNotFound();
        if (work.personId !== actor.personId) {
          const call = await findCall(sql, work.callId);
          if (!call?.publishedOn || !work.result || !(await workerSees(sql, actor, call)))
            throw callErrors.workNotFound();
        }
        const f = await findFile(sql, work.id);
        if (!f) throw callErrors.workNotFound();
        return f;
      });
    },

    /** Calls whose gallery is public and published: nothing personal; the latest 100, and how many there are. */
    async publicCalls() {
      return db.tx(async (sql) => {
        const { items, total } = await listPublicCalls(sql);
        return { items: items.map(publicCall), total };
      });
    },

    async publicGallery(id: number) {
      return db.tx(async (sql) => {
        const call = await findCall(sql, id);
        if (call?.gallery !== 'public') throw callErrors.galleryClosed();
        return gallery(sql, call);
      });
    },

    async publicFile(id: number, workId: number) {
      return db.tx(async (sql) => {
        const call = await findCall(sql, id);
        const work = await findWork(sql, workId);
        if (call?.gallery !== 'public' || !call.publishedOn || work?.callId !== call.id || !work.result)
          throw callErrors.workNotFound();
        const f = await findFile(sql, work.id);
        if (!f) throw callErrors.workNotFound();
        return f;
      });
    },

    ...createCallStats(db, clock),
  };
}

export type CallsService = ReturnType<typeof createCallsService>;
