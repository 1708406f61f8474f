import type { Bilingual } from '../../shared/errors.ts';
import { normaliseText } from '../../shared/text.ts';
import {
  formFields,
  labelKey,
  NUMBER_RE,
  NUMERIC_TYPES,
  type ReturnForm,
  type StoredValue,
  showValue,
  type ValueProblem,
} from './returns.form.ts';

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
