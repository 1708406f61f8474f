import { parseDateText } from '../../shared/dates.ts';
import type { Bilingual } from '../../shared/errors.ts';
import { parseYuan } from '../../shared/money.ts';
import { normaliseText } from '../../shared/text.ts';
import { FIGURES, type FigureKey } from './returns.figures.ts';

/**
 * A return's form (ADR 47): sections of fields and tables, and cross-field rules written as comparisons. Labels,
 * units and help are what the issuing clerk typed (stored as typed); keys are generated and never shown. Every
 * number is an integer: money in fen, a percentage in hundredths of a percent.
 */
export type FieldType = 'int' | 'money' | 'percent' | 'text' | 'choice' | 'date';
export const FIELD_TYPES: readonly FieldType[] = ['int', 'money', 'percent', 'text', 'choice', 'date'];
export const NUMERIC_TYPES: readonly FieldType[] = ['int', 'money', 'percent'];

export interface FormField {
  key: string;
  label: string;
  type: FieldType;
  unit?: string;
  help?: string;
  required?: boolean;
  /** Bounds in the field's own unit as typed (yuan for money, percent for a percentage). */
  min?: number;
  max?: number;
  choices?: string[];
  /** A Gonghui figure the field is pre-filled with. */
  figure?: FigureKey;
}

export interface FormTable {
  key: string;
  label: string;
  /**
   * Fixed rows (by industry, by age band …); absent: open rows the union adds (a list). A fixed row's cell may be
   * bound to a Gonghui figure (`figures`: column key → figure).
   */
  rows?: { key: string; label: string; figures?: Record<string, FigureKey> }[];
  maxRows?: number;
  columns: FormField[];
}

export interface FormSection {
  key: string;
  title: string;
  fields: FormField[];
  tables: FormTable[];
}

export interface FormRule {
  /** As the issuer wrote it: `女会员 ≤ 会员`, `本年发放 ≤ 本年预算`, `a + b = c`. */
  expr: string;
  message?: Bilingual;
}

export interface ReturnForm {
  sections: FormSection[];
  rules: FormRule[];
}

export interface FormProblem {
  /** Where: 'sections.1.fields.2' style, for the editor; the message names the label. */
  at: string;
  zh: string;
  en: string;
}

const MAX_FIELDS = 400;
const MAX_OPEN_ROWS = 2000;

/** Every field of the form, tables' columns excluded. */
export const formFields = (form: ReturnForm) => form.sections.flatMap((s) => s.fields);
export const formTables = (form: ReturnForm) => form.sections.flatMap((s) => s.tables);

/** The comparable form of a label a clerk may write differently (spaces, full-width forms). */
export const labelKey = (s: string) => normaliseText(s).toLowerCase();

