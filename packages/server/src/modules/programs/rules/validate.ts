/**
 * Structural validation of rules and amounts, run when a program is saved. Every problem names where it
 * is (`path`, e.g. "rules.1.where.0.value") and says what is wrong in Chinese and English.
 */

import { RECORD_KINDS } from '../../records/records.vocabulary.ts';
import { TIER_BY, type TierBy, tierKeys } from './amount-vocabulary.ts';
import { cmpsOf, type FieldDef, PERSON_FIELDS, RECORD_FIELD_DEFS, UNION_LEVEL_FIELD } from './fields.ts';
import { type AmountRule, type Cmp, RECORD_FIELDS, type RecordKind } from './rule.types.ts';

export interface RuleProblem {
  path: string;
  zh: string;
  en: string;
}

export const MAX_RULE_DEPTH = 8;
export const MAX_RULE_NODES = 200;
export const MAX_IN_VALUES = 100;
export const MAX_TEXT = 200;
export const MAX_FEN = 1e12;
export const MAX_CONDITIONS = 50;

const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function extraKeys(x: Record<string, unknown>, allowed: string[]): string[] {
  return Object.keys(x).filter((k) => !allowed.includes(k));
}

/** Checks one comparison of `def` (a person or record field). */
function checkComparison(
  def: FieldDef,
  cmp: unknown,
  value: unknown,
  path: string,
  out: RuleProblem[],
): void {
  const allowed = cmpsOf(def);
  if (typeof cmp !== 'string' || !allowed.includes(cmp as Cmp)) {
    out.push({
      path: `${path}.cmp`,
      zh: `「${def.label.zh}」不支持比较方式 ${String(cmp)}，可用：${allowed.join('、')}`,
      en: `"${def.label.en}" does not support comparison ${String(cmp)}; allowed: ${allowed.join(', ')}`,
    });
    return;
  }
  if (cmp === 'in') {
    if (!Array.isArray(value) || value.length === 0 || value.length > MAX_IN_VALUES) {
      out.push({
        path: `${path}.value`,
        zh: `「${def.label.zh}」的取值列表须有1至${MAX_IN_VALUES}项`,
        en: `"${def.label.en}" needs a list of 1 to ${MAX_IN_VALUES} values`,
      });
      return;
    }
    value.forEach((v, i) => {
      checkScalar(def, v, `${path}.value.${i}`, out);
    });
    return;
  }
  checkScalar(def, value, `${path}.value`, out);
}

function checkScalar(def: FieldDef, v: unknown, path: string, out: RuleProblem[]): void {
  const bad = (zh: string, en: string) =>
    out.push({ path, zh: `「${def.label.zh}」${zh}`, en: `"${def.label.en}" ${en}` });
  switch (def.type) {
    case 'bool':
      if (typeof v !== 'boolean') bad('的取值须为是或否', 'takes true or false');
      return;
    case 'int':
      if (typeof v !== 'number' || !Number.isInteger(v) || v < (def.min ?? 0) || v > (def.max ?? MAX_FEN)) {
        bad(
          `的取值须为${def.min}至${def.max}之间的整数`,
          `takes a whole number from ${def.min} to ${def.max}`,
        );
      }
      return;
    case 'ordinal':
    case 'enum':
      if (typeof v !== 'string' || !(def.values ?? []).includes(v)) {
        bad(`的取值须为：${(def.values ?? []).join('、')}`, `takes one of: ${(def.values ?? []).join(', ')}`);
      }
      return;
    case 'text':
      if (typeof v !== 'string' || v.trim() === '' || v.length > MAX_TEXT) {
        bad(`的取值须为1至${MAX_TEXT}个字的文字`, `takes a text of 1 to ${MAX_TEXT} characters`);
      }
      return;
  }
}

