import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { type Bilingual, notFound, notYours } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { notifyPerson } from '../messages/index.ts';
import { correctPerson, findPersonById, moveMember } from '../people/index.ts';
import { requestErrors } from './memberrequests.errors.ts';
import {
  findRequest,
  lockRequest,
  type MemberRequestRow,
  setAdmitted,
  setDecided,
  setReleased,
} from './memberrequests.repository.ts';
import { KIND_TEXT, LINK, openSides, REQUEST, REVIEW, reaches, withActions } from './memberrequests.steps.ts';

export interface DecisionInput {
  effectiveOn?: string;
  /** For a transfer whose both sides the actor reaches: which to act for (default: the union left first). */
  side?: 'from' | 'to';
}

/**
 * The steps of a decision: finding the pending request and the side the actor acts for, its day, telling the
 * worker, completing a transfer both unions agreed to.
 */
function requestSteps(clock: Clock) {
  /**
   * The pending request, locked, if the actor may decide it, and the side they act for: `wanted` when it is still
   * open to them, else the first open one.
   */
  async function pendingSide(sql: Sql, actor: Actor, id: number, wanted: 'from' | 'to' | undefined) {
    const r = await lockRequest(sql, id);
    if (!r) throw notFound(REQUEST, { id });
    if (!reaches(actor, r)) throw notYours();
    if (r.status !== 'pending') throw requestErrors.decided();
    if (r.kind === 'correction') requireAccess(actor, REVIEW, { orgPath: r.fromOrgPath });
    const sides = openSides(actor, r);
    if (!sides.length) throw requestErrors.sideDone();
    return { r, side: wanted && sides.includes(wanted) ? wanted : sides[0] };
  }
  /** The day of the decision named `what`: not before the request was filed. */
  const decisionDay = (actor: Actor, r: MemberRequestRow, effectiveOn: string | undefined, what: Bilingual) =>
    effectiveDay(
      actor,
      effectiveOn,
      what,
      [{ day: r.filedOn, name: { zh: '申请日期', en: 'request date' } }],
      {
        now: clock(),
      },
    ).day;
  async function notify(
    sql: Sql,
    r: MemberRequestRow,
    title: { zh: string; en: string },
    body: { zh: string; en: string },
  ) {
    await notifyPerson(sql, r.personId, {
      kind: `member_request.${r.status}`,
      title,
      body,
      link: LINK,
      entity: 'member_request',
      entityId: r.id,
    });
  }
  /** A transfer both unions agreed to: the membership moves on the later of the two days, in this transaction. */
  async function completeTransfer(
    sql: Sql,
    actor: Actor,
    r: MemberRequestRow,
    released: string,
    admitted: string,
  ) {
    const day = released > admitted ? released : admitted;
    const person = await findPersonById(sql, r.personId);
    if (person?.orgId !== r.fromOrgId) throw requestErrors.memberMoved();
    await moveMember(sql, actor, r.personId, r.toOrgId as number, day, '会员申请转会');
    if (r.newEmployer !== null) await correctPerson(sql, actor, r.personId, { employerName: r.newEmployer });
    await setDecided(sql, r.id, { status: 'accepted', day, userId: actor.userId || null });
    return day;
  }
  return { pendingSide, decisionDay, notify, completeTransfer };
}

