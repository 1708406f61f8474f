/**
 * What an edit changed, field by field, as the record's history and the audit log keep it: the field's name and
 * its value before and after, as stored (ids, codes, fen). The screen puts them in words in the reader's language.
 */
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The fields `patch` changes in `before`: each field the patch names (undefined means "not sent") whose value
 * differs, in the patch's order. Lists the caller treats as sets are compared as given (sort them first).
 */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  patch: Partial<T>,
): FieldChange[] {
  const out: FieldChange[] = [];
  for (const [field, to] of Object.entries(patch)) {
    if (to === undefined) continue;
    const from = before[field];
    if (!same(from, to)) out.push({ field, from: from ?? null, to: to ?? null });
  }
  return out;
}

/** The value a patch sets, or the value kept when the patch does not send it. */
export const patched = <T>(value: T | undefined, kept: T): T => (value === undefined ? kept : value);
