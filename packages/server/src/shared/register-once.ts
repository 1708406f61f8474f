import { type RegisterRowError, rowError } from './register-sheet.ts';

/**
 * A register of counts holds one line per key (a station's day and kind of service, a union's month and kind of
 * counsellor), brought in once: each line whose key is stored already is a row error, as `said` words it. The lines
 * to write, without their row numbers.
 */
export function linesNotStored<L extends { rowNo: number }>(
  lines: L[],
  stored: ReadonlySet<string>,
  keyOf: (line: L) => string,
  errors: RegisterRowError[],
  said: { column: string; zh: string; en: string },
): Omit<L, 'rowNo'>[] {
  for (const l of lines)
    if (stored.has(keyOf(l))) errors.push(rowError(l.rowNo, said.column, said.zh, said.en));
  return lines.map(({ rowNo: _, ...l }) => l);
}
