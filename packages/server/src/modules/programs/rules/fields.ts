/**
 * What each rule field is: its type, the comparisons it allows, how its values read in Chinese and
 * English, and the column it lives in. The validator, both evaluators and the describer share this table,
 * so a field means the same thing everywhere.
 */
import { normaliseText } from '../../../shared/text.ts';
import {
  AWARD_LEVELS,
  type Cmp,
  HARDSHIP_LEVELS,
  MODEL_WORKER_LEVELS,
  PATENT_TYPES,
  type PersonField,
  RESULT_TEXT,
  type RecordFact,
  type RecordKind,
  type Scalar,
  TRAINING_RESULTS,
} from './rule.types.ts';

export interface Text {
  zh: string;
  en: string;
}

export type FieldType = 'bool' | 'int' | 'ordinal' | 'enum' | 'text';
/** How comparisons read: plain (及以上/or above), time (及以后/or later), inverse (grade: lower is higher), age. */
export type Phrasing = 'plain' | 'time' | 'inverse' | 'age' | 'money' | 'order';

export interface FieldDef {
  type: FieldType;
  /** How explanations name the field ("certificate level 4, …"). */
  label: Text;
  /** How a picker names the field, where that differs from the label. */
  name?: Text;
  phrasing?: Phrasing;
  /** Ordinal fields: the scale, lowest first. Enum fields: the allowed values. */
  values?: readonly string[];
  valueText?: Record<string, Text>;
  min?: number;
  max?: number;
  /** Bool fields: what true and false read as, and the requirement phrases. */
  yes?: Text;
  no?: Text;
  mustYes?: Text;
  mustNo?: Text;
  /** A narrower set of comparisons than the field's type allows. */
  cmps?: readonly Cmp[];
}

export const ALL_CMPS: readonly Cmp[] = ['eq', 'neq', 'gte', 'lte', 'gt', 'lt', 'in'];
export const CMPS_BY_TYPE: Record<FieldType, readonly Cmp[]> = {
  bool: ['eq', 'neq'],
  int: ALL_CMPS,
  ordinal: ALL_CMPS,
  enum: ['eq', 'neq', 'in'],
  text: ['eq', 'neq', 'in'],
};

/** The comparisons a field accepts: its own restriction, else those of its type. */
export const cmpsOf = (def: FieldDef): readonly Cmp[] => def.cmps ?? CMPS_BY_TYPE[def.type];

const bool = (label: Text, yes: Text, no: Text, mustYes: Text, mustNo: Text): FieldDef => ({
  type: 'bool',
  label,
  yes,
  no,
  mustYes,
  mustNo,
});

export const PERSON_FIELDS: Record<PersonField, FieldDef> = {
  isFrontLine: bool(
    { zh: '一线职工', en: 'front-line worker' },
    { zh: '是一线职工', en: 'a front-line worker' },
    { zh: '不是一线职工', en: 'not a front-line worker' },
    { zh: '须为一线职工', en: 'front-line worker required' },
    { zh: '须为非一线职工', en: 'must not be a front-line worker' },
  ),
  isOutdoor: bool(
    { zh: '户外劳动者', en: 'outdoor worker' },
    { zh: '是户外劳动者', en: 'an outdoor worker' },
    { zh: '不是户外劳动者', en: 'not an outdoor worker' },
    { zh: '须为户外劳动者', en: 'outdoor worker required' },
    { zh: '须为非户外劳动者', en: 'must not be an outdoor worker' },
  ),
  isNewEmployment: bool(
    { zh: '新就业形态劳动者', en: 'new-employment-form worker' },
    { zh: '是新就业形态劳动者', en: 'a new-employment-form worker' },
    { zh: '不是新就业形态劳动者', en: 'not a new-employment-form worker' },
    { zh: '须为新就业形态劳动者', en: 'new-employment-form worker required' },
    { zh: '须为非新就业形态劳动者', en: 'must not be a new-employment-form worker' },
  ),
  isFemale: bool(
    { zh: '女职工', en: 'female worker' },
    { zh: '是女职工', en: 'female' },
    { zh: '不是女职工', en: 'not female' },
    { zh: '须为女职工', en: 'female worker required' },
    { zh: '须为男职工', en: 'male worker required' },
  ),
  hardshipActive: bool(
    { zh: '困难职工认定', en: 'hardship status' },
    { zh: '困难职工认定有效', en: 'hardship status current' },
    { zh: '无有效的困难职工认定', en: 'no current hardship status' },
    { zh: '须为在册困难职工', en: 'current hardship status required' },
    { zh: '须无有效的困难职工认定', en: 'must not have a current hardship status' },
  ),
  hardshipLevel: {
    type: 'ordinal',
    label: { zh: '困难类别', en: 'hardship level' },
    values: HARDSHIP_LEVELS,
    valueText: {
      relative: { zh: '相对困难', en: 'relative' },
      general: { zh: '一般困难', en: 'general' },
      deep: { zh: '深度困难', en: 'deep' },
    },
  },
  modelWorkerLevel: {
    type: 'ordinal',
    label: { zh: '劳模级别', en: 'model worker' },
    name: { zh: '劳模级别', en: 'model-worker level' },
    values: MODEL_WORKER_LEVELS,
    valueText: {
      district: { zh: '区级', en: 'district level' },
      city: { zh: '市级', en: 'city level' },
      national: { zh: '全国', en: 'national level' },
    },
  },
  age: { type: 'int', label: { zh: '年龄', en: 'age' }, phrasing: 'age', min: 0, max: 150 },
};

const year = (zh: string, en: string): FieldDef => ({
  type: 'int',
  label: { zh, en },
  name: { zh, en: `year ${en.replace(/ in$/, '')}` },
  phrasing: 'time',
  min: 1900,
  max: 2200,
});
const text = (zh: string, en: string): FieldDef => ({ type: 'text', label: { zh, en } });

