import { type Actor, can, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { dayAfter, dayBefore, todayInChina } from '../../shared/dates.ts';
import { invalid, notFound, notYours } from '../../shared/errors.ts';
import { type PeriodAsked, statsPeriod } from '../../shared/period.ts';
import { writeWorkbook, type XlsxSheet } from '../../shared/xlsx-writer.ts';
import { recordAudit } from '../audit/index.ts';
import { getOrgInScope } from '../org/index.ts';
import type { IdProtector } from '../people/index.ts';
import { evaluateRule, findSubjectProgram, loadFacts, type Rule, validateRule } from '../programs/index.ts';
import { sumCounts } from '../reporting/index.ts';
import { createClaimImport } from './insurance.claims.import.ts';
import { createClaimUseCases } from './insurance.claims.ts';
import { insuranceFigureNotes } from './insurance.notes.ts';
import {
  addInsured,
  countPolicies,
  coveredDays,
  endInsured,
  findPolicy,
  type InsuredRow,
  insertPolicy,
  insuredOf,
  insuredState,
  listPolicies,
  membershipsIn,
  type PolicyRow,
  policyYears,
  statesOnDay,
} from './insurance.repository.ts';
import { CLAIM_DOCUMENTS, daysBetween, err, laterDay, PAYOUT_PRESET } from './insurance.shared.ts';

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

const WHY_ZH = { left: '会员关系终止', not_eligible: '不再符合投保条件' } as const;
const nextMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

export function createInsuranceService(db: Db, clock: Clock, ids: IdProtector | null = null) {
  const today = () => todayInChina(clock());

  async function policyInScope(
    sql: Sql,
    actor: Actor,
    id: number,
    permission: 'insurance.read' | 'insurance.write',
  ) {
    const p = await findPolicy(sql, id);
    // a policy that does not exist answers as another union's does, in the same words (ADR 72)
    if (!p) throw notYours();
    requireAccess(actor, permission, { orgPath: p.orgPath });
    return p;
  }

  /** Premium due: the yearly premium times the days each person was covered over the policy's days, rounded once. */
  async function premiumDue(sql: Sql, p: PolicyRow) {
    const policyDays = daysBetween(p.startsOn, p.endsOn) + 1;
    const { days, people } = await coveredDays(sql, p.id, p.endsOn);
    return { people, personDays: days, dueFen: Math.round((p.premiumFen * days) / policyDays) };
  }

  /**
   * The insured kept in step with the member register as of `asOf`, each change dated by the membership itself:
   * a member of the policy's subtree who meets the rule is covered from the day they joined (or the policy's
   * start); one whose membership of the subtree ended (left, or transferred out) is covered up to the day before it
   * ended; a transfer inside the subtree changes nothing. `checkRule`: also end, from `asOf`, the cover of members
   * who no longer meet the rule (the rule is read for every member — the clerk's explicit sync).
   */
  async function reconcile(sql: Sql, p: PolicyRow, asOf: string, checkRule: boolean) {
    const intervals = new Map<number, { orgId: number; from: string; leftOn: string | null }>();
    for (const m of await membershipsIn(sql, p.orgPath, p.startsOn, asOf)) {
      const leftOn = m.leftOn !== null && m.leftOn > asOf ? null : m.leftOn;
      const cur = intervals.get(m.personId);
      // a membership starting when (or before) the previous one ended continues it: a transfer within the subtree
      if (cur && cur.leftOn !== null && m.joinedOn <= cur.leftOn) {
        cur.orgId = m.orgId;
        cur.leftOn = leftOn === null ? null : laterDay(cur.leftOn, leftOn);
      } else if (!cur || cur.leftOn !== null)
        intervals.set(m.personId, { orgId: m.orgId, from: m.joinedOn, leftOn });
    }
    const state = await insuredState(sql, p.id);
    const open = new Map(state.filter((r) => r.untilOn === null).map((r) => [r.personId, r]));
    const last = new Map(state.filter((r) => r.untilOn !== null).map((r) => [r.personId, r]));
    const eligible = async (personId: number) =>
      !p.rule ||
      evaluateRule(p.rule, await loadFacts(sql, { personId, ownerPath: p.orgPath, asOf })).eligible;
    const ended: { id: number; untilOn: string; why: 'left' | 'not_eligible' }[] = [];
    for (const row of open.values()) {
      const i = intervals.get(row.personId);
      if (!i || i.leftOn !== null) {
        const until = i?.leftOn ? dayBefore(i.leftOn) : dayBefore(asOf);
        ended.push({ id: row.id, untilOn: laterDay(until, dayBefore(row.fromOn)), why: 'left' });
      } else if (checkRule && !(await eligible(row.personId)))
        ended.push({ id: row.id, untilOn: laterDay(dayBefore(asOf), row.fromOn), why: 'not_eligible' });
    }
    const added: { personId: number; orgId: number; fromOn: string; untilOn?: string; why?: 'left' }[] = [];
    const covered = new Set(state.map((r) => r.personId));
    for (const [personId, i] of intervals) {
      if (open.has(personId)) continue;
      // a member who joined and left since the last look: covered for the days they were a member
      if (i.leftOn !== null) {
        if (covered.has(personId) || !(await eligible(personId))) continue;
        const fromOn = laterDay(i.from, p.startsOn);
        const untilOn = dayBefore(i.leftOn);
        if (untilOn >= fromOn) added.push({ personId, orgId: i.orgId, fromOn, untilOn, why: 'left' });
        continue;
      }
      if (!(await eligible(personId))) continue;
      let fromOn = laterDay(i.from, p.startsOn);
      const before = last.get(personId);
      // covered before on this policy during this same membership: ended by a later look at the register (its
      // leaving seen from a later day) — left as it is; dropped by the rule — again from `asOf`
      if (before?.untilOn && before.untilOn >= fromOn) {
        if (before.removedWhy !== 'not_eligible') continue;
        fromOn = laterDay(asOf, dayAfter(before.untilOn));
      }
      if (fromOn <= p.endsOn) added.push({ personId, orgId: i.orgId, fromOn });
    }
    await addInsured(sql, p.id, added);
    await endInsured(sql, ended);
    const stillOpen = added.filter((a) => !a.untilOn).length;
    return {
      added: added.length,
      removed: ended.length + added.length - stillOpen,
      insured: open.size + stillOpen - ended.length,
    };
  }

  /** The ID number shown for an insured row: full only for a role that may reveal it, when asked. */
  function revealer(actor: Actor, full: boolean) {
    if (full && !can(actor, 'people.reveal_id'))
      throw err(
        'forbidden',
        'INSURANCE_FULL_ID_FORBIDDEN',
        '您的角色无权导出完整身份证号，请导出脱敏清单',
        'Your role may not export full ID numbers; export the masked list instead',
      );
    return (r: InsuredRow) => (full && ids ? ids.decrypt(r.idCipher) : r.idMasked);
  }

  async function auditList(
    sql: Sql,
    actor: Actor,
    p: PolicyRow,
    full: boolean,
    after: Record<string, unknown>,
  ) {
    await recordAudit(sql, actor, {
      action: full ? 'person.id_number.export' : 'insurance.list.export',
      entity: 'insurance_policy',
      entityId: p.id,
      orgId: p.orgId,
      after: { ...after, policyId: p.id },
    });
  }

  /** A month's additions and removals with their premium adjustments (see `changes`). */
  async function changesOf(sql: Sql, p: PolicyRow, month: string) {
    const first = `${month}-01`;
    const last = dayBefore(`${nextMonth(month)}-01`);
    if (last < p.startsOn || first > p.endsOn)
      throw err(
        'invalid',
        'INSURANCE_MONTH_OUTSIDE',
        `${month}不在保险期间（${p.startsOn}至${p.endsOn}）内`,
        `${month} is outside the policy's period (${p.startsOn} to ${p.endsOn})`,
        'month',
      );
    const policyDays = daysBetween(p.startsOn, p.endsOn) + 1;
    const fenFor = (days: number) => Math.round((p.premiumFen * days) / policyDays);
    const rows: (InsuredRow & {
      change: 'add' | 'remove';
      effectiveOn: string;
      days: number;
      fen: number;
    })[] = [];
    for (const r of await insuredOf(sql, p.id)) {
      if (r.fromOn >= first && r.fromOn <= last) {
        const days = daysBetween(r.fromOn, p.endsOn) + 1;
        rows.push({ ...r, change: 'add', effectiveOn: r.fromOn, days, fen: fenFor(days) });
      }
      const off = r.untilOn ? dayAfter(r.untilOn) : null;
      if (off && off >= first && off <= last && off <= p.endsOn) {
        const days = daysBetween(off, p.endsOn) + 1;
        rows.push({ ...r, change: 'remove', effectiveOn: off, days, fen: -fenFor(days) });
      }
    }
    rows.sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn) || a.change.localeCompare(b.change));
    const addedFen = rows.filter((r) => r.change === 'add').reduce((t, r) => t + r.fen, 0);
    const refundFen = -rows.filter((r) => r.change === 'remove').reduce((t, r) => t + r.fen, 0);
    return { month, rows, addedFen, refundFen, netFen: addedFen - refundFen };
  }

  /** Before the insured are read: the register's joins, transfers and leavings up to today, without a manual sync. */
  async function keepInStep(sql: Sql, actor: Actor, p: PolicyRow) {
    const now = today();
    if (p.recordedInsured !== null || now < p.startsOn) return;
    const r = await reconcile(sql, p, [now, p.endsOn].sort()[0], false);
    if (r.added || r.removed)
      await recordAudit(sql, actor, {
        action: 'insurance.sync',
        entity: 'insurance_policy',
        entityId: p.id,
        orgId: p.orgId,
        after: { on: now, added: r.added, removed: r.removed, automatic: true },
      });
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

    async listPolicies(actor: Actor, q: { orgId?: number; page?: number; pageSize?: number } = {}) {
      return db.tx(async (sql) => {
        const id = q.orgId ?? actor.orgId;
        const path = id ? (await getOrgInScope(sql, actor, id)).path : actor.scopePath;
        if (!path) throw notFound({ zh: '工会', en: 'Union' });
        requireAccess(actor, 'insurance.read', { orgPath: path });
        const page = { page: q.page ?? 1, pageSize: q.pageSize ?? 20 };
        return { items: await listPolicies(sql, path, page), total: await countPolicies(sql, path), ...page };
      });
    },

    async getPolicy(actor: Actor, id: number) {
      return db.tx(async (sql) => {
        const read = await policyInScope(sql, actor, id, 'insurance.read');
        await keepInStep(sql, actor, read);
        const p = (await findPolicy(sql, id)) as PolicyRow;
        return { ...p, ...(await premiumDue(sql, p)), documents: CLAIM_DOCUMENTS };
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

    /**
     * The insurer's list: everyone the policy covered, with their days. ID numbers are masked unless `full` is asked
     * by a role that may reveal them (people.reveal_id, as for the member export); a full list is audited as an ID
     * export, a masked one as a list export.
     */
    async insuredXlsx(actor: Actor, id: number, full = false) {
      return db.tx(async (sql) => {
        const p = await policyInScope(sql, actor, id, 'insurance.read');
        const idOf = revealer(actor, full);
        await keepInStep(sql, actor, p);
        const rows = await insuredOf(sql, p.id);
        if (rows.length > 50_000)
          throw err(
            'invalid',
            'INSURANCE_LIST_TOO_LONG',
            '被保险人超过50,000人，无法一次导出',
            'More than 50,000 insured: too many to export at once',
          );
        await auditList(sql, actor, p, full, { rows: rows.length });
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
            idOf(r),
            r.gender === 'female' ? '女' : '男',
            r.birthDate,
            r.orgName,
            r.fromOn,
            r.untilOn,
            r.removedWhy ? WHY_ZH[r.removedWhy as keyof typeof WHY_ZH] : null,
          ]),
          textColumns: [2],
          dateColumns: [4, 6, 7],
        };
        return {
          file: writeWorkbook([sheet]),
          name: `${p.title}-被保险人清单${full ? '' : '（脱敏）'}.xlsx`,
        };
      });
    },

    /**
     * The change list of a month for the insurer: additions (cover from a day of the month) and removals (cover
     * ending the day before a day of the month), each with the premium adjustment by the days of cover — an
     * addition pays from its first day to the policy's end, a removal is refunded from the day it takes effect —
     * at the yearly premium over the policy's days, each row rounded to the fen.
     */
    /** A month's changes; without a month, this month's. */
    async changes(actor: Actor, id: number, asked?: string) {
      const month = asked ?? today().slice(0, 7);
      return db.tx(async (sql) => {
        const p = await policyInScope(sql, actor, id, 'insurance.read');
        await keepInStep(sql, actor, p);
        return changesOf(sql, p, month);
      });
    },

    async changesXlsx(actor: Actor, id: number, asked?: string, full = false) {
      const month = asked ?? today().slice(0, 7);
      return db.tx(async (sql) => {
        const p = await policyInScope(sql, actor, id, 'insurance.read');
        const idOf = revealer(actor, full);
        await keepInStep(sql, actor, p);
        const c = await changesOf(sql, p, month);
        await auditList(sql, actor, p, full, { month, rows: c.rows.length });
        const sheet: XlsxSheet = {
          name: `${month}人员变动清单`,
          headers: [
            '序号',
            '变动类型',
            '姓名',
            '身份证号',
            '性别',
            '出生日期',
            '所在工会',
            '生效日期',
            '计费天数',
            '保费调整（元）',
            '终止原因',
          ],
          rows: [
            ...c.rows.map((r, i) => [
              i + 1,
              r.change === 'add' ? '加保' : '减保',
              r.name,
              idOf(r),
              r.gender === 'female' ? '女' : '男',
              r.birthDate,
              r.orgName,
              r.effectiveOn,
              r.days,
              r.fen / 100,
              r.removedWhy ? WHY_ZH[r.removedWhy as keyof typeof WHY_ZH] : null,
            ]),
            [null, '合计', null, null, null, null, null, null, null, c.netFen / 100, null],
          ],
          textColumns: [3],
          dateColumns: [5, 7],
          moneyColumns: [9],
        };
        return {
          file: writeWorkbook([sheet]),
          name: `${p.title}-${month}人员变动清单${full ? '' : '（脱敏）'}.xlsx`,
        };
      });
    },

    ...createClaimUseCases(db, clock),
    /** The claims register (issue 42): past claims on their days, all rows or none. */
    register: createClaimImport(db, clock, ids),

    /**
     * Per year over a period (years or any days): policies starting, their insured and premium, claims filed and
     * paid and payouts, each counted on its day; with the states as they stood on the period's last day
     * (policies in force, the people covered, claims open).
     */
    async stats(actor: Actor, q: { orgId?: number } & PeriodAsked) {
      const period = statsPeriod(q, today());
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
        return {
          ...period,
          fromYear,
          toYear,
          years: list,
          total,
          states,
          notes: insuranceFigureNotes(period),
        };
      });
    },
  };
}

export type InsuranceService = ReturnType<typeof createInsuranceService>;
