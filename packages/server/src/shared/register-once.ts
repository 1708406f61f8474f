import { type RegisterRowError, rowError } from './register-sheet.ts';

type Words = { zh: string; en: string };

/**
 * A register of counts holds one line per key (a station's day and kind of service, a union's month and kind of
 * counsellor), brought in once: a line whose key an earlier row of the file gave is a row error (`said.twin` words
 * it, given that row), and so is one whose key is stored already (`said.stored`; `storedOf` reads which of the
 * lines' keys are), both in `said.column`. The lines to write, without their row numbers.
 */
export async function linesOnce<L extends { rowNo: number }>(
  lines: L[],
  keyOf: (line: L) => string,
  errors: RegisterRowError[],
  said: { column: string; twin: (earlier: number) => Words; stored: Words },
  storedOf: (lines: L[]) => Promise<ReadonlySet<string>>,
): Promise<Omit<L, 'rowNo'>[]> {
  const bad = (rowNo: number, { zh, en }: Words) => errors.push(rowError(rowNo, said.column, zh, en));
  const first = new Map<string, number>();
  const once = lines.filter((l) => {
    const earlier = first.get(keyOf(l));
    if (earlier) bad(l.rowNo, said.twin(earlier));
    else first.set(keyOf(l), l.rowNo);
    return !earlier;
  });
  const stored = await storedOf(once);
  for (const l of once) if (stored.has(keyOf(l))) bad(l.rowNo, said.stored);
  return once.map(({ rowNo: _, ...l }) => l);
}
