/**
 * A field's values at work: the value a record holds, how two values compare, and how a value, a
 * requirement and a comparison read in Chinese and English. The field table (fields.ts) says what each
 * field is; the evaluator, the SQL compiler and the describer use these.
 */

import { formatYuan } from '../../../shared/money.ts';
import { normaliseText } from '../../../shared/text.ts';
import type { FieldDef, Phrasing, Text } from './fields.ts';
import type { Cmp, RecordFact, Scalar } from './rule.types.ts';

/** The value a record holds for a condition field (award level as its name, not its rank). */
export function recordValue(r: RecordFact, field: string): Scalar | null {
  switch (field) {
    case 'grade':
      return r.grade;
    case 'occupation':
      return r.occupation;
    case 'year':
      return r.year;
    case 'level':
      return r.level;
    case 'rank':
      return r.rank;
    case 'competition':
      return r.competition;
    case 'course':
      return r.course;
    case 'organiser':
      return r.organiser;
    case 'result':
      return r.result;
    case 'feeFen':
      return r.feeFen;
    case 'type':
      return r.patentType;
    case 'inventorOrder':
      return r.inventorOrder;
    default:
      return null;
  }
}

/** Ordinal fields compare by position in their scale; a value off the scale counts as missing. */
function ordinalOf(def: FieldDef, v: Scalar | null): number | null {
  if (v === null) return null;
  if (def.type !== 'ordinal') return typeof v === 'number' ? v : null;
  const i = (def.values ?? []).indexOf(String(v));
  return i < 0 ? null : i;
}

/** Text values as a clerk reads them (shared/text.ts); other values as they are. */
export function normaliseValue<T extends Scalar | Scalar[] | null>(def: FieldDef, v: T): T {
  if (def.type !== 'text' || v === null) return v;
  const one = (e: Scalar) => (typeof e === 'string' ? normaliseText(e) : e);
  return (Array.isArray(v) ? v.map(one) : one(v)) as T;
}

/**
 * The one definition of a comparison, shared in spirit with the SQL compiler: a missing value fails
 * every comparison except `neq` (a missing level is "not city level").
 */
export function compareValue(def: FieldDef, x: Scalar | null, cmp: Cmp, wanted: Scalar | Scalar[]): boolean {
  // Records keep text as typed: both sides compare normalised (ADR 0013), as the SQL compares key columns.
  const v = normaliseValue(def, wanted);
  x = normaliseValue(def, x);
  if (cmp === 'in') return x !== null && (v as Scalar[]).some((e) => e === x);
  if (cmp === 'eq') return x !== null && x === v;
  if (cmp === 'neq') return x === null || x !== v;
  const a = ordinalOf(def, x);
  const b = ordinalOf(def, v as Scalar);
  if (a === null || b === null) return false;
  switch (cmp) {
    case 'gte':
      return a >= b;
    case 'lte':
      return a <= b;
    case 'gt':
      return a > b;
    case 'lt':
      return a < b;
  }
}

/** How one value reads. */
export function valueText(def: FieldDef, v: Scalar | null): Text {
  if (v === null) return { zh: '无', en: 'none' };
  if (def.type === 'bool') return v ? { zh: '是', en: 'yes' } : { zh: '否', en: 'no' };
  const known = def.valueText?.[String(v)];
  if (known) return known;
  switch (def.phrasing) {
    case 'age':
      return { zh: `${v}岁`, en: `${v}` };
    case 'time':
      return { zh: `${v}年`, en: `${v}` };
    case 'money':
      return { zh: `${formatYuan(Number(v))}元`, en: `¥${formatYuan(Number(v))}` };
    case 'order':
      return { zh: `第${v}位`, en: `no. ${v}` };
    default:
      return { zh: String(v), en: String(v) };
  }
}

type Phrases = Record<Exclude<Cmp, 'eq' | 'neq' | 'in'>, [string, string, string, string]>;

