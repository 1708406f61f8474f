import type { TFunction } from 'i18next';
import { formatFen } from '../../components/money.ts';
import {
  type AmountRule,
  type CatalogueField,
  type Condition,
  type Lang,
  personFieldOf,
  type Rule,
  type RuleCatalogue,
  recordFieldOf,
  recordKindOf,
  type Scalar,
} from './rule-vocabulary.ts';

/** Who applies to a program: a person, or a union (the rule and the amount then speak of the union). */
export type Applicant = 'person' | 'union';

/**
 * A rule in words for the builder's preview and the version history. Fields, comparisons and values read
 * as the server's catalogue names them; only the joining words ("and", "not") are the web app's.
 */
export function describeRule(
  t: TFunction,
  lang: Lang,
  c: RuleCatalogue,
  rule: Rule,
  applicant: Applicant = 'person',
): string {
  switch (rule.op) {
    case 'all':
    case 'any': {
      if (rule.rules.length === 0) return t('prog.rule.emptyGroup');
      const parts = rule.rules.map((r) => {
        const s = describeRule(t, lang, c, r, applicant);
        if (r.op !== 'all' && r.op !== 'any') return s;
        return t('common.bracketed', { text: s });
      });
      return parts.join(rule.op === 'all' ? t('prog.rule.and') : t('prog.rule.or'));
    }
    case 'not':
      return t('prog.rule.notRule', { rule: describeRule(t, lang, c, rule.rule, applicant) });
    case 'person':
      return comparison(t, lang, personFieldOf(c, rule.field), rule);
    case 'member_of_owner_subtree':
      return t(applicant === 'union' ? 'prog.rule.unionOfOwner' : 'prog.rule.memberOfOwner');
    case 'has_record': {
      const kind = recordKindOf(c, rule.kind)?.label[lang] ?? rule.kind;
      const conditions: Condition[] = rule.where;
      if (conditions.length === 0) return t('prog.rule.hasRecord', { kind });
      const where = conditions
        .map((x) => comparison(t, lang, recordFieldOf(c, rule.kind, x.field), x))
        .join(t('prog.rule.and'));
      return t('prog.rule.hasRecordWhere', { kind, where });
    }
    case 'union_level':
      return comparison(t, lang, c.unionLevel, rule);
  }
}

/** A value as the field's list names it, or as entered (money in yuan). */
function valueText(t: TFunction, lang: Lang, field: CatalogueField, value: Scalar | Scalar[]): string {
  if (Array.isArray(value)) return value.map((v) => valueText(t, lang, field, v)).join(t('prog.rule.or'));
  const known = field.values?.find((v) => v.value === value);
  if (known) return known.label[lang];
  return field.money ? formatFen(Number(value)) : String(value);
}

function comparison(
  t: TFunction,
  lang: Lang,
  field: CatalogueField | undefined,
  c: { cmp: Condition['cmp']; value: Scalar | Scalar[] },
): string {
  if (!field) return t('prog.rule.unknownField');
  // a yes/no field reads as its value: "是一线职工" / "不是一线职工"
  if (field.type === 'bool') {
    const yes = (c.cmp === 'eq') === (c.value === true);
    return valueText(t, lang, field, yes);
  }
  const cmp = field.cmps.find((x) => x.cmp === c.cmp)?.label[lang] ?? c.cmp;
  return `${field.label[lang]} ${cmp} ${valueText(t, lang, field, c.value)}`;
}

/** The amount in words; the tier basis is named when the catalogue is at hand (staff pages). */
export function describeAmount(
  t: TFunction,
  amount: AmountRule,
  c?: RuleCatalogue,
  lang: Lang = 'zh',
  applicant: Applicant = 'person',
): string {
  switch (amount.kind) {
    case 'fixed':
      return t(applicant === 'union' ? 'prog.amountDesc.fixedUnion' : 'prog.amountDesc.fixed', {
        amount: formatFen(amount.fen),
      });
    case 'tier': {
      const by = c?.tierBy.find((b) => b.by === amount.by);
      const keyLabel = (key: string) => by?.keys?.find((k) => k.value === key)?.label[lang] ?? key;
      const tiers = amount.tiers
        .map((x) => `${x.label || keyLabel(x.key)}: ${formatFen(x.fen)}`)
        .join(t('prog.amountDesc.tierSep'));
      return by
        ? t('prog.amountDesc.tier', { by: by.label[lang], tiers })
        : t('prog.amountDesc.tiers', { tiers });
    }
    case 'fee_share':
      return amount.capFen != null
        ? t('prog.amountDesc.feeShareCap', { percent: amount.percent, cap: formatFen(amount.capFen) })
        : t('prog.amountDesc.feeShare', { percent: amount.percent });
    case 'per_unit':
      return t('prog.amountDesc.perUnit', { amount: formatFen(amount.unitFen) });
    case 'none':
      return t('prog.amountDesc.none');
  }
}
