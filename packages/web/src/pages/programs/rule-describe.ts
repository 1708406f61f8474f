import type { TFunction } from 'i18next';
import { formatFen } from './money.ts';
import type { AmountRule, Cmp, Condition, Rule, Scalar, ValueKind } from './rule-types.ts';
import { cmpKey, personValueKind, recordValueKind } from './rule-types.ts';

/** A value shown in words: yes/no, a translated option, or the raw text. */
export function describeValue(t: TFunction, kind: ValueKind, value: Scalar | Scalar[]): string {
  if (Array.isArray(value)) return value.map((v) => describeValue(t, kind, v)).join(t('prog.rule.or'));
  if (kind.type === 'bool') return value ? t('common.yes') : t('common.no');
  if (kind.type === 'enum') return t(`${kind.i18nPrefix}.${value}`);
  if (kind.type === 'number' && kind.fen) return formatFen(Number(value));
  return String(value);
}

function condition(t: TFunction, kindField: string, kind: ValueKind, cmp: string, value: Scalar | Scalar[]) {
  if (kind.type === 'bool') {
    return value ? kindField : t('prog.rule.notField', { field: kindField });
  }
  return `${kindField} ${t(cmpKey(kind, cmp as Cmp))} ${describeValue(t, kind, value)}`;
}

function describeCondition(
  t: TFunction,
  recordKind: Parameters<typeof recordValueKind>[0],
  c: Condition,
): string {
  const kind = recordValueKind(recordKind, c.field);
  return condition(t, t(`prog.recordField.${c.field}`), kind, c.cmp, c.value);
}

/** One sentence per rule, nested groups in brackets, in the language `t` speaks. */
export function describeRule(t: TFunction, rule: Rule): string {
  switch (rule.op) {
    case 'all':
    case 'any': {
      if (rule.rules.length === 0) return t('prog.rule.emptyGroup');
      const parts = rule.rules.map((r) => {
        const s = describeRule(t, r);
        return r.op === 'all' || r.op === 'any' ? `（${s}）` : s;
      });
      return parts.join(rule.op === 'all' ? t('prog.rule.and') : t('prog.rule.or'));
    }
    case 'not':
      return t('prog.rule.notRule', { rule: describeRule(t, rule.rule) });
    case 'person':
      return condition(
        t,
        t(`prog.personField.${rule.field}`),
        personValueKind(rule.field),
        rule.cmp,
        rule.value,
      );
    case 'member_of_owner_subtree':
      return t('prog.rule.memberOfOwner');
    case 'has_record': {
      const kind = t(`prog.recordKind.${rule.kind}`);
      if (rule.where.length === 0) return t('prog.rule.hasRecord', { kind });
      const where = rule.where.map((c) => describeCondition(t, rule.kind, c)).join(t('prog.rule.and'));
      return t('prog.rule.hasRecordWhere', { kind, where });
    }
    case 'union_level':
      return t('prog.rule.unionLevel', {
        cmp: t(`prog.cmp.${rule.cmp}`),
        level: t(`prog.orgLevel.${rule.value}`),
      });
  }
}

export function describeAmount(t: TFunction, amount: AmountRule): string {
  switch (amount.kind) {
    case 'fixed':
      return t('prog.amountDesc.fixed', { amount: formatFen(amount.fen) });
    case 'tier':
      return t('prog.amountDesc.tier', {
        by: t(`prog.tierBy.${amount.by}`),
        tiers: amount.tiers.map((x) => `${x.label || x.key}: ${formatFen(x.fen)}`).join('；'),
      });
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
