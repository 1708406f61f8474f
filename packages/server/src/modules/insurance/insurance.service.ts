import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import { AppError, invalid, notFound } from '../../shared/errors.ts';
import { type PeriodAsked, statsPeriod } from '../../shared/period.ts';
import { writeXlsxFast, type XlsxSheet } from '../../shared/xlsx-writer.ts';
import { recordAudit } from '../audit/index.ts';
import { notifyPerson } from '../messages/index.ts';
import { getOrgInScope } from '../org/index.ts';
import { getPersonInScope, listMemberships } from '../people/index.ts';
import { evaluateRule, loadFacts, type Rule, validateRule } from '../programs/index.ts';
import { addCounts, sumCounts } from '../reporting/index.ts';
import {
  addInsured,
  type ClaimRow,
  coveredDays,
  coveredOn,
  endInsured,
  findClaim,
  findPolicy,
  insertClaim,
  insertPolicy,
  insuredOf,
  listClaims,
  listPolicies,
  membersOn,
  moveClaim,
  openInsured,
  type PolicyRow,
  policiesOfPerson,
  policyYears,
  statesOnDay,
} from './insurance.repository.ts';

/**
 * Group accident insurance (团体意外伤害医疗保险, issue 27): a union's policy for a year, its insured taken from the
 * member register by a rule and kept in step with it ("sync as of a day": dated additions and removals), the premium
 * due by the days each person was covered, and claims from filing to the insurer's payout. Claims are counted in
 * the reporting layer (`insurance.claims_filed` on the filing day, `insurance.claims_paid` with the payout on the
 * paying day); a policy's insured and premium are read from the policies themselves (a few a year).
 */
export const CLAIM_KINDS = ['medical', 'disability', 'death'] as const;
/** The documents the insurer asks for, per kind of claim (a checklist the claimant ticks). */
export const CLAIM_DOCUMENTS: Record<(typeof CLAIM_KINDS)[number], string[]> = {
  medical: ['身份证复印件', '诊断证明', '医疗费用发票', '费用清单', '事故经过说明'],
  disability: ['身份证复印件', '伤残鉴定书', '诊断证明', '事故经过说明'],
  death: ['被保险人身份证明', '死亡证明', '户籍注销证明', '受益人身份证明', '事故经过说明'],
};
/** Days after filing by which a claim not yet decided is overdue. */
export const OVERDUE_DAYS = 30;

const err = (
  kind: 'invalid' | 'conflict' | 'not_found',
  code: string,
  zh: string,
  en: string,
  field?: string,
) => new AppError(kind, code, { zh, en }, field ? { field } : undefined);
const POLICY = { zh: '保单', en: 'Policy' };
const CLAIM = { zh: '理赔申请', en: 'Claim' };
/** The later of two days written YYYY-MM-DD. */
const laterDay = (a: string, b: string) => (a.localeCompare(b) >= 0 ? a : b);
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

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
}

export interface ClaimInput {
  policyId: number;
  personId?: number;
  kind: (typeof CLAIM_KINDS)[number];
  incidentOn: string;
  place: string;
  description: string;
  documents: string[];
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

