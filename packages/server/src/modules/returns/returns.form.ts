import { parseDateText } from '../../shared/dates.ts';
import type { Bilingual } from '../../shared/errors.ts';
import { parseYuan } from '../../shared/money.ts';
import { normaliseText } from '../../shared/text.ts';
import { FIGURES, type FigureKey } from './returns.figures.ts';
import type { FieldType } from './returns.vocabulary.ts';

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

export const MAX_FIELDS = 400;
const MAX_OPEN_ROWS = 2000;

/** Every field of the form, tables' columns excluded. */
export const formFields = (form: ReturnForm) => form.sections.flatMap((s) => s.fields);
export const formTables = (form: ReturnForm) => form.sections.flatMap((s) => s.tables);

/** The comparable form of a label a clerk may write differently (spaces, full-width forms). */
export const labelKey = (s: string) => normaliseText(s).toLowerCase();

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

export const NUMBER_RE = /^-?\d+(\.\d+)?$/;

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
