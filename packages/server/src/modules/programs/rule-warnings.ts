import type { Sql } from '../../db/db.ts';
import { closestTexts, normaliseText } from '../../shared/text.ts';
import { listRecordValues, type RecordTextColumn } from '../records/index.ts';
import { KIND_TEXT, RECORD_FIELD_DEFS, type RecordKind, type Rule, type Text } from './rules/index.ts';

/** A text value a rule names that no record of its kind in the owner's subtree holds. */
export interface RuleValueWarning extends Text {
  kind: RecordKind;
  field: string;
  value: string;
  /** The values on record closest to it, best first (at most three). */
  closest: string[];
}

/** Every (kind, field, value) a rule names for a text field of records (eq, neq, in). */
function namedTextValues(rule: Rule, out: { kind: RecordKind; field: string; value: string }[] = []) {
  switch (rule.op) {
    case 'all':
    case 'any':
      for (const r of rule.rules) namedTextValues(r, out);
      break;
    case 'not':
      namedTextValues(rule.rule, out);
      break;
    case 'has_record':
      for (const c of rule.where) {
        if (RECORD_FIELD_DEFS[rule.kind][c.field]?.type !== 'text') continue;
        for (const v of Array.isArray(c.value) ? c.value : [c.value]) {
          if (typeof v === 'string') out.push({ kind: rule.kind, field: c.field, value: v });
        }
      }
      break;
  }
  return out;
}

const quoteZh = (values: string[]) => values.map((v) => `「${v}」`).join('、');
const quoteEn = (values: string[]) => values.map((v) => `"${v}"`).join(', ');

/**
 * Warns about each text value the rule names that no record of that kind in the owner's subtree has
 * (compared as a clerk reads them), with the closest values on record: a misspelt course pays no one.
 */
export async function findRuleValueWarnings(
  sql: Sql,
  rule: Rule,
  ownerPath: string,
): Promise<RuleValueWarning[]> {
  const named = namedTextValues(rule);
  const onRecord = new Map<string, string[]>();
  const warnings: RuleValueWarning[] = [];
  const seen = new Set<string>();
  for (const { kind, field, value } of named) {
    const def = RECORD_FIELD_DEFS[kind][field];
    const key = `${kind}.${field}`;
    if (seen.has(`${key}:${normaliseText(value)}`)) continue;
    seen.add(`${key}:${normaliseText(value)}`);
    let values = onRecord.get(key);
    if (!values) {
      values = await listRecordValues(sql, kind, def.column as RecordTextColumn, { path: ownerPath });
      onRecord.set(key, values);
    }
    const wanted = normaliseText(value);
    if (values.some((v) => normaliseText(v) === wanted)) continue;
    const closest = closestTexts(wanted, values, 3);
    const typed = value.trim();
    const kindText = KIND_TEXT[kind];
    warnings.push({
      kind,
      field,
      value: typed,
      closest,
      zh:
        `没有任何${kindText.zh}记录的${def.label.zh}是「${typed}」` +
        (closest.length ? `；最接近的是${quoteZh(closest)}` : ''),
      en:
        `No ${kindText.en} record has the ${def.label.en} "${typed}"` +
        (closest.length ? `; the closest: ${quoteEn(closest)}` : ''),
    });
  }
  return warnings;
}