function checkRule(rule: unknown, path: string, depth: number, out: RuleProblem[], count: { n: number }) {
  count.n += 1;
  const at = path || 'rule';
  if (!isObj(rule) || typeof rule.op !== 'string') {
    out.push({
      path: at,
      zh: '规则的格式不正确：未写明是哪一种规则',
      en: 'A rule must be an object with an op',
    });
    return;
  }
  if (depth > MAX_RULE_DEPTH) {
    out.push({
      path: at,
      zh: `规则嵌套超过${MAX_RULE_DEPTH}层`,
      en: `Rules are nested deeper than ${MAX_RULE_DEPTH} levels`,
    });
    return;
  }
  const p = (s: string) => (path ? `${path}.${s}` : s);
  const unknownKeys = (allowed: string[]) => {
    for (const k of extraKeys(rule, ['op', ...allowed])) {
      out.push({ path: p(k), zh: `未知的规则字段 ${k}`, en: `Unknown rule field ${k}` });
    }
  };
  switch (rule.op) {
    case 'all':
    case 'any': {
      unknownKeys(['rules']);
      if (!Array.isArray(rule.rules) || rule.rules.length === 0) {
        out.push({
          path: p('rules'),
          zh: '“全部满足/满足其一”须至少包含一条规则',
          en: '"all" and "any" need at least one rule',
        });
        return;
      }
      rule.rules.forEach((r, i) => {
        checkRule(r, p(`rules.${i}`), depth + 1, out, count);
      });
      return;
    }
    case 'not':
      unknownKeys(['rule']);
      checkRule(rule.rule, p('rule'), depth + 1, out, count);
      return;
    case 'member_of_owner_subtree':
      unknownKeys([]);
      return;
    case 'person': {
      unknownKeys(['field', 'cmp', 'value']);
      const def = PERSON_FIELDS[rule.field as keyof typeof PERSON_FIELDS];
      if (typeof rule.field !== 'string' || !Object.hasOwn(PERSON_FIELDS, rule.field) || !def) {
        out.push({
          path: p('field'),
          zh: `未知的人员条件 ${String(rule.field)}`,
          en: `Unknown person field ${String(rule.field)}`,
        });
        return;
      }
      checkComparison(def, rule.cmp, rule.value, path || 'rule', out);
      return;
    }
    case 'has_record': {
      unknownKeys(['kind', 'where']);
      const kind = rule.kind as RecordKind;
      if (!RECORD_KINDS.includes(kind)) {
        out.push({
          path: p('kind'),
          zh: `未知的记录类型 ${String(rule.kind)}`,
          en: `Unknown record kind ${String(rule.kind)}`,
        });
        return;
      }
      if (!Array.isArray(rule.where) || rule.where.length > MAX_CONDITIONS) {
        out.push({
          path: p('where'),
          zh: `记录条件须为不超过${MAX_CONDITIONS}条的列表`,
          en: `Record conditions must be a list of at most ${MAX_CONDITIONS}`,
        });
        return;
      }
      rule.where.forEach((c, i) => {
        const cp = p(`where.${i}`);
        if (!isObj(c)) {
          out.push({ path: cp, zh: '记录条件须为对象', en: 'A record condition must be an object' });
          return;
        }
        for (const k of extraKeys(c, ['field', 'cmp', 'value'])) {
          out.push({ path: `${cp}.${k}`, zh: `未知的条件字段 ${k}`, en: `Unknown condition field ${k}` });
        }
        const fields = RECORD_FIELDS[kind] as readonly string[];
        if (typeof c.field !== 'string' || !fields.includes(c.field)) {
          out.push({
            path: `${cp}.field`,
            zh: `${kind} 记录没有字段 ${String(c.field)}，可用：${fields.join('、')}`,
            en: `A ${kind} record has no field ${String(c.field)}; available: ${fields.join(', ')}`,
          });
          return;
        }
        checkComparison(RECORD_FIELD_DEFS[kind][c.field], c.cmp, c.value, cp, out);
      });
      return;
    }
    case 'union_level': {
      unknownKeys(['cmp', 'value']);
      checkComparison(UNION_LEVEL_FIELD, rule.cmp, rule.value, path || 'rule', out);
      return;
    }
    default:
      out.push({ path: p('op'), zh: `未知的规则类型 ${rule.op}`, en: `Unknown rule op ${rule.op}` });
  }
}

/** Problems with a rule; an empty list means it can be saved. */
export function validateRule(rule: unknown): RuleProblem[] {
  const out: RuleProblem[] = [];
  const count = { n: 0 };
  checkRule(rule, '', 1, out, count);
  if (count.n > MAX_RULE_NODES) {
    out.push({
      path: 'rule',
      zh: `规则过多（${count.n}条，上限${MAX_RULE_NODES}）`,
      en: `Too many rules (${count.n}, at most ${MAX_RULE_NODES})`,
    });
  }
  return out;
}

