import { type AmountRule, describeAmount, describeRule, KIND_TEXT, type Rule } from './rules/index.ts';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A program's rule, its amount or a kind of record as an audit row holds it, in words, for the log's export
 * (变更内容): the sentence the rule and amount are described in elsewhere, a record kind by the catalogue's name.
 * Null for any other field, and for a value written in a shape this version cannot describe (then the log says it
 * field by field).
 */
export function programAuditWords(
  entity: string,
  field: string,
  value: unknown,
  lang: 'zh' | 'en',
): string | null {
  try {
    if (field === 'rule' && isRecord(value)) return describeRule(value as unknown as Rule, lang);
    if (field === 'amount' && isRecord(value)) return describeAmount(value as unknown as AmountRule, lang);
  } catch {
    return null;
  }
  const isRecordKind =
    (entity === 'program' && field === 'subjectKind') || (entity === 'record' && field === 'kind');
  if (isRecordKind && typeof value === 'string')
    return KIND_TEXT[value as keyof typeof KIND_TEXT]?.[lang] ?? null;
  return null;
}
