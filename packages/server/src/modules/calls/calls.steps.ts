import { type Actor, canAccess, requireAccess, requirePermission } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { findPersonById } from '../people/index.ts';
import { callErrors } from './calls.errors.ts';
import { type CallRow, findCall, findWork, listChosen, type WorkRow } from './calls.repository.ts';
import type { WorkResult } from './calls.vocabulary.ts';

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

export const publicCall = <T extends CallRow>({ orgPath: _p, ...c }: T) => c;

/** The steps the organising, judging and galleries share: a call or a work the actor may act on, the organiser, the gallery. */
export function callsSteps(clock: Clock) {
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
  return { today, callFor, isOrganiser, organisedCall, workFor, gallery, workerSees };
}
