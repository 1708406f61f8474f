import { type Actor, requireAccess } from '../../access/access.ts';
import { recordAudit } from '../audit/index.ts';
import { notifyUnionStaff } from '../messages/index.ts';
import { ownNomination, type WellnessContext } from './wellness.context.ts';
import { wellnessErrors as E } from './wellness.errors.ts';
import { withdrawNomination } from './wellness.repository.ts';

/** The worker's own step back from a place they were nominated for. */
export function createDecline({ db, today }: WellnessContext) {
  return {
    /**
     * The worker gives their place back, on or before the batch's closing day (today: a worker records no past
     * day): the nomination ends as withdrawn, the place returns to the union's quota, and the union's office is told
     * so it may nominate another worker.
     */
    async declineSelf(actor: Actor, batchId: number, input: { reason?: string }) {
      requireAccess(actor, 'self.apply', { personId: actor.personId });
      return db.tx(async (sql) => {
        const { b, n } = await ownNomination(sql, actor, batchId);
        if (n.attendance) throw E.attendedAlready();
        if (b.status === 'settled') throw E.settled();
        const day = today();
        if (day > b.closesOn) throw E.declineClosed(b.closesOn);
        // the clerk may have withdrawn or replaced it since it was read: the place is given back once
        if (!(await withdrawNomination(sql, n, day))) throw E.nominationGone();
        const reason = input.reason?.trim() || null;
        await notifyUnionStaff(sql, n.orgId, {
          kind: 'wellness.declined',
          title: {
            zh: `${n.personName}放弃了${b.title}的名额`,
            en: `${n.personName} gave back a place on ${b.title}`,
          },
          body: {
            zh: `名额已退回本工会，可在${b.closesOn}（含）之前推荐其他职工。${reason ? `原因：${reason}` : ''}`,
            en: `The place is back in your union's quota: nominate another worker on or before ${b.closesOn}.${reason ? ` Reason: ${reason}` : ''}`,
          },
          link: `/wellness/batches/${b.id}`,
          entity: 'wellness_batch',
          entityId: b.id,
        });
        await recordAudit(sql, actor, {
          action: 'wellness.decline',
          entity: 'wellness_batch',
          entityId: b.id,
          orgId: n.orgId,
          before: { personId: n.personId },
          after: { on: day, ...(reason ? { reason } : {}) },
        });
        return { ok: true as const };
      });
    },
  };
}
