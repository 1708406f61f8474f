/**
 * The evidence window (评定期): which records count for an application, by the record's date
 * (`records.occurred_on`). A program states it once; both evaluators apply it to every has_record rule and
 * to the application's subject record, so a clerk's program counts only the period's evidence without a
 * hand-written year condition. See docs/adr/0011-evidence-window.md.
 */
import type { RecordKind, Text, WindowRange } from './rule.types.ts';

export type EvidenceWindow =
  /** Records dated within the period the application is for (the default). */
  | { kind: 'period' }
  /** The `before` years before the period plus the period's own years. */
  | { kind: 'years'; before: number }
  /** An explicit window, both days included. */
  | { kind: 'dates'; from: string; to: string }
  /** No bound (an explicit choice only). */
  | { kind: 'any' };

export const DEFAULT_EVIDENCE_WINDOW: EvidenceWindow = { kind: 'period' };
export const MAX_YEARS_BEFORE = 10;

export type { WindowRange };

export interface PeriodOf {
  periodStart: string;
  periodEnd: string;
  periodUnit: 'year' | 'whole';
}

/**
 * The days a window covers for the application period `periodKey` (a year, or 'whole'); null for 'any'.
 * For a year program the period is the calendar year of the key; for a whole-period program it is
 * periodStart..periodEnd, and 'years' counts back from the start year and runs to the end year.
 */
export function resolveWindow(w: EvidenceWindow, p: PeriodOf, periodKey: string): WindowRange | null {
  const yearly = p.periodUnit === 'year' && /^\d{4}$/.test(periodKey);
  const startYear = yearly ? Number(periodKey) : Number(p.periodStart.slice(0, 4));
  const endYear = yearly ? Number(periodKey) : Number(p.periodEnd.slice(0, 4));
  switch (w.kind) {
    case 'any':
      return null;
    case 'dates':
      return { from: w.from, to: w.to, text: { zh: `${w.from}至${w.to}`, en: `${w.from} to ${w.to}` } };
    case 'period':
      return yearly
        ? {
            from: `${startYear}-01-01`,
            to: `${endYear}-12-31`,
            text: { zh: `${startYear}年度`, en: `the ${startYear} period` },
          }
        : {
            from: p.periodStart,
            to: p.periodEnd,
            text: {
              zh: `项目期（${p.periodStart}至${p.periodEnd}）`,
              en: `the program period (${p.periodStart} to ${p.periodEnd})`,
            },
          };
    case 'years': {
      const first = startYear - w.before;
      return {
        from: `${first}-01-01`,
        to: `${endYear}-12-31`,
        text: { zh: `${first}至${endYear}年度`, en: `the years ${first} to ${endYear}` },
      };
    }
  }
}

/** True when a record dated `on` counts under the window (no window: every record counts). */
export function isInWindow(on: string, range: WindowRange | null | undefined): boolean {
  return !range || (on >= range.from && on <= range.to);
}

/** What a record's date is called, per kind: 发证日期 / issued, 获奖日期 / awarded, … */
export const DATE_LABEL: Record<RecordKind, Text> = {
  certificate: { zh: '发证日期', en: 'issued' },
  award: { zh: '获奖日期', en: 'awarded' },
  training: { zh: '培训日期', en: 'trained' },
  patent: { zh: '授权日期', en: 'granted' },
};

/** "发证日期2019-06-01不在2020年度内" / "issued 2019-06-01, outside the 2020 period". */
export function outsideWindowText(kind: RecordKind, on: string, range: WindowRange): Text {
  const label = DATE_LABEL[kind];
  return { zh: `${label.zh}${on}不在${range.text.zh}内`, en: `${label.en} ${on}, outside ${range.text.en}` };
}

/** The window in a sentence, for the simulation and the program page. */
export function describeWindow(range: WindowRange | null): Text {
  if (!range) return { zh: '不限记录日期', en: 'records of any date count' };
  const explicit = range.text.zh === `${range.from}至${range.to}`;
  return {
    zh: `只计${range.text.zh}内的记录${explicit ? '' : `（${range.from}至${range.to}）`}`,
    en: `only records dated within ${range.text.en} count${explicit ? '' : ` (${range.from} to ${range.to})`}`,
  };
}
