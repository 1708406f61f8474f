import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import { invalid, notFound } from '../../shared/errors.ts';
import { writeXlsxFast, type XlsxSheet } from '../../shared/xlsx-writer.ts';
import { recordAudit } from '../audit/index.ts';
import { getOrgInScope } from '../org/index.ts';
import { evaluateRule, findSubjectProgram, loadFacts, type Rule, validateRule } from '../programs/index.ts';
import { sumCounts } from '../reporting/index.ts';
import { createClaimUseCases } from './insurance.claims.ts';
import {
  addInsured,
  coveredDays,
  endInsured,
  findPolicy,
  insertPolicy,
  insuredOf,
  listPolicies,
  membersOn,
  openInsured,
  type PolicyRow,
  policyYears,
} from './insurance.repository.ts';
import {
  CLAIM_DOCUMENTS,
  dayBefore,
  daysBetween,
  err,
  laterDay,
  PAYOUT_PRESET,
  POLICY,
} from './insurance.shared.ts';

/**
 * Group accident insurance (团体意外伤害医疗保险, issue 27): a union's policy for a year, its insured taken from the
 * member register by a rule and kept in step with it ("sync as of a day": dated additions and removals), the premium
 * due by the days each person was covered, and claims from filing to the insurer's payout. Claims are counted in
 * the reporting layer (`insurance.claims_filed` on the filing day, `insurance.claims_paid` with the payout on the
 * paying day); a policy's insured and premium are read from the policies themselves (a few a year).
 */
export interface PolicyInput {
  orgId: number;
  insurer: string;
  policyNo: string;
  title: string;
  startsOn: string;
  endsOn: string;
  premiumFen: number;
  cover: string;
  rule?: Rule | null;
  recordedInsured?: number | null;
  recordedPremiumFen?: number | null;
  payer?: 'insurer' | 'union';
}