export const GRADE_TEXT: Record<string, Text> = {
  1: { zh: '一级', en: 'level 1' },
  2: { zh: '二级', en: 'level 2' },
  3: { zh: '三级', en: 'level 3' },
  4: { zh: '四级', en: 'level 4' },
  5: { zh: '五级', en: 'level 5' },
};

export const AWARD_LEVEL_TEXT: Record<string, Text> = {
  enterprise: { zh: '企业级', en: 'enterprise level' },
  district: { zh: '区级', en: 'district level' },
  city: { zh: '市级', en: 'city level' },
  national: { zh: '国家级', en: 'national level' },
  international: { zh: '国际级', en: 'international level' },
};

export const PATENT_TYPE_TEXT: Record<string, Text> = {
  invention: { zh: '发明专利', en: 'invention' },
  utility_model: { zh: '实用新型', en: 'utility model' },
  design: { zh: '外观设计', en: 'design' },
};

/** Record fields by kind; `column` is the records column a condition compares. */
export const RECORD_FIELD_DEFS: Record<RecordKind, Record<string, FieldDef & { column: string }>> = {
  certificate: {
    grade: {
      type: 'int',
      label: { zh: '证书等级', en: 'certificate' },
      name: { zh: '证书等级', en: 'certificate level' },
      phrasing: 'inverse',
      min: 1,
      max: 5,
      valueText: GRADE_TEXT,
      column: 'grade',
    },
    occupation: { ...text('职业（工种）', 'occupation'), column: 'occupation' },
    year: { ...year('发证年份', 'issued in'), column: 'year' },
  },
  award: {
    level: {
      type: 'ordinal',
      label: { zh: '竞赛级别', en: 'award at' },
      name: { zh: '竞赛级别', en: 'award level' },
      values: AWARD_LEVELS,
      valueText: AWARD_LEVEL_TEXT,
      column: 'level_rank',
    },
    rank: { ...text('名次', 'rank'), column: 'rank' },
    competition: { ...text('竞赛名称', 'competition'), column: 'competition' },
    year: { ...year('获奖年份', 'awarded in'), column: 'year' },
  },
  training: {
    course: { ...text('培训课程', 'course'), column: 'course' },
    organiser: { ...text('培训机构', 'organiser'), column: 'organiser' },
    result: {
      type: 'enum',
      label: { zh: '考核结果', en: 'result' },
      values: TRAINING_RESULTS,
      valueText: RESULT_TEXT,
      column: 'result',
    },
    year: { ...year('培训年份', 'trained in'), column: 'year' },
    feeFen: {
      type: 'int',
      label: { zh: '培训费', en: 'training fee' },
      phrasing: 'money',
      min: 0,
      max: 1e12,
      column: 'fee_fen',
    },
  },
  patent: {
    type: {
      type: 'enum',
      label: { zh: '专利类型', en: 'patent type' },
      values: PATENT_TYPES,
      valueText: PATENT_TYPE_TEXT,
      column: 'patent_type',
    },
    inventorOrder: {
      type: 'int',
      label: { zh: '发明人排序', en: 'inventor' },
      name: { zh: '发明人排序', en: 'inventor order' },
      phrasing: 'order',
      min: 1,
      max: 100,
      column: 'inventor_order',
    },
    year: { ...year('授权年份', 'granted in'), column: 'year' },
  },
};

export const KIND_TEXT: Record<RecordKind, Text> = {
  certificate: { zh: '职业资格证书', en: 'vocational certificate' },
  award: { zh: '竞赛获奖', en: 'competition award' },
  training: { zh: '培训', en: 'training' },
  patent: { zh: '专利', en: 'patent' },
};

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
  // Records store text normalised (every write path); the rule's value is normalised to meet it, as in SQL.
  const v = normaliseValue(def, wanted);
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

const yuan = (fen: number) =>
  (fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

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
      return { zh: `${yuan(Number(v))}元`, en: `¥${yuan(Number(v))}` };
    case 'order':
      return { zh: `第${v}位`, en: `no. ${v}` };
    default:
      return { zh: String(v), en: String(v) };
  }
}

const PHRASES: Record<
  Phrasing,
  Record<Exclude<Cmp, 'eq' | 'neq' | 'in'>, [string, string, string, string]>
> = {
  // [zh prefix, zh suffix, en prefix, en suffix]
  plain: {
    gte: ['', '及以上', '', ' or above'],
    lte: ['', '及以下', '', ' or below'],
    gt: ['高于', '', 'above ', ''],
    lt: ['低于', '', 'below ', ''],
  },
  time: {
    gte: ['', '及以后', '', ' or later'],
    lte: ['', '及以前', '', ' or earlier'],
    gt: ['晚于', '', 'after ', ''],
    lt: ['早于', '', 'before ', ''],
  },
  inverse: {
    gte: ['', '及以下', '', ' or below'],
    lte: ['', '及以上', '', ' or above'],
    gt: ['低于', '', 'below ', ''],
    lt: ['高于', '', 'above ', ''],
  },
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

/** The applicant union's level (1 = the root union … 5 = a grassroots union), for `union_level`. */
export const UNION_LEVEL_FIELD: FieldDef = {
  type: 'int',
  label: { zh: '工会层级', en: 'union level' },
  min: 1,
  max: 5,
  valueText: {
    1: { zh: '市总工会', en: 'federation' },
    2: { zh: '区总工会/产业工会', en: 'district or industry union' },
    3: { zh: '街道/乡镇总工会、集团工会', en: 'street, town or group union' },
    4: { zh: '基层工会', en: 'grassroots union' },
    5: { zh: '分会/小组', en: 'branch' },
  },
};