// [zh prefix, zh suffix, en prefix, en suffix]
const PLAIN: Phrases = {
  gte: ['', '及以上', '', ' or above'],
  lte: ['', '及以下', '', ' or below'],
  gt: ['高于', '', 'above ', ''],
  lt: ['低于', '', 'below ', ''],
};

const PHRASES: Record<Phrasing, Phrases> = {
  plain: PLAIN,
  time: {
    gte: ['', '及以后', '', ' or later'],
    lte: ['', '及以前', '', ' or earlier'],
    gt: ['晚于', '', 'after ', ''],
    lt: ['早于', '', 'before ', ''],
  },
  // a smaller value is the better one: the plain words turned round
  inverse: { gte: PLAIN.lte, lte: PLAIN.gte, gt: PLAIN.lt, lt: PLAIN.gt },
  age: {
    gte: ['', '及以上', '', ' or older'],
    lte: ['', '及以下', '', ' or younger'],
    gt: ['大于', '', 'older than ', ''],
    lt: ['小于', '', 'younger than ', ''],
  },
  money: {
    gte: ['不低于', '', '', ' or more'],
    lte: ['不超过', '', '', ' or less'],
    gt: ['高于', '', 'more than ', ''],
    lt: ['低于', '', 'less than ', ''],
  },
  order: {
    gte: ['', '及以后', '', ' or later'],
    lte: ['', '及以前', '', ' or earlier'],
    gt: ['', '以后', 'after ', ''],
    lt: ['', '以前', 'before ', ''],
  },
};

/** The requirement a comparison states, without the field: "三级及以上" / "level 3 or above". */
export function requirementText(def: FieldDef, cmp: Cmp, v: Scalar | Scalar[]): Text {
  if (def.type === 'bool') {
    const wantTrue = (cmp === 'eq') === (v === true);
    return (wantTrue ? def.mustYes : def.mustNo) as Text;
  }
  if (cmp === 'in') {
    const parts = (v as Scalar[]).map((e) => valueText(def, e));
    return {
      zh: `${parts.map((p) => p.zh).join('、')}之一`,
      en: `one of ${parts.map((p) => p.en).join(', ')}`,
    };
  }
  const t = valueText(def, v as Scalar);
  if (cmp === 'eq') return t;
  if (cmp === 'neq') return { zh: `非${t.zh}`, en: `other than ${t.en}` };
  const [zp, zs, ep, es] = PHRASES[def.phrasing ?? 'plain'][cmp];
  return { zh: `${zp}${t.zh}${zs}`, en: `${ep}${t.en}${es}` };
}

/** One comparison with the value seen: "证书等级为四级，要求三级及以上" / "certificate level 4, level 3 or above required". */
export function comparisonText(
  def: FieldDef,
  x: Scalar | null,
  cmp: Cmp,
  v: Scalar | Scalar[],
  held: boolean,
): Text {
  const req = requirementText(def, cmp, v);
  if (def.type === 'bool') {
    const seen = (x ? def.yes : def.no) as Text;
    return held ? seen : { zh: `${seen.zh}，${req.zh}`, en: `${seen.en}, ${req.en}` };
  }
  const seen = valueText(def, x);
  const seenZh = x === null ? `${def.label.zh}：无` : `${def.label.zh}为${seen.zh}`;
  const seenEn = x === null ? `${def.label.en}: none` : `${def.label.en} ${seen.en}`;
  return { zh: `${seenZh}，要求${req.zh}`, en: `${seenEn}, ${req.en} required` };
}

/** A requirement with its field, for previews: "证书等级三级及以上" / "certificate level 3 or above". */
export function conditionText(def: FieldDef, cmp: Cmp, v: Scalar | Scalar[]): Text {
  const req = requirementText(def, cmp, v);
  if (def.type === 'bool') return req;
  return { zh: `${def.label.zh}${req.zh}`, en: `${def.label.en} ${req.en}` };
}
