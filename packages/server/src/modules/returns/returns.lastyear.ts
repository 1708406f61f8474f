import type { Sql } from '../../db/db.ts';
import { labelKey, type ReturnForm } from './returns.form.ts';
import { earlierReturnsOf, findReturn, type ReturnRow } from './returns.repository.ts';
import { acceptedChildTotals, reportedOf } from './returns.values.repository.ts';

/**
 * Last year beside this year (ADR 47): the issuer's previous return of the same form — the one this return was
 * copied from, else the latest earlier one started from the same shipped form or with the same title but for its
 * years — and its values matched to this form's fields by their names (a field of a form built anew has a new key).
 */
export interface LastYear {
  returnId: number;
  /** This return's key → the previous return's key of the field with the same name. */
  keyOf: Map<string, string>;
}

/** A title without its years: 2024年会员情况统计表 and 2025年会员情况统计表 name the same return. */
export const titleKey = (title: string) => labelKey(title.replace(/\d{4}\s*(年度|年)?/g, ''));

/** Every value's name in a form (fields, fixed-table cells), by key. */
function namesOf(form: ReturnForm) {
  const names = new Map<string, string>();
  for (const s of form.sections) {
    for (const f of s.fields) names.set(f.key, labelKey(f.label));
    for (const t of s.tables)
      for (const r of t.rows ?? [])
        for (const c of t.columns)
          names.set(`${t.key}.${r.key}.${c.key}`, labelKey(`${t.label}·${r.label}·${c.label}`));
  }
  return names;
}

export function matchKeys(previous: ReturnForm, form: ReturnForm): Map<string, string> {
  const before = new Map<string, string>();
  for (const [key, name] of namesOf(previous)) before.set(name, key);
  const out = new Map<string, string>();
  for (const [key, name] of namesOf(form)) {
    const old = before.get(name);
    if (old) out.set(key, old);
  }
  return out;
}

export async function findLastYear(sql: Sql, r: ReturnRow): Promise<LastYear | null> {
  let prev: { id: number; form: ReturnForm } | undefined;
  if (r.copiedFrom) prev = await findReturn(sql, r.copiedFrom);
  if (!prev) {
    const mine = titleKey(r.title);
    prev = (await earlierReturnsOf(sql, r.orgId, r.periodFrom, r.id)).find(
      (c) => (r.formKey !== null && c.formKey === r.formKey) || titleKey(c.title) === mine,
    );
  }
  if (!prev) return null;
  return { returnId: prev.id, keyOf: matchKeys(prev.form, r.form) };
}

/** Last year's reported totals of some unions, by union and this return's key. */
export async function lastYearOf(sql: Sql, last: LastYear | null, orgIds: number[]) {
  const out = new Map<number, Map<string, number>>();
  if (!last || !orgIds.length) return out;
  const rows = await reportedOf(sql, last.returnId, orgIds);
  const back = new Map<string, string[]>();
  for (const [now, old] of last.keyOf) back.set(old, [...(back.get(old) ?? []), now]);
  for (const v of rows)
    for (const key of back.get(v.key) ?? []) {
      const m = out.get(v.orgId) ?? new Map<string, number>();
      m.set(key, v.total);
      out.set(v.orgId, m);
    }
  return out;
}

/** Last year's total at the issuer (its accepted unions' totals), by this return's key. */
export async function lastYearAtIssuer(sql: Sql, last: LastYear | null) {
  const out = new Map<string, number>();
  if (!last) return out;
  const totals = await acceptedChildTotals(sql, last.returnId, null);
  for (const [now, old] of last.keyOf) {
    const v = totals.get(old);
    if (v !== undefined) out.set(now, v);
  }
  return out;
}
