import type { Bilingual } from './errors.ts';
import type { StatsPeriod } from './period.ts';
import type { XlsxSheet } from './xlsx-writer.ts';

/**
 * What a figure of a statistics answer counts and as of which day (issue 41: every figure names its rule): one
 * list per module, built by its `<module>FigureNotes(period)`, which the answer carries as `notes` (the page shows
 * them) and the export writes in its 说明 sheet. test/figure-notes.test.ts holds every statistics route to it.
 */
export interface FigureNote<K extends string = string> {
  key: K;
  label: Bilingual;
  note: Bilingual;
}

/**
 * Makers of notes over a period: a flow counts what happened from the period's first day to its asOf (the last day,
 * or today while the period runs); a state counts what stood on asOf; `over` counts over days named by the caller.
 * Each note ends with its days, in the same words in Chinese and English.
 */
export function noteMakers(p: Pick<StatsPeriod, 'from' | 'asOf'>) {
  const make = <K extends string>(key: K, label: Bilingual, zh: string, en: string): FigureNote<K> => ({
    key,
    label,
    note: { zh, en },
  });
  return {
    flow: <K extends string>(key: K, label: Bilingual, zh: string, en: string) =>
      make(key, label, `${zh}，${p.from}至${p.asOf}`, `${en}, ${p.from} to ${p.asOf}`),
    state: <K extends string>(key: K, label: Bilingual, zh: string, en: string) =>
      make(key, label, `${zh}，截至${p.asOf}`, `${en}, as of ${p.asOf}`),
    over: <K extends string>(key: K, label: Bilingual, zh: string, en: string, from: string, to: string) =>
      make(key, label, `${zh}，${from}至${to}`, `${en}, ${from} to ${to}`),
  };
}

/** The rows of a 说明 sheet that say what each figure counts: 指标 | 口径. */
export const noteRows = (notes: FigureNote[]): string[][] => notes.map((n) => [n.label.zh, n.note.zh]);

/** An export's 说明 sheet: what it counts (a few rows the caller gives: 统计, 单位, 期间 …), then each figure's note. */
export function notesSheet(notes: FigureNote[], head: (string | number)[][] = []): XlsxSheet {
  return { name: '说明', headers: ['项目', '内容'], rows: [...head, ...noteRows(notes)], widths: [16, 90] };
}
