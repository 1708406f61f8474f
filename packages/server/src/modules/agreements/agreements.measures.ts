import type { Bilingual } from '../../shared/errors.ts';
import { agreementErrors } from './agreements.errors.ts';

/**
 * What an agreement delivered (its measures, 措施), as a clerk records it beside the note: what the measures cost
 * (`costFen`, 投入金额, integer fen) and how many people they reached (`reach`, 惠及人数). Both optional; null is
 * "not recorded", not zero. Statistics sum them over the agreements signed in a period (agreements.stats.ts).
 */
export interface Measures {
  costFen: number | null;
  reach: number | null;
}
export type MeasureField = keyof Measures;

/** The fields' names, as the page, the register's columns and every error call them. */
export const MEASURE_LABELS: Record<MeasureField, Bilingual> = {
  costFen: { zh: '投入金额（元）', en: 'cost (yuan)' },
  reach: { zh: '惠及人数', en: 'people reached' },
};

/** The largest cost (¥1,000,000,000.00, as the web's amount fields allow) and headcount taken. */
export const MAX_COST_FEN = 100_000_000_000;
export const MAX_REACH = 10_000_000;

export interface MeasureProblem extends Bilingual {
  field: MeasureField;
}

/** What a field's checks say where the fields differ: not a number, not whole, past the largest taken. */
const CHECKS: Record<
  MeasureField,
  { max: number; notANumber: Bilingual; notWhole: Bilingual; tooLarge: Bilingual }
> = {
  costFen: {
    max: MAX_COST_FEN,
    notANumber: { zh: '不是金额', en: 'is not an amount' },
    notWhole: { zh: '最多保留两位小数（精确到分）', en: 'has at most two decimals (to the fen)' },
    tooLarge: { zh: '不能超过 1,000,000,000.00 元', en: 'cannot exceed ¥1,000,000,000.00' },
  },
  reach: {
    max: MAX_REACH,
    notANumber: { zh: '不是数字', en: 'is not a number' },
    notWhole: { zh: '须为整数', en: 'must be a whole number' },
    tooLarge: {
      zh: `不能超过 ${MAX_REACH.toLocaleString('en-US')}`,
      en: `cannot exceed ${MAX_REACH.toLocaleString('en-US')}`,
    },
  },
};
const NEGATIVE: Bilingual = { zh: '不能为负数', en: 'cannot be negative' };

/** A measure's figures checked: a cost in whole fen (two decimals of yuan), a whole headcount, neither negative. */
export function findMeasureProblem(m: Partial<Measures>): MeasureProblem | undefined {
  for (const field of ['costFen', 'reach'] as const) {
    const value = m[field];
    if (value === undefined || value === null) continue;
    const check = CHECKS[field];
    const said = !Number.isFinite(value)
      ? check.notANumber
      : value < 0
        ? NEGATIVE
        : !Number.isInteger(value)
          ? check.notWhole
          : value > check.max
            ? check.tooLarge
            : undefined;
    if (said) {
      const label = MEASURE_LABELS[field];
      return { field, zh: `${label.zh}${said.zh}`, en: `The ${label.en} ${said.en}` };
    }
  }
  return undefined;
}

/** The figures as stored (left out → null), or the refusal naming the field in both languages. */
export function checkMeasures(m: Partial<Measures>): Measures {
  const problem = findMeasureProblem(m);
  if (problem) throw agreementErrors.measure(problem.field, problem);
  return { costFen: m.costFen ?? null, reach: m.reach ?? null };
}
