import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { invalid } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { getOrgInScope, subtreeAsked } from '../org/index.ts';
import { findSubjectProgram, validateRule } from '../programs/index.ts';
import {
  countPolicies,
  findPolicy,
  insertPolicy,
  insuredOnDay,
  listPolicies,
  type NewPolicy,
  type PolicyRow,
} from './insurance.repository.ts';
import { err, PAYOUT_PRESET } from './insurance.shared.ts';
import { insuranceSteps } from './insurance.steps.ts';
import { CLAIM_DOCUMENTS } from './insurance.vocabulary.ts';

/** What a policy is taken out with: a new policy's fields, its rule, recorded figures and payer optional. */
export type PolicyInput = Omit<
  NewPolicy,
  'rule' | 'recordedInsured' | 'recordedPremiumFen' | 'payer' | 'createdBy'
> &
  Partial<Pick<NewPolicy, 'rule' | 'recordedInsured' | 'recordedPremiumFen' | 'payer'>>;

/** Policies: taking one out, listing and reading them, and bringing the insured in step with the register. */
export function createPolicyUseCases(db: Db, clock: Clock) {
  const { today, policyInScope, premiumDue, reconcile, keepInStep } = insuranceSteps(clock);
  return {
    async createPolicy(actor: Actor, input: PolicyInput) {
      return db.tx(async (sql) => {
        const org = await getOrgInScope(sql, actor, input.orgId);
        requireAccess(actor, 'insurance.write', { orgPath: org.path });
        if (input.endsOn < input.startsOn)
          throw err(
            'invalid',
            'INSURANCE_PERIOD',
            '保险止期不能早于起期',
            'The policy cannot end before it starts',
            'endsOn',
          );
        if (input.rule) {
          const problems = validateRule(input.rule);
          if (problems.length)
            throw invalid(
              'INSURANCE_RULE_INVALID',
              {
                zh: `投保条件有误：${problems.map((p) => p.zh).join('；')}`,
                en: `The insured rule is not valid: ${problems.map((p) => p.en).join('; ')}`,
              },
              { field: 'rule', problems },
            );
        }
        if (input.payer === 'union' && !(await findSubjectProgram(sql, PAYOUT_PRESET, org.path)))
          throw err(
            'invalid',
            'INSURANCE_NO_PAYOUT_PROGRAM',
            '本工会没有发布“团体意外伤害医疗保险理赔垫付”项目，不能由工会支付理赔金',
            'No claim payout program is published for this union: the union cannot pay the payouts',
            'payer',
          );
        const id = await insertPolicy(sql, {
          ...input,
          insurer: input.insurer.trim(),
          policyNo: input.policyNo.trim(),
          title: input.title.trim(),
          cover: input.cover.trim(),
          rule: input.rule ?? null,
          recordedInsured: input.recordedInsured ?? null,
          recordedPremiumFen: input.recordedPremiumFen ?? null,
          payer: input.payer ?? 'insurer',
          createdBy: actor.userId || null,
        });
        if (!id)
          throw err(
            'conflict',
            'INSURANCE_POLICY_DUPLICATE',
            `本工会已登记保单号“${input.policyNo.trim()}”`,
            `The union already has policy number “${input.policyNo.trim()}”`,
            'policyNo',
          );
        await recordAudit(sql, actor, {
          action: 'insurance.policy.create',
          entity: 'insurance_policy',
          entityId: id,
          orgId: org.id,
          after: { title: input.title, policyNo: input.policyNo },
        });
        return { id };
      });
    },
    async listPolicies(actor: Actor, q: { orgId?: number; page?: number; pageSize?: number } = {}) {
      return db.tx(async (sql) => {
        const path = await subtreeAsked(sql, actor, q.orgId, 'insurance.read');
        const page = { page: q.page ?? 1, pageSize: q.pageSize ?? 20 };
        const rows = await listPolicies(sql, path, page);
        const asOf = today();
        const insured = await insuredOnDay(
          sql,
          rows.map((p) => p.id),
          asOf,
        );
        const items = rows.map((p) => ({ ...p, insuredNow: insured.get(p.id) ?? 0, asOf }));
        return { items, total: await countPolicies(sql, path), ...page };
      });
    },
    async getPolicy(actor: Actor, id: number) {
      return db.tx(async (sql) => {
        const read = await policyInScope(sql, actor, id, 'insurance.read');
        await keepInStep(sql, actor, read);
        const p = (await findPolicy(sql, id)) as PolicyRow;
        const asOf = today();
        const insuredNow = (await insuredOnDay(sql, [id], asOf)).get(id) ?? 0;
        return { ...p, insuredNow, asOf, ...(await premiumDue(sql, p)), documents: CLAIM_DOCUMENTS };
      });
    },
    /**
     * Brings the insured in step with the register as it stood on `on` (within the policy's period), dated by the
     * memberships themselves (see `reconcile`), and also drops those no longer meeting the rule from `on`.
     */
    async sync(actor: Actor, id: number, on?: string) {
      return db.tx(async (sql) => {
        const p = await policyInScope(sql, actor, id, 'insurance.write');
        const day = on ?? today();
        if (day < p.startsOn || day > p.endsOn)
          throw err(
            'invalid',
            'INSURANCE_SYNC_OUTSIDE',
            `同步日期须在保险期间（${p.startsOn}至${p.endsOn}）内`,
            `The day must lie within the policy's period (${p.startsOn} to ${p.endsOn})`,
            'on',
          );
        const r = await reconcile(sql, p, day, true);
        await recordAudit(sql, actor, {
          action: 'insurance.sync',
          entity: 'insurance_policy',
          entityId: p.id,
          orgId: p.orgId,
          after: { on: day, added: r.added, removed: r.removed },
        });
        return { on: day, ...r };
      });
    },
  };
}
