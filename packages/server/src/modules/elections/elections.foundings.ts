import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { recordAudit } from '../audit/index.ts';
import { getOrgInScope, isValidUscc, levelOfKind, type OrgHooks, type OrgKind } from '../org/index.ts';
import { err } from './elections.errors.ts';
import { createFoundingProgress } from './elections.foundings.progress.ts';
import { type FoundingRow, insertFounding, listFoundings } from './elections.foundings.repository.ts';
import { distinct, foundingSteps } from './elections.foundings.steps.ts';

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
  const { inScope } = foundingSteps(db, clock);
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
    ...createFoundingProgress(db, clock, hooks),
  };
}
