import { RECORD_FIELD_DEFS } from './fields.ts';
import type { Rule, Scalar } from './rule.types.ts';

/**
 * The rule with every text value of a record condition as the clerk typed it, only trimmed (ADR 0013): a rule
 * naming `计算机辅助设计（CAD）` is saved and described with the full-width brackets; both evaluators compare it
 * normalised with the records' normalised keys, so `计算机辅助设计(CAD)` on record still meets it. Call on a
 * validated rule.
 */
export function normaliseRuleText(rule: Rule): Rule {
  switch (rule.op) {
    case 'all':
    case 'any':
      return { ...rule, rules: rule.rules.map(normaliseRuleText) };
    case 'not':
      return { ...rule, rule: normaliseRuleText(rule.rule) };
    case 'has_record':
      return {
        ...rule,
        where: rule.where.map((c) => {
          const def = RECORD_FIELD_DEFS[rule.kind][c.field];
          if (def?.type !== 'text') return c;
          const one = (e: Scalar) => (typeof e === 'string' ? e.trim() : e);
          return { ...c, value: Array.isArray(c.value) ? c.value.map(one) : one(c.value) };
        }),
      };
    default:
      return rule;
  }
}