export function createInsuranceService(db: Db, clock: () => Date = () => new Date()) {
  const today = () => todayInChina(clock());

  async function policyInScope(
    sql: Sql,
    actor: Actor,
    id: number,
    permission: 'insurance.read' | 'insurance.write',
  ) {
    const p = await findPolicy(sql, id);
    if (!p) throw notFound(POLICY);
    requireAccess(actor, permission, { orgPath: p.orgPath });
    return p;
  }

  /** Premium due: the yearly premium times the days each person was covered over the policy's days, rounded once. */
  async function premiumDue(sql: Sql, p: PolicyRow) {
    const policyDays = daysBetween(p.startsOn, p.endsOn) + 1;
    const { days, people } = await coveredDays(sql, p.id, p.endsOn);
    return { people, personDays: days, dueFen: Math.round((p.premiumFen * days) / policyDays) };
  }

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

    async listPolicies(actor: Actor, orgId?: number) {
      return db.tx(async (sql) => {
        const id = orgId ?? actor.orgId;
        const path = id ? (await getOrgInScope(sql, actor, id)).path : actor.scopePath;
        if (!path) throw notFound({ zh: '工会', en: 'Union' });
        requireAccess(actor, 'insurance.read', { orgPath: path });
        return listPolicies(sql, path);
      });
    },

    async getPolicy(actor: Actor, id: number) {
      return db.tx(async (sql) => {
        const p = await policyInScope(sql, actor, id, 'insurance.read');
        return { ...p, ...(await premiumDue(sql, p)), documents: CLAIM_DOCUMENTS };
      });
    },

    /**
     * Brings the insured in step with the register as it stood on `on` (within the policy's period): members of the
     * union's subtree who meet the rule are added from that day; those no longer members, or no longer meeting it,
     * are covered up to the day before. Returns what changed.
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
        const members = await membersOn(sql, p.orgPath, day);
        const eligible = new Map<number, number>();
        for (const m of members) {
          if (p.rule) {
            const facts = await loadFacts(sql, { personId: m.personId, ownerPath: p.orgPath, asOf: day });
            if (!evaluateRule(p.rule, facts).eligible) continue;
          }
          eligible.set(m.personId, m.orgId);
        }
        const memberIds = new Set(members.map((m) => m.personId));
        const open = await openInsured(sql, p.id);
        const openIds = new Set(open.map((o) => o.personId));
        const added = [...eligible.entries()]
          .filter(([pid]) => !openIds.has(pid))
          .map(([personId, orgId]) => ({ personId, orgId }));
        const removed = open.filter((o) => !eligible.has(o.personId));
        await addInsured(sql, p.id, added, day);
        await endInsured(
          sql,
          removed.map((r) => r.id),
          laterDay(dayBefore(day), p.startsOn),
          new Map(removed.map((r) => [r.id, memberIds.has(r.personId) ? 'not_eligible' : 'left'] as const)),
        );
        await recordAudit(sql, actor, {
          action: 'insurance.sync',
          entity: 'insurance_policy',
          entityId: p.id,
          orgId: p.orgId,
          after: { on: day, added: added.length, removed: removed.length },
        });
        return {
          on: day,
          added: added.length,
          removed: removed.length,
          insured: open.length + added.length - removed.length,
        };
      });
    },

    /** The insurer's list: everyone the policy covered, with their days (ID numbers masked; the read audited). */
    async insuredXlsx(actor: Actor, id: number) {
      return db.tx(async (sql) => {
        const p = await policyInScope(sql, actor, id, 'insurance.read');
        const rows = await insuredOf(sql, p.id);
        if (rows.length > 50_000)
          throw err(
            'invalid',
            'INSURANCE_LIST_TOO_LONG',
            '被保险人超过50,000人，无法一次导出',
            'More than 50,000 insured: too many to export at once',
          );
        await recordAudit(sql, actor, {
          action: 'insurance.list.export',
          entity: 'insurance_policy',
          entityId: p.id,
          orgId: p.orgId,
          after: { rows: rows.length },
        });
        const sheet: XlsxSheet = {
          name: '被保险人清单',
          headers: [
            '序号',
            '姓名',
            '身份证号',
            '性别',
            '出生日期',
            '所在工会',
            '起保日期',
            '终止日期',
            '终止原因',
          ],
          rows: rows.map((r, i) => [
            i + 1,
            r.name,
            r.idMasked,
            r.gender === 'female' ? '女' : '男',
            r.birthDate,
            r.orgName,
            r.fromOn,
            r.untilOn,
            r.removedWhy === 'left'
              ? '会员关系终止'
              : r.removedWhy === 'not_eligible'
                ? '不再符合投保条件'
                : null,
          ]),
          textColumns: [2],
          dateColumns: [4, 6, 7],
        };
        return { file: writeXlsxFast([sheet]), name: `${p.title}-被保险人清单.xlsx` };
      });
    },

    ...createClaimUseCases(db, clock),

    /** Per year: policies, insured, premium, claims filed and paid, payouts — over a range of years. */
    async stats(actor: Actor, q: { orgId?: number; fromYear: number; toYear: number }) {
      return db.tx(async (sql) => {
        const id = q.orgId ?? actor.orgId;
        const path = id ? (await getOrgInScope(sql, actor, id)).path : actor.scopePath;
        if (!path) throw notFound({ zh: '工会', en: 'Union' });
        requireAccess(actor, 'insurance.read', { orgPath: path });
        const counted = await sumCounts(sql, {
          subject: ['insurance.claims_filed', 'insurance.claims_paid'],
          path,
          from: String(q.fromYear),
          to: String(q.toYear),
          by: ['subject', 'month'],
        });
        const years = new Map<
          number,
          {
            year: number;
            policies: number;
            insured: number;
            premiumFen: number;
            claimsFiled: number;
            claimsPaid: number;
            paidFen: number;
          }
        >();
        const row = (year: number) => {
          let r = years.get(year);
          if (!r) {
            r = { year, policies: 0, insured: 0, premiumFen: 0, claimsFiled: 0, claimsPaid: 0, paidFen: 0 };
            years.set(year, r);
          }
          return r;
        };
        for (let y = q.fromYear; y <= q.toYear; y += 1) row(y);
        for (const p of await policyYears(sql, path, q.fromYear, q.toYear))
          Object.assign(row(p.year), { policies: p.policies, insured: p.insured, premiumFen: p.premiumFen });
        // premium of register-based policies: due by the days covered
        for (const p of await listPolicies(sql, path)) {
          const y = Number(p.startsOn.slice(0, 4));
          if (p.recordedPremiumFen === null && y >= q.fromYear && y <= q.toYear)
            row(y).premiumFen += (await premiumDue(sql, p)).dueFen;
        }
        for (const c of counted) {
          const r = row(Number(c.month.slice(0, 4)));
          if (c.subject === 'insurance.claims_filed') r.claimsFiled += c.n;
          else {
            r.claimsPaid += c.n;
            r.paidFen += c.fen;
          }
        }
        const list = [...years.values()].sort((a, b) => a.year - b.year);
        const total = list.reduce(
          (t, r) => ({
            policies: t.policies + r.policies,
            insured: t.insured + r.insured,
            premiumFen: t.premiumFen + r.premiumFen,
            claimsFiled: t.claimsFiled + r.claimsFiled,
            claimsPaid: t.claimsPaid + r.claimsPaid,
            paidFen: t.paidFen + r.paidFen,
          }),
          { policies: 0, insured: 0, premiumFen: 0, claimsFiled: 0, claimsPaid: 0, paidFen: 0 },
        );
        return { fromYear: q.fromYear, toYear: q.toYear, years: list, total };
      });
    },
  };
}

export type InsuranceService = ReturnType<typeof createInsuranceService>;
