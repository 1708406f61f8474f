import { type RegisterRowError, rowError } from './register-sheet.ts';

type Words = { zh: string; en: string };

/**
 * A register of counts holds one line per key (a station's day and kind of service, a union's month and kind of
 * counsellor), brought in once: a line whose key an earlier row of the file gave is a row error in `column`, and so
 * is one whose key is stored already (`storedOf` reads which of the lines' keys are), each naming the key as `what`
 * says it (站点、日期和服务类别 | station, day and kind of service). The lines to write, without their row numbers.
 */
export async function linesOnce<L extends { rowNo: number }>(
  lines: L[],
  keyOf: (line: L) => string,
  errors: RegisterRowError[],
  { column, what }: { column: string; what: Words },
  storedOf: (lines: L[]) => Promise<ReadonlySet<string>>,
): Promise<Omit<L, 'rowNo'>[]> {
  const bad = (rowNo: number, zh: string, en: string) => errors.push(rowError(rowNo, column, zh, en));
  const first = new Map<string, number>();
  const once = lines.filter((l) => {
    const earlier = first.get(keyOf(l));
    if (earlier) bad(l.rowNo, `与第${earlier}行是同一${what.zh}`, `The same ${what.en} as row ${earlier}`);
    else first.set(keyOf(l), l.rowNo);
    return !earlier;
  });
  const stored = await storedOf(once);
  for (const l of once)
    if (stored.has(keyOf(l))) bad(l.rowNo, `该${what.zh}已导入过`, `This ${what.en} was brought in before`);
  return once.map(({ rowNo: _, ...l }) => l);
}
