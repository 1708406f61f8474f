import { normaliseValue } from './comparisons.ts';
import { RECORD_FIELD_DEFS } from './fields.ts';
import type { Rule } from './rule.types.ts';

/**
 * The rule with every text value of a record condition as a clerk reads it (shared/text.ts), the form the
 * records are stored in: `计算机辅助设计（CAD）` is saved as `计算机辅助设计(CAD)`. Call on a validated rule.
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
          return def ? { ...c, value: normaliseValue(def, c.value) } : c;
        }),
      };
    default:
      return rule;
  }
}
