/**
 * A rule in words, for the builder's preview: "同时满足：（1）为主办工会所属会员；（2）持有职业资格证书，
 * 证书等级三级及以上、发证年份2020年" / "all of: (1) member of a union in the owner's subtree; (2) …".
 */

import { formatYuan } from '../../../shared/money.ts';
import { TIER_BY } from './amount-vocabulary.ts';
import { conditionText } from './comparisons.ts';
import { KIND_TEXT, PERSON_FIELDS, RECORD_FIELD_DEFS, type Text } from './fields.ts';
import type { AmountRule, Decision, Rule } from './rule.types.ts';

export type Lang = 'zh' | 'en';

const SYM = { eq: '=', neq: '≠', gte: '≥', lte: '≤', gt: '>', lt: '<', in: '∈' } as const;

function describe(rule: Rule): Text {
  switch (rule.op) {
    case 'all':
    case 'any': {
      const parts = rule.rules.map(describe);
      if (parts.length === 1) return parts[0];
      const head = rule.op === 'all' ? { zh: '同时满足', en: 'all of' } : { zh: '满足其一', en: 'any of' };
      return {
        zh: `${head.zh}：${parts.map((p, i) => `（${i + 1}）${p.zh}`).join('；')}`,
        en: `${head.en}: ${parts.map((p, i) => `(${i + 1}) ${p.en}`).join('; ')}`,
      };
    }
    case 'not': {
      const inner = describe(rule.rule);
      return { zh: `不满足【${inner.zh}】`, en: `not [${inner.en}]` };
    }
    case 'person':
      return conditionText(PERSON_FIELDS[rule.field], rule.cmp, rule.value);
    case 'member_of_owner_subtree':
      return { zh: '为主办工会所属会员', en: "member of a union in the owner's subtree" };
    case 'has_record': {
      const kind = KIND_TEXT[rule.kind];
      const conds = rule.where.map((c) =>
        conditionText(RECORD_FIELD_DEFS[rule.kind][c.field], c.cmp, c.value),
      );
      if (conds.length === 0) return { zh: `持有${kind.zh}记录`, en: `holds a ${kind.en}` };
      return {
        zh: `持有${kind.zh}，${conds.map((c) => c.zh).join('、')}`,
        en: `holds a ${kind.en} with ${conds.map((c) => c.en).join(', ')}`,
      };
    }
    case 'union_level': {
      const v = Array.isArray(rule.value) ? `{${rule.value.join(', ')}}` : String(rule.value);
      return { zh: `申请工会层级${SYM[rule.cmp]}${v}`, en: `applicant union level ${SYM[rule.cmp]} ${v}` };
    }
  }
}

/** The rule as one sentence in the given language. */
export function describeRule(rule: Rule, lang: Lang): string {
  return describe(rule)[lang];
}

/**
 * A decision that the whole rule held, taken without evaluating it here (the platform selected by it, or a claim
 * was checked by it): its one line, `lead` then the rule described.
 */
export function ruleHeld(rule: Rule, lead: Text): Decision {
  return {
    eligible: true,
    outcomes: [
      {
        path: 'rule',
        held: true,
        seen: null,
        text: { zh: lead.zh + describeRule(rule, 'zh'), en: lead.en + describeRule(rule, 'en') },
      },
    ],
  };
}

/** The amount rule in words: "每项3,000.00元" / "¥3,000.00 per unit". */
export function describeAmount(amount: AmountRule, lang: Lang): string {
  const t: Text = (() => {
    switch (amount.kind) {
      case 'fixed':
        return { zh: `${formatYuan(amount.fen)}元`, en: `¥${formatYuan(amount.fen)}` };
      case 'none':
        return { zh: '实物或名额（无现金）', en: 'in kind (no cash)' };
      case 'per_unit':
        return { zh: `每项${formatYuan(amount.unitFen)}元`, en: `¥${formatYuan(amount.unitFen)} per unit` };
      case 'fee_share': {
        const share =
          amount.percent === 100
            ? { zh: '全额', en: 'in full' }
            : { zh: `${amount.percent}%`, en: `${amount.percent}%` };
        const cap =
          amount.capFen == null
            ? { zh: '', en: '' }
            : { zh: `，最高${formatYuan(amount.capFen)}元`, en: `, at most ¥${formatYuan(amount.capFen)}` };
        return { zh: `培训费${share.zh}补贴${cap.zh}`, en: `training fee covered ${share.en}${cap.en}` };
      }
      case 'tier': {
        const label = TIER_BY[amount.by].label;
        const by = { zh: `按${label.zh}`, en: `by ${label.en}` };
        const rows = amount.tiers.map((x) => `${x.label ?? x.key} ${formatYuan(x.fen)}`);
        return {
          zh: `${by.zh}：${rows.join('元；')}元`,
          en: `${by.en}: ${rows.map((r) => `¥${r}`).join('; ')}`,
        };
      }
    }
  })();
  return t[lang];
}
