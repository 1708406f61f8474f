/**
 * What each amount rule kind is called and what a tier table may be keyed by. The validator, the describer
 * and the field catalogue read this one table.
 */
import { type FieldDef, RECORD_FIELD_DEFS, type Text } from './fields.ts';
import type { AmountRule } from './rule.types.ts';

export type AmountKind = AmountRule['kind'];
export type TierBy = Extract<AmountRule, { kind: 'tier' }>['by'];

export const AMOUNT_KIND_TEXT: Record<AmountKind, Text> = {
  fixed: { zh: '固定金额', en: 'fixed amount' },
  tier: { zh: '分档金额', en: 'tiered amount' },
  fee_share: { zh: '按培训费比例', en: 'share of the training fee' },
  per_unit: { zh: '按项计发', en: 'per unit' },
  none: { zh: '实物或名额（无现金）', en: 'in kind (no cash)' },
};

export interface TierByDef {
  label: Text;
  /** The record field whose value picks the tier; null when the reviewer picks it. */
  field: FieldDef | null;
}

export const TIER_BY: Record<TierBy, TierByDef> = {
  'award.level': { label: { zh: '竞赛级别', en: 'award level' }, field: RECORD_FIELD_DEFS.award.level },
  'award.rank': { label: { zh: '名次', en: 'rank' }, field: RECORD_FIELD_DEFS.award.rank },
  'certificate.grade': {
    label: { zh: '证书等级', en: 'certificate level' },
    field: RECORD_FIELD_DEFS.certificate.grade,
  },
  choice: { label: { zh: '评审选定档次', en: "the reviewer's choice" }, field: null },
};

export const AMOUNT_KINDS = Object.keys(AMOUNT_KIND_TEXT) as AmountKind[];
export const TIER_BYS = Object.keys(TIER_BY) as TierBy[];

/** The values a field takes from a fixed list, with how each reads; null for free text and plain numbers. */
export function fieldValues(def: FieldDef): { value: string | number | boolean; label: Text }[] | null {
  if (def.type === 'bool') {
    return [
      { value: true, label: def.yes as Text },
      { value: false, label: def.no as Text },
    ];
  }
  const text = (v: string): Text => def.valueText?.[v] ?? { zh: v, en: v };
  if (def.values) return def.values.map((v) => ({ value: v, label: text(v) }));
  if (def.type === 'int' && def.valueText) {
    return Object.keys(def.valueText).map((v) => ({ value: Number(v), label: text(v) }));
  }
  return null;
}

/** The keys a tier table by `by` may use; null when any key goes (a rank, the reviewer's choice). */
export function tierKeys(by: TierBy): string[] | null {
  const field = TIER_BY[by].field;
  const values = field ? fieldValues(field) : null;
  return values ? values.map((v) => String(v.value)) : null;
}
