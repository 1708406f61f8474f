import { type Actor, canAccess } from '../../access/access.ts';
import type { EventRow } from './cases.events.repository.ts';
import type { CaseRow } from './cases.repository.ts';

/**
 * What a request shows, by who asks (ADR 0022). The worker's identity goes only to the handling chain: staff
 * whose subtree holds the union handling the request now (that union and the unions above it). Staff of the
 * union it was filed with, once it has moved up or away, still see the request but not who filed it. An
 * anonymous request stores no person at all, so nobody sees one.
 */
export function presentForStaff(c: CaseRow, actor: Actor) {
  const chain = canAccess(actor, 'cases.read', { orgPath: c.orgPath });
  const shown = !c.anonymous && c.personId !== null && chain;
  return {
    ...common(c),
    handlerUserId: c.handlerUserId,
    handlerName: c.handlerName,
    identity: c.anonymous
      ? ('anonymous' as const)
      : c.personId === null
        ? ('unnamed' as const)
        : shown
          ? ('shown' as const)
          : ('hidden' as const),
    worker: shown ? { personId: c.personId as number, name: c.personName ?? '', phone: c.personPhone } : null,
    inChain: chain,
  };
}

/** The worker's own view: no identity (it is theirs), no staff names. */
export function presentForWorker(c: CaseRow) {
  return common(c);
}

function common(c: CaseRow) {
  return {
    id: c.id,
    orgId: c.orgId,
    orgName: c.orgName,
    filedOrgId: c.filedOrgId,
    filedOrgName: c.filedOrgName,
    channel: c.channel,
    category: c.category,
    categoryName: c.categoryName,
    description: c.description,
    anonymous: c.anonymous,
    status: c.status,
    filedOn: c.filedOn,
    receivedTime: c.receivedTime,
    countedFrom: c.countedFrom,
    enteredOn: c.enteredOn,
    ackDue: c.ackDue,
    answerDue: c.answerDue,
    acceptedOn: c.acceptedOn,
    answeredOn: c.answeredOn,
    closedOn: c.closedOn,
    overdue: c.overdue,
    onTime: c.onTime,
    rating: c.rating,
    ratingComment: c.ratingComment,
    reopened: c.reopened,
  };
}

/** Timeline events: staff see every step and who took it; the worker only the steps shown to them. */
export function presentEvents(events: EventRow[], forWorker: boolean) {
  return events
    .filter((e) => !forWorker || e.visible)
    .map((e) => ({
      id: e.id,
      kind: e.kind,
      orgName: e.orgName,
      toOrgName: e.toOrgName,
      actorName: forWorker ? null : e.actorName,
      body: e.body,
      visible: e.visible,
      at: e.at,
    }));
}