/** Problems with a form's definition: empty labels, duplicate labels, choices, bounds, unknown figures, rules. */
export function checkForm(form: ReturnForm): FormProblem[] {
  const problems: FormProblem[] = [];
  const keys = new Set<string>();
  const labels = new Map<string, string>();
  let count = 0;
  if (!form.sections.length)
    problems.push({ at: 'sections', zh: '表单至少需要一个栏目', en: 'The form needs at least one section' });
  const checkField = (f: FormField, at: string, inTable: boolean) => {
    count += 1;
    if (!f.label.trim()) problems.push({ at, zh: '项目名称不能为空', en: 'A field needs a name' });
    if (f.type === 'choice' && !(f.choices ?? []).some((c) => c.trim()))
      problems.push({
        at,
        zh: `“${f.label}”是选择项，须列出选项`,
        en: `“${f.label}” is a choice: list its options`,
      });
    if (f.min !== undefined && f.max !== undefined && f.min > f.max)
      problems.push({
        at,
        zh: `“${f.label}”的下限大于上限`,
        en: `“${f.label}”: the minimum exceeds the maximum`,
      });
    if (f.figure !== undefined) {
      const fig = FIGURES[f.figure];
      if (!fig)
        problems.push({
          at,
          zh: `“${f.label}”绑定的统计口径不存在`,
          en: `“${f.label}” is bound to an unknown figure`,
        });
      else if (inTable)
        problems.push({
          at,
          zh: `表格中的“${f.label}”不能绑定统计数`,
          en: `“${f.label}” in a table cannot be bound to a figure`,
        });
      else if (fig.type !== f.type)
        problems.push({
          at,
          zh: `“${f.label}”绑定的“${fig.zh}”是${fig.type === 'money' ? '金额' : '整数'}，项目类型须一致`,
          en: `“${f.label}” is bound to “${fig.en}”, a ${fig.type === 'money' ? 'sum of money' : 'whole number'}: the field's type must match`,
        });
    }
  };
  form.sections.forEach((s, si) => {
    if (!s.title.trim())
      problems.push({ at: `sections.${si}`, zh: '栏目名称不能为空', en: 'A section needs a title' });
    if (!s.fields.length && !s.tables.length)
      problems.push({
        at: `sections.${si}`,
        zh: `栏目“${s.title}”没有项目`,
        en: `Section “${s.title}” has no fields`,
      });
    s.fields.forEach((f, fi) => {
      const at = `sections.${si}.fields.${fi}`;
      if (keys.has(f.key)) problems.push({ at, zh: '项目重复', en: 'Duplicate field' });
      keys.add(f.key);
      const lk = labelKey(f.label);
      if (lk && labels.has(lk))
        problems.push({
          at,
          zh: `项目名称“${f.label}”重复，规则无法区分`,
          en: `The field name “${f.label}” is used twice; rules could not tell them apart`,
        });
      labels.set(lk, f.key);
      checkField(f, at, false);
    });
    s.tables.forEach((t, ti) => {
      const at = `sections.${si}.tables.${ti}`;
      if (keys.has(t.key)) problems.push({ at, zh: '表格重复', en: 'Duplicate table' });
      keys.add(t.key);
      if (!t.label.trim()) problems.push({ at, zh: '表格名称不能为空', en: 'A table needs a name' });
      if (!t.columns.length)
        problems.push({ at, zh: `表格“${t.label}”没有列`, en: `Table “${t.label}” has no columns` });
      const rowLabels = new Set<string>();
      for (const r of t.rows ?? []) {
        for (const [col, figure] of Object.entries(r.figures ?? {})) {
          const c = t.columns.find((x) => x.key === col);
          const fig = figure ? FIGURES[figure] : undefined;
          const name = `${t.label}·${r.label}·${c?.label ?? col}`;
          if (!c || !fig)
            problems.push({
              at,
              zh: `“${name}”绑定的栏目或统计口径不存在`,
              en: `“${name}” is bound to an unknown column or figure`,
            });
          else if (fig.type !== c.type)
            problems.push({
              at,
              zh: `“${name}”绑定的“${fig.zh}”与该列类型不一致`,
              en: `“${name}” is bound to “${fig.en}”, which does not match the column's type`,
            });
        }
        if (!r.label.trim())
          problems.push({
            at,
            zh: `表格“${t.label}”有空的行名`,
            en: `Table “${t.label}” has a row without a name`,
          });
        if (rowLabels.has(labelKey(r.label)))
          problems.push({
            at,
            zh: `表格“${t.label}”的行“${r.label}”重复`,
            en: `Table “${t.label}” has the row “${r.label}” twice`,
          });
        rowLabels.add(labelKey(r.label));
      }
      const colKeys = new Set<string>();
      t.columns.forEach((c, ci) => {
        if (colKeys.has(c.key))
          problems.push({ at: `${at}.columns.${ci}`, zh: '列重复', en: 'Duplicate column' });
        colKeys.add(c.key);
        checkField(c, `${at}.columns.${ci}`, true);
        count += (t.rows?.length ?? 1) - 1;
      });
    });
  });
  if (count > MAX_FIELDS * 10)
    problems.push({
      at: 'sections',
      zh: `表单单元格过多（${count}），请拆分`,
      en: `The form has too many cells (${count}); split it`,
    });
  form.rules.forEach((r, i) => {
    const parsed = parseRule(form, r.expr);
    if ('problem' in parsed) problems.push({ at: `rules.${i}`, ...parsed.problem });
  });
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// Values

/** A stored value: a number (int, fen, hundredths of a percent) or a text (text, choice, date 'YYYY-MM-DD'). */
export interface StoredValue {
  num: number | null;
  txt: string | null;
}

export interface ValueProblem {
  key: string;
  zh: string;
  en: string;
}

const NUMBER_RE = /^-?\d+(\.\d+)?$/;

/** Reads what a clerk typed (or a sheet holds) for a field; an error names the field. */
export function readValue(
  field: FormField,
  raw: string | number | null,
  key = field.key,
): StoredValue | ValueProblem {
  const text = raw === null ? '' : typeof raw === 'number' ? String(raw) : raw;
  const t = normaliseText(text);
  if (t === '') return { num: null, txt: null };
  const bad = (zh: string, en: string): ValueProblem => ({
    key,
    zh: `“${field.label}”${zh}（填写的是“${text.trim()}”）`,
    en: `“${field.label}” ${en} (it reads “${text.trim()}”)`,
  });
  switch (field.type) {
    case 'int': {
      const s = t.replace(/,/g, '');
      if (!/^-?\d{1,15}$/.test(s)) return bad('须为整数', 'must be a whole number');
      return { num: Number(s), txt: null };
    }
    case 'money': {
      const fen = parseYuan(t);
      if (fen === null)
        return bad('须为金额（元），如 1200 或 1,200.50', 'must be an amount in yuan, e.g. 1200 or 1,200.50');
      return { num: fen, txt: null };
    }
    case 'percent': {
      const s = t.replace(/%$/, '').trim();
      if (!NUMBER_RE.test(s) || (s.split('.')[1]?.length ?? 0) > 2)
        return bad(
          '须为百分数，最多两位小数，如 85 或 85.5%',
          'must be a percentage with at most two decimals, e.g. 85 or 85.5%',
        );
      return { num: Math.round(Number(s) * 100), txt: null };
    }
    case 'choice': {
      const choice = (field.choices ?? []).find((c) => labelKey(c) === labelKey(t));
      if (!choice)
        return bad(
          `须为以下之一：${(field.choices ?? []).join('、')}`,
          `must be one of: ${(field.choices ?? []).join(', ')}`,
        );
      return { num: null, txt: choice };
    }
    case 'date': {
      const day = parseDateText(t);
      if (!day) return bad('须为日期，如 2025-03-03', 'must be a date, e.g. 2025-03-03');
      return { num: null, txt: day };
    }
    default:
      // A text is kept as typed (trimmed), not normalised.
      return { num: null, txt: text.trim() };
  }
}

/** A stored value as the clerk sees and types it: 1,200.50 for money, 85.5 for a percentage. */
export function showValue(field: Pick<FormField, 'type'>, v: StoredValue | undefined): string {
  if (!v) return '';
  if (v.txt !== null) return v.txt;
  if (v.num === null) return '';
  if (field.type === 'money') return (v.num / 100).toFixed(2);
  if (field.type === 'percent') return String(v.num / 100);
  return String(v.num);
}

/** The bound of a field in stored units. */
const storedBound = (f: FormField, b: number) =>
  f.type === 'money' ? Math.round(b * 100) : f.type === 'percent' ? Math.round(b * 100) : b;

/** Required and range problems of one field's value. */
export function checkValue(
  f: FormField,
  v: StoredValue | undefined,
  key = f.key,
  required = f.required,
): ValueProblem[] {
  const empty = !v || (v.num === null && v.txt === null);
  if (empty) return required ? [{ key, zh: `“${f.label}”为必填项`, en: `“${f.label}” is required` }] : [];
  const out: ValueProblem[] = [];
  if (v.num !== null) {
    if (f.min !== undefined && v.num < storedBound(f, f.min))
      out.push({ key, zh: `“${f.label}”不能小于${f.min}`, en: `“${f.label}” cannot be less than ${f.min}` });
    if (f.max !== undefined && v.num > storedBound(f, f.max))
      out.push({ key, zh: `“${f.label}”不能大于${f.max}`, en: `“${f.label}” cannot be more than ${f.max}` });
    if (f.min === undefined && v.num < 0)
      out.push({ key, zh: `“${f.label}”不能为负数`, en: `“${f.label}” cannot be negative` });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Rules

type Op = '<=' | '<' | '=' | '>=' | '>' | '!=';
const OPS: [RegExp, Op][] = [
  [/≤|<=|＜＝/, '<='],
  [/≥|>=|＞＝/, '>='],
  [/≠|!=|<>/, '!='],
  [/<|＜/, '<'],
  [/>|＞/, '>'],
  [/==|=|＝/, '='],
];
const OP_ZH: Record<Op, string> = { '<=': '≤', '<': '<', '=': '=', '>=': '≥', '>': '>', '!=': '≠' };
const OP_WORDS: Record<Op, Bilingual> = {
  '<=': { zh: '不能大于', en: 'cannot exceed' },
  '<': { zh: '须小于', en: 'must be less than' },
  '=': { zh: '须等于', en: 'must equal' },
  '>=': { zh: '不能小于', en: 'cannot be less than' },
  '>': { zh: '须大于', en: 'must be more than' },
  '!=': { zh: '不能等于', en: 'cannot equal' },
};

interface Term {
  key: string | null;
  constant: number;
  label: string;
}
export interface ParsedRule {
  left: Term[];
  op: Op;
  right: Term[];
}

/** A rule as written, read against the form's numeric fields (by label or key) and constants. */
export function parseRule(form: ReturnForm, expr: string): ParsedRule | { problem: Bilingual } {
  const text = expr.trim();
  let found: { op: Op; at: number; len: number } | null = null;
  for (const [re, op] of OPS) {
    const m = re.exec(text);
    if (m && (!found || m.index < found.at)) found = { op, at: m.index, len: m[0].length };
  }
  if (!found)
    return {
      problem: {
        zh: `规则“${text}”缺少比较符号（≤、<、=、≥、>、≠）`,
        en: `The rule “${text}” has no comparison (≤, <, =, ≥, >, ≠)`,
      },
    };
  const fields = formFields(form).filter((f) => NUMERIC_TYPES.includes(f.type));
  const byLabel = new Map(fields.map((f) => [labelKey(f.label), f]));
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const side = (s: string): Term[] | Bilingual => {
    const parts = s.split(/[+＋]/).map((p) => p.trim());
    const terms: Term[] = [];
    for (const p of parts) {
      if (!p) return { zh: `规则“${text}”不完整`, en: `The rule “${text}” is incomplete` };
      const n = normaliseText(p).replace(/,/g, '');
      if (NUMBER_RE.test(n)) {
        terms.push({ key: null, constant: Number(n), label: p });
        continue;
      }
      const f = byLabel.get(labelKey(p)) ?? byKey.get(p);
      if (!f)
        return {
          zh: `规则“${text}”中的“${p}”不是表单中的数值项目`,
          en: `“${p}” in the rule “${text}” is not a numeric field of the form`,
        };
      terms.push({ key: f.key, constant: 0, label: f.label });
    }
    return terms;
  };
  const left = side(text.slice(0, found.at));
  const right = side(text.slice(found.at + found.len));
  if (!Array.isArray(left)) return { problem: left };
  if (!Array.isArray(right)) return { problem: right };
  if (/[≤≥<>=≠＜＞＝]/.test(text.slice(found.at + found.len)))
    return {
      problem: {
        zh: `规则“${text}”只能有一个比较符号`,
        en: `The rule “${text}” may hold one comparison only`,
      },
    };
  return { left, op: found.op, right };
}

const sideText = (terms: Term[]) => terms.map((t) => t.label).join(' + ');

/**
 * The rules a set of values breaks. A rule with a blank operand is not checked (the required check names the
 * blank). Values are compared in stored units; constants are read in the fields' units.
 */
export function checkRules(form: ReturnForm, values: Map<string, StoredValue>): ValueProblem[] {
  const byKey = new Map(formFields(form).map((f) => [f.key, f]));
  const out: ValueProblem[] = [];
  for (const rule of form.rules) {
    const parsed = parseRule(form, rule.expr);
    if ('problem' in parsed) continue;
    const sum = (terms: Term[]) => {
      let total = 0;
      for (const t of terms) {
        if (t.key === null) {
          const unitOf = byKey.get(parsed.left.concat(parsed.right).find((x) => x.key)?.key ?? '');
          total += unitOf && unitOf.type !== 'int' ? Math.round(t.constant * 100) : t.constant;
          continue;
        }
        const v = values.get(t.key)?.num;
        if (v === null || v === undefined) return null;
        total += v;
      }
      return total;
    };
    const l = sum(parsed.left);
    const r = sum(parsed.right);
    if (l === null || r === null) continue;
    const ok =
      parsed.op === '<='
        ? l <= r
        : parsed.op === '<'
          ? l < r
          : parsed.op === '='
            ? l === r
            : parsed.op === '>='
              ? l >= r
              : parsed.op === '>'
                ? l > r
                : l !== r;
    if (ok) continue;
    const first = parsed.left.find((t) => t.key)?.key ?? parsed.right.find((t) => t.key)?.key ?? '';
    const f = byKey.get(first);
    const show = (n: number) => (f ? showValue(f, { num: n, txt: null }) : String(n));
    const words = OP_WORDS[parsed.op];
    out.push({
      key: first,
      zh: rule.message?.zh
        ? `${rule.message.zh}（${sideText(parsed.left)} ${show(l)} ${OP_ZH[parsed.op]} ${sideText(parsed.right)} ${show(r)} 不成立）`
        : `${sideText(parsed.left)}（${show(l)}）${words.zh}${sideText(parsed.right)}（${show(r)}）`,
      en: rule.message?.en
        ? `${rule.message.en} (${sideText(parsed.left)} ${show(l)} ${parsed.op} ${sideText(parsed.right)} ${show(r)} does not hold)`
        : `${sideText(parsed.left)} (${show(l)}) ${words.en} ${sideText(parsed.right)} (${show(r)})`,
    });
  }
  return out;
}

/** Every value of a form bound to a figure: fields and fixed-table cells, by key. */
export function boundValues(form: ReturnForm): { key: string; figure: FigureKey }[] {
  const out: { key: string; figure: FigureKey }[] = [];
  for (const s of form.sections) {
    for (const f of s.fields) if (f.figure && FIGURES[f.figure]) out.push({ key: f.key, figure: f.figure });
    for (const t of s.tables)
      for (const r of t.rows ?? [])
        for (const c of t.columns) {
          const figure = r.figures?.[c.key];
          if (figure && FIGURES[figure]) out.push({ key: cellKey(t.key, r.key, c.key), figure });
        }
  }
  return out;
}

/** Table cell keys: 'table.row.column' (a fixed row's key, or the open row's number from 1). */
export const cellKey = (table: string, row: string | number, column: string) => `${table}.${row}.${column}`;

export { MAX_OPEN_ROWS };