const isFen = (x: unknown, min = 0) =>
  typeof x === 'number' && Number.isInteger(x) && x >= min && x <= MAX_FEN;

/** Problems with an amount rule; an empty list means it can be saved. */
export function validateAmount(amount: unknown): RuleProblem[] {
  const out: RuleProblem[] = [];
  const fen = (path: string, min = 0) => ({
    path,
    zh: `金额须为${min}至${MAX_FEN}之间的整数（单位：分）`,
    en: `The amount must be a whole number of fen from ${min} to ${MAX_FEN}`,
  });
  if (!isObj(amount) || typeof amount.kind !== 'string') {
    return [
      { path: 'amount', zh: '金额规则的格式不正确：未写明金额的计算方式', en: 'An amount rule needs a kind' },
    ];
  }
  const extra = (allowed: string[]) => {
    for (const k of extraKeys(amount, ['kind', ...allowed])) {
      out.push({ path: `amount.${k}`, zh: `未知的金额字段 ${k}`, en: `Unknown amount field ${k}` });
    }
  };
  const a = amount as Record<string, unknown>;
  switch (a.kind as AmountRule['kind']) {
    case 'fixed':
      extra(['fen']);
      if (!isFen(a.fen)) out.push(fen('amount.fen'));
      break;
    case 'per_unit':
      extra(['unitFen']);
      if (!isFen(a.unitFen, 1)) out.push(fen('amount.unitFen', 1));
      break;
    case 'fee_share':
      extra(['percent', 'capFen']);
      if (typeof a.percent !== 'number' || !Number.isInteger(a.percent) || a.percent < 1 || a.percent > 100) {
        out.push({
          path: 'amount.percent',
          zh: '比例须为1至100之间的整数（100为全额）',
          en: 'The share must be a whole percent from 1 to 100 (100 = in full)',
        });
      }
      if (a.capFen !== undefined && a.capFen !== null && !isFen(a.capFen)) out.push(fen('amount.capFen'));
      break;
    case 'tier': {
      extra(['by', 'tiers']);
      if (typeof a.by !== 'string' || !Object.hasOwn(TIER_BY, a.by)) {
        const bys = Object.keys(TIER_BY);
        out.push({
          path: 'amount.by',
          zh: `分档依据须为：${bys.join('、')}`,
          en: `Tiers go by one of: ${bys.join(', ')}`,
        });
        break;
      }
      const keys = tierKeys(a.by as TierBy);
      if (!Array.isArray(a.tiers) || a.tiers.length === 0 || a.tiers.length > 50) {
        out.push({ path: 'amount.tiers', zh: '分档须有1至50档', en: 'Tiers need 1 to 50 rows' });
        break;
      }
      const seen = new Set<string>();
      a.tiers.forEach((t, i) => {
        const tp = `amount.tiers.${i}`;
        if (!isObj(t)) {
          out.push({ path: tp, zh: '每档须为对象', en: 'Each tier must be an object' });
          return;
        }
        for (const k of extraKeys(t, ['key', 'fen', 'label'])) {
          out.push({ path: `${tp}.${k}`, zh: `未知的分档字段 ${k}`, en: `Unknown tier field ${k}` });
        }
        if (typeof t.key !== 'string' || t.key.trim() === '' || t.key.length > 100) {
          out.push({ path: `${tp}.key`, zh: '分档键不能为空', en: 'A tier needs a key' });
        } else if (keys && !keys.includes(t.key)) {
          out.push({
            path: `${tp}.key`,
            zh: `分档键须为：${keys.join('、')}`,
            en: `Tier keys are: ${keys.join(', ')}`,
          });
        } else if (seen.has(t.key)) {
          out.push({ path: `${tp}.key`, zh: `分档键 ${t.key} 重复`, en: `Tier key ${t.key} repeats` });
        } else seen.add(t.key);
        if (!isFen(t.fen)) out.push(fen(`${tp}.fen`));
        if (t.label !== undefined && (typeof t.label !== 'string' || t.label.length > 100)) {
          out.push({ path: `${tp}.label`, zh: '分档名称过长', en: 'Tier label too long' });
        }
      });
      break;
    }
    case 'none':
      extra([]);
      break;
    default:
      out.push({
        path: 'amount.kind',
        zh: `未知的金额规则 ${String(a.kind)}`,
        en: `Unknown amount kind ${String(a.kind)}`,
      });
  }
  return out;
}
