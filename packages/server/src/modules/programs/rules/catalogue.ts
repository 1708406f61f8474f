/**
 * The rule vocabulary as the builder needs it: every field with its labels, the comparisons it accepts
 * (each in the field's own phrasing), its values and bounds; the record kinds; the amount kinds and what
 * a tier table may go by. Built from the field table, so a field added there appears here unchanged.
 */
import { RECORD_KINDS } from '../../records/records.vocabulary.ts';
import {
  AMOUNT_KIND_TEXT,
  AMOUNT_KINDS,
  fieldValues,
  TIER_BY,
  TIER_BYS,
  type TierBy,
} from './amount-vocabulary.ts';
import {
  CMPS_BY_TYPE,
  cmpsOf,
  type FieldDef,
  type FieldType,
  KIND_TEXT,
  PERSON_FIELDS,
  type Phrasing,
  RECORD_FIELD_DEFS,
  type Text,
  UNION_LEVEL_FIELD,
} from './fields.ts';
import type { AmountRule, Cmp, RecordKind, Scalar } from './rule.types.ts';

export const FIELD_TYPES = Object.keys(CMPS_BY_TYPE) as FieldType[];

export interface CatalogueField {
  key: string;
  type: FieldType;
  label: Text;
  /** The comparisons the field accepts, each as it reads for this field ("及以上" / "or above"). */
  cmps: { cmp: Cmp; label: Text }[];
  /** Fields with a fixed list of values (yes/no, a scale, a type): each value and how it reads. */
  values: { value: Scalar; label: Text }[] | null;
  min: number | null;
  max: number | null;
  /** Money in fen (enter it in yuan). */
  money: boolean;
}

export interface RuleCatalogue {
  person: CatalogueField[];
  records: { kind: RecordKind; label: Text; fields: CatalogueField[] }[];
  unionLevel: CatalogueField;
  amountKinds: { kind: AmountRule['kind']; label: Text }[];
  /** `keys`: the tier keys a table by this may use, null when any key goes. */
  tierBy: { by: TierBy; label: Text; keys: { value: string; label: Text }[] | null }[];
}

type Order = Exclude<Cmp, 'eq' | 'neq' | 'in'>;
const pick = (zh: [string, string, string, string], en: [string, string, string, string]) =>
  Object.fromEntries(
    (['gte', 'lte', 'gt', 'lt'] as const).map((c, i) => [c, { zh: zh[i], en: en[i] }]),
  ) as Record<Order, Text>;

/** Comparisons as a picker names them, between the field and the value: "证书等级 不低于 三级". */
const PICK: Record<Phrasing, Record<Order, Text>> = {
  plain: pick(['不低于', '不高于', '高于', '低于'], ['at least', 'at most', 'above', 'below']),
  time: pick(['不早于', '不晚于', '晚于', '早于'], ['in or after', 'in or before', 'after', 'before']),
  // a lower grade number is a higher level: `lte 3` is "level 3 or above"
  inverse: pick(['不高于', '不低于', '低于', '高于'], ['at or below', 'at or above', 'below', 'above']),
  age: pick(['不小于', '不大于', '大于', '小于'], ['at least', 'at most', 'older than', 'younger than']),
  money: pick(['不低于', '不超过', '高于', '低于'], ['at least', 'at most', 'more than', 'less than']),
  order: pick(['不先于', '不后于', '后于', '先于'], ['at or after', 'at or before', 'after', 'before']),
};

const CMP_TEXT: Record<'eq' | 'neq' | 'in', Text> = {
  eq: { zh: '为', en: 'is' },
  neq: { zh: '不为', en: 'is not' },
  in: { zh: '为其中之一', en: 'is one of' },
};

/** How a comparison reads for a field in a picker: grade `lte` reads "不低于" / "at or above". */
export function cmpText(def: FieldDef, cmp: Cmp): Text {
  if (cmp === 'eq' || cmp === 'neq' || cmp === 'in') return CMP_TEXT[cmp];
  return PICK[def.phrasing ?? 'plain'][cmp];
}

function fieldEntry(key: string, def: FieldDef): CatalogueField {
  return {
    key,
    type: def.type,
    label: def.name ?? def.label,
    cmps: cmpsOf(def).map((cmp) => ({ cmp, label: cmpText(def, cmp) })),
    values: fieldValues(def),
    min: def.type === 'int' ? (def.min ?? null) : null,
    max: def.type === 'int' ? (def.max ?? null) : null,
    money: def.phrasing === 'money',
  };
}

const entries = (defs: Record<string, FieldDef>) =>
  Object.entries(defs).map(([key, def]) => fieldEntry(key, def));

/** The whole vocabulary; the same for every caller. */
export function ruleCatalogue(): RuleCatalogue {
  return {
    person: entries(PERSON_FIELDS),
    records: RECORD_KINDS.map((kind) => ({
      kind,
      label: KIND_TEXT[kind],
      fields: entries(RECORD_FIELD_DEFS[kind]),
    })),
    unionLevel: fieldEntry('level', UNION_LEVEL_FIELD),
    amountKinds: AMOUNT_KINDS.map((kind) => ({ kind, label: AMOUNT_KIND_TEXT[kind] })),
    tierBy: TIER_BYS.map((by) => {
      const field = TIER_BY[by].field;
      const values = field ? fieldValues(field) : null;
      const keys = values?.map((v) => ({ value: String(v.value), label: v.label })) ?? null;
      return { by, label: TIER_BY[by].label, keys };
    }),
  };
}
