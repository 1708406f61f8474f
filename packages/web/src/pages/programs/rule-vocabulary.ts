/**
 * The rule vocabulary as the server publishes it: the rule and amount types generated from its OpenAPI
 * document, and the field catalogue (GET /api/programs/rule-fields) with labels in both languages, the
 * comparisons each field accepts, its values and bounds. Nothing here restates the server's fields; the
 * builder offers what the catalogue lists.
 */
import { api, unwrap } from '../../api/client.ts';
import type { components } from '../../api/schema.gen.ts';
import type { Answer } from '../../api/types.ts';
import { thisYear } from '../../components/dates.ts';
import { useLoad } from '../../components/useLoad.ts';

export type Rule = components['schemas']['Rule'];
export type AmountRule = components['schemas']['AmountRule'];
export type RuleOp = Rule['op'];
export type AmountKind = AmountRule['kind'];
export type TierRule = Extract<AmountRule, { kind: 'tier' }>;
export type Decision = Answer<'/api/applications/{id}'>['decision'];

export type RuleCatalogue = Answer<'/api/programs/rule-fields'>;
export type CatalogueField = RuleCatalogue['person'][number];
export type Cmp = CatalogueField['cmps'][number]['cmp'];
export type RecordKind = RuleCatalogue['records'][number]['kind'];
export type TierBy = RuleCatalogue['tierBy'][number]['by'];
export type Scalar = string | number | boolean;
export type Lang = 'zh' | 'en';
export interface Text {
  zh: string;
  en: string;
}

/** A record condition or a person comparison while it is edited (the builder picks from the catalogue). */
export interface Condition {
  field: string;
  cmp: Cmp;
  value: Scalar | Scalar[];
}

export const langOf = (language: string): Lang => (language === 'en' ? 'en' : 'zh');

let pending: Promise<RuleCatalogue> | null = null;

/** The catalogue, asked for once per page load (again after a failure). */
export function loadRuleCatalogue(): Promise<RuleCatalogue> {
  pending ??= unwrap(api.GET('/api/programs/rule-fields')).catch((err: unknown) => {
    pending = null;
    throw err;
  });
  return pending;
}

export const useRuleCatalogue = () => useLoad(loadRuleCatalogue, []);

export const personFieldOf = (c: RuleCatalogue, key: string) => c.person.find((f) => f.key === key);
export const recordKindOf = (c: RuleCatalogue, kind: string) => c.records.find((r) => r.kind === kind);
export const recordFieldOf = (c: RuleCatalogue, kind: string, key: string) =>
  recordKindOf(c, kind)?.fields.find((f) => f.key === key);

/**
 * A sensible first value: the first of a list, this year for a year-like number, else the lowest allowed.
 * (An int whose range holds this year and that is not money is a year.)
 */
export function defaultValue(field: CatalogueField): Scalar {
  if (field.values?.length) return field.values[0].value;
  if (field.type === 'bool') return true;
  if (field.type === 'text') return '';
  const year = thisYear();
  const min = field.min ?? 0;
  if (!field.money && min <= year && year <= (field.max ?? min)) return year;
  return min;
}

/** A fresh comparison on `field`: its first comparison and first value. */
export function newCondition(field: CatalogueField): Condition {
  return { field: field.key, cmp: field.cmps[0].cmp, value: defaultValue(field) };
}

/** Switching to or from "is one of" turns a single value into a list or back. */
export function adjustValue(field: CatalogueField, cmp: Cmp, value: Scalar | Scalar[]): Scalar | Scalar[] {
  if (cmp === 'in') return Array.isArray(value) ? value : [value];
  if (Array.isArray(value)) return value[0] ?? defaultValue(field);
  return value;
}

/**
 * A rule the builder assembled from the catalogue's fields. The types cannot see which field the clerk
 * picked, so this is where an edited rule becomes a Rule; the server's schema checks it on save.
 */
export const asRule = (rule: object): Rule => rule as Rule;

/** A new leaf or group of kind `op`, with the catalogue's first choices filled in. */
export function newRule(op: RuleOp, c: RuleCatalogue): Rule {
  switch (op) {
    case 'all':
    case 'any':
      return { op, rules: [] };
    case 'not':
      return { op: 'not', rule: { op: 'all', rules: [] } };
    case 'person':
      return asRule({ op, ...newCondition(c.person[0]) });
    case 'member_of_owner_subtree':
      return { op };
    case 'has_record':
      return asRule({ op, kind: c.records[0].kind, where: [] });
    case 'union_level': {
      const { cmp, value } = newCondition(c.unionLevel);
      return asRule({ op, cmp, value });
    }
  }
}

/** A new amount of `kind`, empty where the clerk must fill it in. */
export function newAmount(kind: AmountKind, c: RuleCatalogue): AmountRule {
  switch (kind) {
    case 'fixed':
      return { kind, fen: 0 };
    case 'tier':
      return { kind, by: c.tierBy[0].by, tiers: [] } as AmountRule;
    case 'fee_share':
      return { kind, percent: 100 };
    case 'per_unit':
      return { kind, unitFen: 0 };
    case 'none':
      return { kind };
  }
}