/** The unions' decisions: accepting a request (a transfer completes when both sides agree) or declining it. */
export function createRequestDecisions(db: Db, clock: Clock) {
  const { pendingSide, decisionDay, notify, completeTransfer } = requestSteps(clock);
  return {
    /**
     * Agrees to a request on a day. A correction is applied at once; a transfer records the side the actor acts
     * for (同意转出 / 同意转入) and, when the other side has agreed too, moves the membership — one transaction.
     */
    async acceptRequest(actor: Actor, id: number, input: DecisionInput = {}) {
      await db.tx(async (sql) => {
        const { r, side } = await pendingSide(sql, actor, id, input.side);
        if (input.side && input.side !== side) throw notYours();
        const day = decisionDay(actor, r, input.effectiveOn, { zh: '同意', en: 'approval' });
        const userId = actor.userId || null;
        if (r.kind === 'correction') {
          const person = await findPersonById(sql, r.personId);
          if (person?.orgId !== r.fromOrgId) throw requestErrors.memberMoved();
          await correctPerson(sql, actor, r.personId, {
            ...(r.newName !== null && { name: r.newName }),
            ...(r.newPhone !== null && { phone: r.newPhone }),
            ...(r.newEmployer !== null && { employerName: r.newEmployer }),
          });
          await setDecided(sql, id, { status: 'accepted', day, userId });
          await notify(
            sql,
            { ...r, status: 'accepted' },
            { zh: '信息更正申请已同意', en: 'Your correction was accepted' },
            {
              zh: `${r.fromOrgName}已同意并更正了您的会员信息。`,
              en: `${r.fromOrgName} accepted and corrected your details.`,
            },
          );
        } else if (side === 'from') {
          await setReleased(sql, id, day, userId);
          if (r.admittedOn) await completeTransfer(sql, actor, r, day, r.admittedOn);
        } else {
          await setAdmitted(sql, id, day, userId);
          if (r.releasedOn) await completeTransfer(sql, actor, r, r.releasedOn, day);
        }
        if (r.kind === 'transfer') {
          const done = side === 'from' ? r.admittedOn : r.releasedOn;
          const who = side === 'from' ? r.fromOrgName : (r.toOrgName as string);
          const what =
            side === 'from'
              ? { zh: '同意转出', en: 'agreed to release you' }
              : { zh: '同意转入', en: 'agreed to admit you' };
          await notify(
            sql,
            { ...r, status: done ? 'accepted' : 'pending' },
            done
              ? {
                  zh: `转会已办结：您已转入${r.toOrgName}`,
                  en: `Transfer done: you are now a member of ${r.toOrgName}`,
                }
              : { zh: `${who}已${what.zh}`, en: `${who} ${what.en}` },
            done
              ? {
                  zh: `${r.fromOrgName}同意转出，${r.toOrgName}同意转入，会员关系已转接。`,
                  en: `${r.fromOrgName} released you and ${r.toOrgName} admitted you; your membership has moved.`,
                }
              : {
                  zh: `还需${side === 'from' ? r.toOrgName : r.fromOrgName}同意，办结后会通知您。`,
                  en: `${side === 'from' ? r.toOrgName : r.fromOrgName} has yet to agree; you will be told.`,
                },
          );
        }
        await recordAudit(sql, actor, {
          action: 'member_request.accept',
          entity: 'member_request',
          entityId: id,
          orgId: side === 'from' ? r.fromOrgId : r.toOrgId,
          before: { status: 'pending' },
          after: { side: r.kind === 'transfer' ? side : undefined, effectiveOn: day },
        });
      });
      return withActions(actor, (await findRequest(db, id)) as MemberRequestRow);
    },
    /** Declines a request with a reason (either union of a transfer may); the request ends and the worker is told. */
    async declineRequest(actor: Actor, id: number, input: DecisionInput & { reason: string }) {
      if (!input.reason.trim()) throw requestErrors.reasonRequired();
      await db.tx(async (sql) => {
        const { r, side } = await pendingSide(sql, actor, id, input.side);
        const day = decisionDay(actor, r, input.effectiveOn, { zh: '不同意', en: 'decline' });
        await setDecided(sql, id, {
          status: 'declined',
          day,
          userId: actor.userId || null,
          reason: input.reason,
          side: r.kind === 'transfer' ? side : null,
        });
        const who = side === 'from' ? r.fromOrgName : (r.toOrgName as string);
        await notify(
          sql,
          { ...r, status: 'declined' },
          {
            zh: `${KIND_TEXT[r.kind]}申请未获同意`,
            en: r.kind === 'transfer' ? 'Your transfer was declined' : 'Your correction was declined',
          },
          { zh: `${who}不同意，理由：${input.reason}`, en: `${who} declined: ${input.reason}` },
        );
        await recordAudit(sql, actor, {
          action: 'member_request.decline',
          entity: 'member_request',
          entityId: id,
          orgId: side === 'from' ? r.fromOrgId : r.toOrgId,
          before: { status: 'pending' },
          after: { status: 'declined', side, reason: input.reason, effectiveOn: day },
        });
      });
      return withActions(actor, (await findRequest(db, id)) as MemberRequestRow);
    },
  };
}
