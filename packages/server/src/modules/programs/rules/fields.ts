/**
 * What each rule field is: its type, the comparisons it allows, how its values read in Chinese and
 * English, and the column it lives in. The validator, both evaluators and the describer share this table,
 * so a field means the same thing everywhere.
 */
import {
  AWARD_LEVELS,
  type Cmp,
  HARDSHIP_LEVELS,
  MODEL_WORKER_LEVELS,
  PATENT_TYPES,
  type PersonField,
  RESULT_TEXT,
  type RecordKind,
  type Text,
  TRAINING_RESULTS,
} from './rule.types.ts';

export type { Text };

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
