import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { recordAudit } from '../audit/index.ts';
import { createOrgIn, type OrgHooks, type OrgKind } from '../org/index.ts';
import { addCounts } from '../reporting/index.ts';
import { err } from './elections.errors.ts';
import { setFoundingStep } from './elections.foundings.repository.ts';
import { committeeOf, DEFAULT_TERM_YEARS, distinct, foundingSteps } from './elections.foundings.steps.ts';
import { type CommitteePeople, findSettingFor, insertCommittee } from './elections.repository.ts';

/** A founding's steps after the application: the preparatory group, the members' meeting, the first committee, the approval. */
export function createFoundingProgress(db: Db, clock: () => Date, hooks: OrgHooks) {
  const { inScope, requireAt, dayOf, step } = foundingSteps(db, clock);
  return {
    /** The preparatory group (筹备组): its leader and members. */
    async prepareFounding(
      actor: Actor,
      id: number,
      b: { leader: string; members: string[]; effectiveOn?: string },
    ) {
      return step(actor, id, 'founding.prepare', async (sql, f) => {
        requireAt(f, 'applied', '成立筹备组');
        const day = dayOf(actor, b.effectiveOn, { zh: '成立筹备组', en: 'preparatory group' }, f.appliedOn, {
          zh: '申请日期',
          en: 'application date',
        });
        const members = distinct([b.leader, ...b.members]);
        await setFoundingStep(sql, id, 'preparing', {
          prepLeader: b.leader.trim(),
          prepMembers: members,
          preparedOn: day,
        });
        return { preparedOn: day, leader: b.leader, members };
      });
    },
    /** The members' meeting (会员大会): the members entitled to attend and those who came. */
    async meetFounding(
      actor: Actor,
      id: number,
      b: { membersTotal: number; membersPresent: number; effectiveOn?: string },
    ) {
      return step(actor, id, 'founding.meet', async (sql, f) => {
        requireAt(f, 'preparing', '记录会员大会');
        if (b.membersPresent > b.membersTotal)
          throw err(
            'invalid',
            'FOUNDING_ATTENDANCE',
            `到会人数（${b.membersPresent}）不能多于应到会员人数（${b.membersTotal}）`,
            `Members present (${b.membersPresent}) cannot exceed the members entitled to attend (${b.membersTotal})`,
            'membersPresent',
          );
        const day = dayOf(actor, b.effectiveOn, { zh: '会员大会', en: "members' meeting" }, f.preparedOn, {
          zh: '筹备组成立日期',
          en: 'preparatory group date',
        });
        await setFoundingStep(sql, id, 'met', {
          metOn: day,
          membersTotal: b.membersTotal,
          membersPresent: b.membersPresent,
        });
        return { metOn: day, membersTotal: b.membersTotal, membersPresent: b.membersPresent };
      });
    },
    /** The first committee, elected at the meeting: 主席、副主席、委员, 经审委员, 女职工委员. */
    async electFoundingCommittee(actor: Actor, id: number, b: CommitteePeople & { effectiveOn?: string }) {
      return step(actor, id, 'founding.elect', async (sql, f) => {
        requireAt(f, 'met', '记录选举结果');
        const day = dayOf(actor, b.effectiveOn, { zh: '选举', en: 'election' }, f.metOn, {
          zh: '会员大会日期',
          en: "members' meeting date",
        });
        const committee = committeeOf(b);
        await setFoundingStep(sql, id, 'elected', { electedOn: day, committee });
        return { electedOn: day, committee };
      });
    },
    /**
     * The union above approves: the union is created in the tree, founded on the day its first committee was
     * elected, and that committee sits from then for the term the setting gives. Counted in the reporting layer
     * on the founding day: `elections.founded` (1) and `elections.founding_members` (the members at founding).
     */
    async approveFounding(actor: Actor, id: number, b: { effectiveOn?: string }) {
      return db.tx(async (sql) => {
        const f = await inScope(sql, actor, id, true, true);
        requireAt(f, 'elected', '批准成立');
        const day = dayOf(actor, b.effectiveOn, { zh: '批准', en: 'approval' }, f.electedOn, {
          zh: '选举日期',
          en: 'election date',
        });
        const foundedOn = f.electedOn as string;
        const committee = f.committee as CommitteePeople;
        const setting = await findSettingFor(sql, f.parentOrgPath);
        const org = await createOrgIn(
          sql,
          actor,
          f.parentOrgId,
          {
            name: f.name,
            kind: f.kind as OrgKind,
            employerName: f.employerName,
            uscc: f.uscc,
            workerCount: f.workerCount,
            foundedOn,
            committee: {
              electedOn: foundedOn,
              term: 1,
              chair: committee.chair,
              viceChairs: committee.viceChairs,
              members: committee.members,
            },
          },
          hooks,
        );
        await insertCommittee(sql, {
          orgId: org.id,
          termNo: 1,
          electedOn: foundedOn,
          termYears: setting?.termYears ?? DEFAULT_TERM_YEARS,
          ...committee,
          foundingId: id,
        });
        await setFoundingStep(sql, id, 'approved', { approvedOn: day, orgId: org.id });
        await addCounts(sql, [
          { subject: 'elections.founded', orgId: org.id, on: foundedOn, n: 1 },
          { subject: 'elections.founding_members', orgId: org.id, on: foundedOn, n: f.membersTotal ?? 0 },
        ]);
        await recordAudit(sql, actor, {
          action: 'founding.approve',
          entity: 'founding',
          entityId: id,
          orgId: f.parentOrgId,
          after: { approvedOn: day, orgId: org.id, foundedOn },
        });
        return { id, orgId: org.id };
      });
    },
  };
}
