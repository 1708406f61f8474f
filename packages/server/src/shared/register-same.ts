import type { Bilingual } from './errors.ts';

/**
 * How a register says a row that names a record on the register but differs from it (ADR 150): the record, what the
 * register holds and what the sheet gives, in both languages. The registers' comparisons (`*.same.ts`) share it.
 */

/** A value as a refusal quotes it, in both languages. */
export type Said = Bilingual;

/** A value as a refusal quotes it, the same in both languages; an empty one （空） / (empty). */
export const said = (v: string | number | null | undefined): Said =>
  v === null || v === undefined || v === ''
    ? { zh: '（空）', en: '(empty)' }
    : { zh: String(v), en: String(v) };

/** `record` (已登记的…) differs: 平台上是“was”，本表是“now”. */
export const differsFromRecord = (record: Bilingual, was: Bilingual, now: Bilingual): Bilingual => ({
  zh: `${record.zh}，平台上是“${was.zh}”，本表是“${now.zh}”`,
  en: `${record.en} with “${was.en}”; this sheet gives “${now.en}”`,
});
