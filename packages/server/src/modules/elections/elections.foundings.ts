import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import {
  createOrgIn,
  getOrgInScope,
  isValidUscc,
  levelOfKind,
  type OrgHooks,
  type OrgKind,
} from '../org/index.ts';
import { addCounts } from '../reporting/index.ts';
import { err, FOUNDING } from './elections.errors.ts';
import {
  type FoundingRow,
  findFounding,
  insertFounding,
  listFoundings,
  setFoundingStep,
} from './elections.foundings.repository.ts';
import {
  type CommitteePeople,
  type FoundingStatus,
  findSettingFor,
  insertCommittee,
} from './elections.repository.ts';

export const DEFAULT_TERM_YEARS = 5;

export interface FoundingInput {
  parentOrgId: number;
  name: string;
  kind?: OrgKind;
  employerName: string;
  uscc?: string | null;
  workerCount?: number | null;
  applicants: string[];
  effectiveOn?: string;
}

/** Names as typed, each once, blanks dropped. */
export const distinct = (names: string[]) => [...new Set(names.map((n) => n.trim()).filter(Boolean))];

/** A committee's people, the chair and vice-chairs counted among its members (委员). */
export function committeeOf(c: CommitteePeople): CommitteePeople {
  return {
    chair: c.chair.trim(),
    viceChairs: distinct(c.viceChairs),
    members: distinct([c.chair, ...c.viceChairs, ...c.members]),
    auditors: distinct(c.auditors),
    women: distinct(c.women),
  };
}

const STEP_ZH: Record<FoundingStatus, string> = {
  applied: '已申请',
  preparing: '筹备中',
  met: '已召开会员大会',
  elected: '已选举委员会',
  approved: '已批准成立',
  withdrawn: '已撤回',
};

export const foundingView = (f: FoundingRow) => ({
  ...f,
  steps: [
    { step: 'applied' as const, on: f.appliedOn },
    { step: 'preparing' as const, on: f.preparedOn },
    { step: 'met' as const, on: f.metOn },
    { step: 'elected' as const, on: f.electedOn },
    { step: 'approved' as const, on: f.approvedOn },
  ],
});

/**
 * Founding a union (组建, issue 28): the workers of an employer apply to the union above, which records the
 * preparatory group (筹备组), the members' meeting, the first committee elected there, and its approval — which
 * creates the union in the tree (through the org module) with its founding day, the day the first committee was
 * elected. Each step carries the day it happened (ADR 40) and follows the one before it.
 */
export function createFoundingUseCases(db: Db, clock: () => Date, hooks: OrgHooks) {
  async function inScope(sql: Sql, actor: Actor, id: number, write: boolean, lock = false) {
    const f = await findFounding(sql, id, lock);
    if (!f) throw notFound(FOUNDING);
    requireAccess(actor, write ? 'elections.write' : 'elections.read', { orgPath: f.parentOrgPath });
    return f;
  }

  /** The founding must stand at `at` for the step `next`; else the step is refused, naming where it stands. */
  function requireAt(f: FoundingRow, at: FoundingStatus, next: string) {
    if (f.status !== at)
      throw err(
        'conflict',
        'FOUNDING_STEP_ORDER',
        `${f.name}的组建当前为「${STEP_ZH[f.status]}」，不能${next}`,
        `The founding of ${f.name} stands at "${f.status}"; this step does not follow`,
        undefined,
        { status: f.status },
      );
  }

  const dayOf = (
    actor: Actor,
    on: string | undefined,
    what: { zh: string; en: string },
    after: string | null,
    prior: { zh: string; en: string },
  ) => effectiveDay(actor, on, what, [{ day: after, name: prior }], { now: clock() }).day;

  async function step(
    actor: Actor,
    id: number,
    action: 'founding.prepare' | 'founding.meet' | 'founding.elect',
    run: (sql: Sql, f: FoundingRow) => Promise<Record<string, unknown>>,
  ) {
    return db.tx(async (sql) => {
      const f = await inScope(sql, actor, id, true, true);
      const after = await run(sql, f);
      await recordAudit(sql, actor, {
        action,
        entity: 'founding',
        entityId: id,
        orgId: f.parentOrgId,
        after,
      });
      return { id };
    });
  }

  return {
    async listFoundings(actor: Actor, orgId?: number) {
      return db.tx(async (sql) => {
        let scope: Actor | { path: string } = actor;
        if (orgId) {
          const path = (await getOrgInScope(sql, actor, orgId)).path;
          requireAccess(actor, 'elections.read', { orgPath: path });
          scope = { path };
        }
        const { items, total } = await listFoundings(sql, scope);
        return { items: items.map(foundingView), total };
      });
    },

    async getFounding(actor: Actor, id: number) {
      return foundingView(await inScope(db, actor, id, false));
    },

    /** The workers' application, as the union above records it. */
    async applyFounding(actor: Actor, input: FoundingInput) {
      return db.tx(async (sql) => {
        const parent = await getOrgInScope(sql, actor, input.parentOrgId);
        requireAccess(actor, 'elections.write', { orgPath: parent.path });
        const kind = input.kind ?? 'grassroots';
        if (parent.status === 'closed')
          throw err(
            'invalid',
            'ORG_CLOSED',
            `${parent.name}已撤销`,
            `${parent.name} is closed`,
            'parentOrgId',
          );
        if (levelOfKind(kind) <= parent.level)
          throw err(
            'invalid',
            'ORG_LEVEL_INVALID',
            `${parent.name}之下不能组建这一类工会`,
            `A union of this kind cannot be founded under ${parent.name}`,
            'kind',
          );
        if (input.uscc && !isValidUscc(input.uscc))
          throw err(
            'invalid',
            'USCC_INVALID',
            `统一社会信用代码 ${input.uscc} 校验位错误`,
            `Unified social credit code ${input.uscc} fails its check character`,
            'uscc',
          );
        const day = effectiveDay(actor, input.effectiveOn, { zh: '申请', en: 'application' }, [], {
          now: clock(),
        }).day;
        const id = await insertFounding(sql, {
          parentOrgId: parent.id,
          name: input.name,
          kind,
          employerName: input.employerName,
          uscc: input.uscc ?? null,
          workerCount: input.workerCount ?? null,
          applicants: distinct(input.applicants),
          appliedOn: day,
          createdBy: actor.userId || null,
        });
        await recordAudit(sql, actor, {
          action: 'founding.apply',
          entity: 'founding',
          entityId: id,
          orgId: parent.id,
          after: { name: input.name, employerName: input.employerName, appliedOn: day },
        });
        return { id };
      });
    },

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
