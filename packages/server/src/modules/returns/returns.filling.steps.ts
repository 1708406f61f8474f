import { type Actor, requireAccess } from '../../access/access.ts';
import type { Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { effectiveDay, type NotBefore } from '../../shared/effective.ts';
import type { Bilingual } from '../../shared/errors.ts';
import { notifyUnionStaff } from '../messages/index.ts';
import { returnErrors } from './returns.errors.ts';
import { checkRules } from './returns.form.rules.ts';
import {
  cellKey,
  checkValue,
  type FormField,
  formFields,
  formTables,
  type ReturnForm,
  type StoredValue,
  type ValueProblem,
} from './returns.form.ts';
import { findReturn, findSubmission, type ReturnRow, type SubmissionRow } from './returns.repository.ts';
import { acceptedChildTotals, valuesOf } from './returns.values.repository.ts';

/** Every key a form holds a value under, with the field that reads it: fields, and table cells. */
export function formKeys(
  form: ReturnForm,
): Map<string, { field: FormField; total: boolean; table?: string }> {
  const keys = new Map<string, { field: FormField; total: boolean; table?: string }>();
  for (const f of formFields(form))
    keys.set(f.key, { field: f, total: f.type !== 'text' && f.type !== 'choice' && f.type !== 'date' });
  for (const t of formTables(form)) {
    const numeric = (c: FormField) => c.type === 'int' || c.type === 'money' || c.type === 'percent';
    if (t.rows) {
      for (const r of t.rows)
        for (const c of t.columns)
          keys.set(cellKey(t.key, r.key, c.key), {
            field: {
              ...c,
              label: `${t.label}·${r.label}·${c.label}`,
              ...(r.figures?.[c.key] ? { figure: r.figures[c.key] } : {}),
            },
            total: numeric(c) && c.type !== 'percent',
            table: t.key,
          });
    } else {
      const max = t.maxRows ?? 500;
      for (let i = 1; i <= max; i += 1)
        for (const c of t.columns)
          keys.set(cellKey(t.key, i, c.key), {
            field: { ...c, label: `${t.label}·第${i}行·${c.label}`, required: false },
            total: false,
            table: t.key,
          });
    }
  }
  return keys;
}

/**
 * A value's problem as a save reports it: the union's name first, and what was typed when the message does not
 * already say it (“年龄结构·35岁以下·人数”不能为负数（填写的是“-3”）).
 */
export function inUnion(orgName: string, p: ValueProblem, typed?: string | null): ValueProblem {
  const shown = typed === undefined || typed === null ? '' : typed.trim();
  return {
    key: p.key,
    zh: `${orgName}：${p.zh}${typed === undefined ? '' : `（填写的是“${shown}”）`}`,
    en: `${orgName}: ${p.en}${typed === undefined ? '' : ` (it reads “${shown}”)`}`,
  };
}

/** Percentages are not summed: a consolidated percentage is not the sum of its parts. */
const summed = (f: FormField) => f.type === 'int' || f.type === 'money';

export interface ValueInput {
  key: string;
  /** As typed or as the sheet holds it; null or '' clears the value. */
  value: string | null;
  /** Why a bound figure was changed. */
  reason?: string | null;
}

/** The steps the view, the entry and the decisions share: loading a submission for whoever may see it, who may act, what it reports and what is wrong with it, telling a union. */
export function fillingSteps(clock: Clock) {
  const decisionDay = (
    actor: Actor,
    effectiveOn: string | undefined,
    what: Bilingual,
    notBefore: NotBefore[],
  ) => effectiveDay(actor, effectiveOn, what, notBefore, { now: clock() });
  /** The return and a union's submission in it, for a caller who may see it (the union's own staff or above). */
  async function load(sql: Sql, actor: Actor, returnId: number, orgId: number, lock = false) {
    const r = await findReturn(sql, returnId);
    if (!r || r.status === 'draft') throw returnErrors.notFound();
    const sub = await findSubmission(sql, returnId, orgId, lock);
    if (!sub) throw returnErrors.unionNotInReturn();
    requireAccess(actor, 'returns.fill', { orgPath: sub.orgPath });
    return { r, sub };
  }
  /**
   * Who fills a union's return: its own staff, or the union above that reviews it entering it for them (代录) — a
   * return mailed in on paper by a union with no one on the platform (issue 42). Answers whether it is the latter.
   */
  const fillerOnly = (actor: Actor, sub: SubmissionRow) => {
    if (actor.orgId === sub.orgId) return false;
    if (actor.orgId === sub.reviewerOrgId) return true;
    throw returnErrors.notOwnUnion();
  };
  const reviewerOnly = (actor: Actor, sub: SubmissionRow) => {
    requireAccess(actor, 'returns.review');
    if (actor.orgId !== sub.reviewerOrgId) throw returnErrors.notReviewer();
  };
  const editable = (r: ReturnRow, sub: SubmissionRow) => {
    if (r.status !== 'issued') throw returnErrors.notIssued();
    if (sub.status !== 'open' && sub.status !== 'returned') throw returnErrors.locked(sub.status);
  };
  /** The values a union reports: its own, and for a consolidating union its own plus its accepted unions'. */
  async function reportedTotals(sql: Sql, r: ReturnRow, sub: SubmissionRow, own: Map<string, StoredValue>) {
    const keys = formKeys(r.form);
    const children = sub.consolidates
      ? await acceptedChildTotals(sql, r.id, sub.id)
      : new Map<string, number>();
    const totals = new Map<string, number>();
    for (const [key, k] of keys) {
      if (!k.total || !summed(k.field)) {
        if (k.total && own.get(key)?.num != null) totals.set(key, own.get(key)?.num as number);
        continue;
      }
      const mine = own.get(key)?.num ?? null;
      const below = children.get(key) ?? null;
      if (mine === null && below === null) continue;
      totals.set(key, (mine ?? 0) + (below ?? 0));
    }
    return totals;
  }
  /**
   * Everything wrong with a submission as it stands: required, ranges, rules (on what it reports). A consolidating
   * union must report each required number (its own plus its unions'); what describes one union (a type, a text)
   * it need not give for itself.
   */
  function problemsOf(
    r: ReturnRow,
    sub: SubmissionRow,
    own: Map<string, StoredValue>,
    totals: Map<string, number>,
  ) {
    const keys = formKeys(r.form);
    const problems: ValueProblem[] = [];
    const seen = (key: string): StoredValue | undefined => {
      const k = keys.get(key);
      if (sub.consolidates && k?.total && summed(k.field)) {
        const t = totals.get(key);
        return t === undefined ? undefined : { num: t, txt: null };
      }
      return own.get(key);
    };
    for (const [key, k] of keys) {
      if (k.table && !formTables(r.form).find((t) => t.key === k.table)?.rows) {
        const v = own.get(key);
        if (v && (v.num !== null || v.txt !== null)) problems.push(...checkValue(k.field, v, key, false));
        continue;
      }
      problems.push(
        ...checkValue(k.field, seen(key), key, k.field.required && (!sub.consolidates || summed(k.field))),
      );
    }
    const forRules = new Map<string, StoredValue>();
    for (const f of formFields(r.form)) {
      const v = seen(f.key);
      if (v) forRules.set(f.key, v);
    }
    problems.push(...checkRules(r.form, forRules));
    return problems;
  }
  async function ownValues(sql: Sql, subId: number) {
    const rows = await valuesOf(sql, subId);
    return { rows, own: new Map(rows.map((v) => [v.key, { num: v.num, txt: v.txt }])) };
  }
  const link = (r: ReturnRow, orgId: number) => `/returns/${r.id}/unions/${orgId}`;
  return {
    decisionDay,
    load,
    fillerOnly,
    reviewerOnly,
    editable,
    reportedTotals,
    problemsOf,
    ownValues,
    /** Tells a union's office (its managers and staff). */
    tell: notifyUnionStaff,
    link,
  };
}
