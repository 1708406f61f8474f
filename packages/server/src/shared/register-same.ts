import type { Bilingual } from './errors.ts';
import { type RegisterRowError, rowError } from './register-sheet.ts';
import type { RowPlace } from './sheet-place.ts';

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

/** A field a register compares between a row's line and its record: the line's key, its column, how it is quoted. */
export interface ComparedField<L> {
  key: keyof L & string;
  column: string;
  say?: (v: L[keyof L]) => Said;
}

/** How a register keyed one row to one record words its record and a repeat of a key in one file. */
export interface OneRecordPerRow<L> {
  keyOf: (line: L) => string;
  /** The fields the register keeps of a record besides its key, compared with the row's. */
  fields: ComparedField<L>[];
  /** The record a line names (已登记的…), for a row that differs from it. */
  record: (line: L) => Bilingual;
  /**
   * A row repeating an earlier row's key: its column and words, given the earlier row. Without it a key may repeat
   * (two like gifts on one day): the file's rows of one key are read against the records of that key one for one,
   * each row matched to a record at most once, so that two like rows where one is on record write the second.
   */
  repeat?: { column: string; said: (earlierRow: RowPlace) => Bilingual };
}

/** The records on record by key: one a key, or, for a register whose key may repeat (no `repeat`), each a key holds. */
export type HeldRecords<L> = ReadonlyMap<string, Partial<L> | readonly Partial<L>[]>;

/** The records held by their key, each key's in a list (a register whose key may repeat: `OneRecordPerRow.repeat` unset). */
export function heldByKey<R>(records: readonly R[], keyOf: (r: R) => string): Map<string, R[]> {
  const held = new Map<string, R[]>();
  for (const r of records) {
    const key = keyOf(r);
    const list = held.get(key);
    if (list) list.push(r);
    else held.set(key, [r]);
  }
  return held;
}

/**
 * A register whose every row is one record, keyed by some of its columns (a station's day and kind of service, a
 * union's month and kind of counsellor), read against what is on record (ADR 150): a row repeating an earlier row's
 * key is a row error where the register says so (`repeat`), else each row of a key is matched to its own record of
 * the key — the rows as they stand on record first, the others then to the records left in order —, a row for which
 * no record is left being a new one; one whose record stands as the row gives it is skipped and counted
 * (`onRecord`); one whose record differs is a row error per differing field, never written over. Nothing of a row
 * is dropped unsaid. The lines to write, without their rows (a line's `rowNo`, and its `sheet` when the file was
 * read from several: sheet-place.ts).
 */
export function linesNotOnRecord<L extends RowPlace>(
  lines: L[],
  held: HeldRecords<NoInfer<L>>,
  how: OneRecordPerRow<L>,
  errors: RegisterRowError[],
): { lines: Omit<L, 'rowNo' | 'sheet'>[]; onRecord: number } {
  const out: Omit<L, 'rowNo' | 'sheet'>[] = [];
  const seen = new Map<string, RowPlace>();
  const isSame = (line: L, record: Partial<L>) => how.fields.every((f) => record[f.key] === line[f.key]);
  // each key's records not yet matched to a row; the rows standing on record matched first, whatever their order
  const left = new Map<string, Partial<L>[]>();
  const matched = new Set<L>();
  for (const [key, records] of held) left.set(key, Array.isArray(records) ? [...records] : [records]);
  if (!how.repeat) {
    for (const line of lines) {
      const records = left.get(how.keyOf(line));
      const at = records?.findIndex((r) => isSame(line, r)) ?? -1;
      if (at < 0 || !records) continue;
      records.splice(at, 1);
      matched.add(line);
    }
  }
  let onRecord = 0;
  for (const line of lines) {
    const key = how.keyOf(line);
    const earlier = seen.get(key);
    if (earlier !== undefined && how.repeat) {
      const { zh, en } = how.repeat.said(earlier);
      errors.push(rowError(line.rowNo, how.repeat.column, zh, en));
      continue;
    }
    if (earlier === undefined) seen.set(key, { rowNo: line.rowNo, sheet: line.sheet });
    const { rowNo, sheet: _sheet, ...rest } = line;
    if (matched.has(line)) {
      onRecord++;
      continue;
    }
    const record = left.get(key)?.shift();
    if (!record) {
      out.push(rest);
      continue;
    }
    if (isSame(line, record)) {
      onRecord++;
      continue;
    }
    for (const f of how.fields) {
      const [was, now] = [record[f.key], line[f.key]];
      if (was === now) continue;
      const say = f.say ?? said;
      const { zh, en } = differsFromRecord(how.record(line), say(was as never), say(now as never));
      errors.push(rowError(rowNo, f.column, zh, en));
    }
  }
  return { lines: out, onRecord };
}
