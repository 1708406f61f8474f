/**
 * The rule vocabulary as the builder needs it: every field with its labels, the comparisons it accepts
 * (each in the field's own phrasing), its values and bounds; the record kinds; the amount kinds and what
 * a tier table may go by. Built from the field table, so a field added there appears here unchanged.
 */
import {
  AMOUNT_KIND_TEXT,
  AMOUNT_KINDS,
  fieldValues,
  TIER_BY,
  TIER_BYS,
  type TierBy,
} from './amount-vocabulary.ts';
import {
  cmpsOf,
  cmpText,
  type FieldDef,
  type FieldType,
  KIND_TEXT,
  PERSON_FIELDS,
  RECORD_FIELD_DEFS,
  type Text,
  UNION_LEVEL_FIELD,
} from './fields.ts';
import type { AmountRule, Cmp, RecordKind, Scalar } from './rule.types.ts';

export const RECORD_KINDS = Object.keys(RECORD_FIELD_DEFS) as RecordKind[];

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

function fieldEntry(key: string, def: FieldDef): CatalogueField {
  return {
    key,
    type: def.type,
    label: def.label,
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
