import { type Actor, requireAccess } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { dayAfter, dayBefore, todayInChina } from '../../shared/dates.ts';
import { notYours } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { evaluateRule, loadFacts } from '../programs/index.ts';
import {
  addInsured,
  coveredDays,
  endInsured,
  findPolicy,
  type InsuredRow,
  insuredOf,
  insuredState,
  membershipsIn,
  type PolicyRow,
} from './insurance.repository.ts';
import { daysBetween, err, laterDay } from './insurance.shared.ts';

const nextMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

/** The steps the policy, list and statistics use cases share: the policy in scope, the premium due, reconciling the insured with the register. */
export function insuranceSteps(clock: Clock) {
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
  /**
   * Premium due: the premium per person (for the policy's whole period) times the days each person was covered over
   * the policy's days, rounded once: a person covered throughout owes one premium, whatever the period's length.
   */
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
  async function auditList(
    sql: Sql,
    actor: Actor,
    p: PolicyRow,
    full: boolean,
    // typed, so that the audit page's words are checked against every field the row carries (audit-fields.test.ts)
    after: { rows: number; month?: string },
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
  /**
   * Before the insured are read: the register's joins, transfers and leavings up to today, without a manual sync
   * (not for a list brought in from the policies register, kept as its file gives it).
   */
  async function keepInStep(sql: Sql, actor: Actor, p: PolicyRow) {
    const now = today();
    if (p.recordedInsured !== null || !p.listFromRegister || now < p.startsOn) return;
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
  return { today, policyInScope, premiumDue, reconcile, auditList, changesOf, keepInStep };
}