  const claimView = (c: ClaimRow, now: string) => ({
    ...c,
    daysOpen: daysBetween(c.filedOn, c.paidOn ?? c.decidedOn ?? now),
    overdue: (c.status === 'filed' || c.status === 'forwarded') && daysBetween(c.filedOn, now) > OVERDUE_DAYS,
  });

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
        const id = await insertPolicy(sql, {
          ...input,
          insurer: input.insurer.trim(),
          policyNo: input.policyNo.trim(),
          title: input.title.trim(),
          cover: input.cover.trim(),
          rule: input.rule ?? null,
          recordedInsured: input.recordedInsured ?? null,
          recordedPremiumFen: input.recordedPremiumFen ?? null,
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
        const dayBefore = new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
        await endInsured(
          sql,
          removed.map((r) => r.id),
          laterDay(dayBefore, p.startsOn),
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

    /** A claim filed by the worker (their own) or by staff for a member of their subtree. */
    async fileClaim(actor: Actor, input: ClaimInput) {
      return db.tx(async (sql) => {
        // a worker (or the administrator on the worker pages) claims for themself; staff name the member
        const self = input.personId === undefined;
        const personId = self ? actor.personId : input.personId;
        if (!personId)
          throw err(
            'invalid',
            'INSURANCE_CLAIM_PERSON',
            '请选择出险职工',
            'Choose the insured worker',
            'personId',
          );
        if (self) requireAccess(actor, 'self.apply', { personId });
        else {
          const person = await getPersonInScope(sql, actor, personId);
          requireAccess(actor, 'insurance.write', { orgPath: person.orgPath });
        }
        const p = await findPolicy(sql, input.policyId);
        if (!p) throw notFound(POLICY);
        if (input.incidentOn > today())
          throw err(
            'invalid',
            'INSURANCE_INCIDENT_FUTURE',
            '出险日期不能晚于今天',
            'The incident cannot be after today',
            'incidentOn',
          );
        if (!(await coveredOn(sql, p.id, personId, input.incidentOn)))
          throw err(
            'invalid',
            'INSURANCE_NOT_COVERED',
            `出险日期${input.incidentOn}不在该职工的保障期内`,
            `The worker was not covered by this policy on ${input.incidentOn}`,
            'incidentOn',
          );
        const m = (await listMemberships(sql, personId)).find((x) => x.status === 'active');
        const allowed = CLAIM_DOCUMENTS[input.kind];
        const unknown = input.documents.filter((d) => !allowed.includes(d));
        if (unknown.length)
          throw err(
            'invalid',
            'INSURANCE_DOCUMENT_UNKNOWN',
            `材料“${unknown[0]}”不在此类理赔的材料清单中`,
            `“${unknown[0]}” is not on this kind of claim's document list`,
            'documents',
          );
        const id = await insertClaim(sql, {
          policyId: p.id,
          personId,
          orgId: m?.orgId ?? p.orgId,
          kind: input.kind,
          incidentOn: input.incidentOn,
          place: input.place.trim(),
          description: input.description.trim(),
          documents: input.documents,
          filedOn: today(),
          filedBy: actor.userId || null,
        });
        await addCounts(sql, [
          { subject: 'insurance.claims_filed', orgId: p.orgId, on: today(), dim: input.kind, n: 1 },
        ]);
        await recordAudit(sql, actor, {
          action: 'insurance.claim.file',
          entity: 'insurance_claim',
          entityId: id,
          orgId: p.orgId,
          after: { kind: input.kind, incidentOn: input.incidentOn },
        });
        return { id };
      });
    },

    async listClaims(actor: Actor, q: { orgId?: number; policyId?: number }) {
      return db.tx(async (sql) => {
        const id = q.orgId ?? actor.orgId;
        const path = id ? (await getOrgInScope(sql, actor, id)).path : actor.scopePath;
        if (!path) throw notFound({ zh: '工会', en: 'Union' });
        requireAccess(actor, 'insurance.read', { orgPath: path });
        const now = today();
        return (await listClaims(sql, { path, policyId: q.policyId })).map((c) => claimView(c, now));
      });
    },

    async myInsurance(actor: Actor) {
      requireAccess(actor, 'self.read', { personId: actor.personId });
      return db.tx(async (sql) => {
        const personId = actor.personId as number;
        const now = today();
        return {
          policies: await policiesOfPerson(sql, personId),
          claims: (await listClaims(sql, { personId })).map((c) => claimView(c, now)),
          documents: CLAIM_DOCUMENTS,
        };
      });
    },

    /**
     * The policy's union moves a claim on: `forward` to the insurer, record the insurer's decision (`approve` with the
     * payout, `reject` with the reason), `pay` (the insurer paid the worker). Each step happens once.
     */
    async decide(
      actor: Actor,
      id: number,
      input: {
        action: 'forward' | 'approve' | 'reject' | 'pay';
        payoutFen?: number;
        reason?: string;
        on?: string;
      },
    ) {
      return db.tx(async (sql) => {
        const c = await findClaim(sql, id, true);
        if (!c) throw notFound(CLAIM);
        requireAccess(actor, 'insurance.write', { orgPath: c.policyOrgPath });
        const on = input.on ?? today();
        const from: Record<typeof input.action, ClaimRow['status']> = {
          forward: 'filed',
          approve: 'forwarded',
          reject: 'forwarded',
          pay: 'approved',
        };
        if (c.status !== from[input.action])
          throw err(
            'conflict',
            'INSURANCE_CLAIM_STATE',
            '理赔申请当前状态不能进行此操作',
            'The claim is not in a state for this step',
          );
        if (input.action === 'approve' && !(input.payoutFen && input.payoutFen > 0))
          throw err('invalid', 'INSURANCE_PAYOUT', '请填写理赔金额', 'Give the payout', 'payoutFen');
        if (input.action === 'reject' && !input.reason?.trim())
          throw err('invalid', 'INSURANCE_REJECT_REASON', '请填写拒赔原因', 'Give the reason', 'reason');
        const status: ClaimRow['status'] =
          input.action === 'forward'
            ? 'forwarded'
            : input.action === 'approve'
              ? 'approved'
              : input.action === 'reject'
                ? 'rejected'
                : 'paid';
        const moved = await moveClaim(sql, c.id, c.status, {
          status,
          ...(input.action === 'forward' ? { forwardedOn: on } : {}),
          ...(input.action === 'approve' ? { decidedOn: on, payoutFen: input.payoutFen } : {}),
          ...(input.action === 'reject' ? { decidedOn: on, rejectReason: input.reason?.trim() } : {}),
          ...(input.action === 'pay' ? { paidOn: on } : {}),
        });
        if (!moved)
          throw err(
            'conflict',
            'INSURANCE_CLAIM_STATE',
            '理赔申请当前状态不能进行此操作',
            'The claim is not in a state for this step',
          );
        if (input.action === 'pay')
          await addCounts(sql, [
            {
              subject: 'insurance.claims_paid',
              orgId: c.policyOrgId,
              on,
              dim: c.kind,
              n: 1,
              fen: c.payoutFen ?? 0,
            },
          ]);
        await recordAudit(sql, actor, {
          action: `insurance.claim.${input.action}`,
          entity: 'insurance_claim',
          entityId: c.id,
          orgId: c.policyOrgId,
          after: { status, on },
        });
        if (input.action !== 'forward')
          await notifyPerson(sql, c.personId, {
            kind: `insurance.claim.${status}`,
            title: {
              zh:
                status === 'paid'
                  ? '保险理赔金已支付'
                  : status === 'approved'
                    ? '理赔申请已获赔付'
                    : '理赔申请未获赔付',
              en:
                status === 'paid'
                  ? 'Your claim was paid'
                  : status === 'approved'
                    ? 'Your claim was approved'
                    : 'Your claim was not accepted',
            },
            body: {
              zh:
                status === 'rejected'
                  ? `原因：${input.reason?.trim()}`
                  : `理赔金额 ¥${((c.payoutFen ?? input.payoutFen ?? 0) / 100).toFixed(2)}`,
              en:
                status === 'rejected'
                  ? `Reason: ${input.reason?.trim()}`
                  : `Payout ¥${((c.payoutFen ?? input.payoutFen ?? 0) / 100).toFixed(2)}`,
            },
            link: '/m/insurance',
            entity: 'insurance_claim',
            entityId: c.id,
          });
        return { status };
      });
    },

    /**
     * Per year over a period (years or any days): policies starting, their insured and premium, claims filed and
     * paid and payouts, each counted on its day; with the states as they stood on the period's last day
     * (policies in force, the people covered, claims open).
     */
    async stats(actor: Actor, q: { orgId?: number } & PeriodAsked) {
      const period = statsPeriod(q);
      return db.tx(async (sql) => {
        const id = q.orgId ?? actor.orgId;
        const path = id ? (await getOrgInScope(sql, actor, id)).path : actor.scopePath;
        if (!path) throw notFound({ zh: '工会', en: 'Union' });
        requireAccess(actor, 'insurance.read', { orgPath: path });
        const { from, to, asOf } = period;
        const [fromYear, toYear] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))];
        const counted = await sumCounts(sql, {
          subject: ['insurance.claims_filed', 'insurance.claims_paid'],
          path,
          from,
          to,
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
        for (let y = fromYear; y <= toYear; y += 1) row(y);
        for (const p of await policyYears(sql, path, from, to))
          Object.assign(row(p.year), { policies: p.policies, insured: p.insured, premiumFen: p.premiumFen });
        // premium of register-based policies: due by the days covered
        for (const p of await listPolicies(sql, path)) {
          if (p.recordedPremiumFen === null && p.startsOn >= from && p.startsOn <= to)
            row(Number(p.startsOn.slice(0, 4))).premiumFen += (await premiumDue(sql, p)).dueFen;
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
        const states = await statesOnDay(sql, path, asOf);
        return { ...period, fromYear, toYear, years: list, total, states };
      });
    },
  };
}

export type InsuranceService = ReturnType<typeof createInsuranceService>;
