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

/** A measure's figures checked: a cost in whole fen (two decimals of yuan), a whole headcount, neither negative. */
export function findMeasureProblem(m: Partial<Measures>): MeasureProblem | undefined {
  const cost = m.costFen;
  const { zh: costZh, en: costEn } = MEASURE_LABELS.costFen;
  if (cost !== undefined && cost !== null) {
    if (!Number.isFinite(cost))
      return { field: 'costFen', zh: `${costZh}不是金额`, en: `The ${costEn} is not an amount` };
    if (cost < 0)
      return { field: 'costFen', zh: `${costZh}不能为负数`, en: `The ${costEn} cannot be negative` };
    if (!Number.isInteger(cost)) {
      return {
        field: 'costFen',
        zh: `${costZh}最多保留两位小数（精确到分）`,
        en: `The ${costEn} has at most two decimals (to the fen)`,
      };
    }
    if (cost > MAX_COST_FEN) {
      return {
        field: 'costFen',
        zh: `${costZh}不能超过 1,000,000,000.00 元`,
        en: `The ${costEn} cannot exceed ¥1,000,000,000.00`,
      };
    }
  }
  const reach = m.reach;
  const { zh: reachZh, en: reachEn } = MEASURE_LABELS.reach;
  if (reach !== undefined && reach !== null) {
    if (!Number.isFinite(reach))
      return { field: 'reach', zh: `${reachZh}不是数字`, en: `The ${reachEn} is not a number` };
    if (reach < 0)
      return { field: 'reach', zh: `${reachZh}不能为负数`, en: `The ${reachEn} cannot be negative` };
    if (!Number.isInteger(reach)) {
      return { field: 'reach', zh: `${reachZh}须为整数`, en: `The ${reachEn} must be a whole number` };
    }
    if (reach > MAX_REACH) {
      return {
        field: 'reach',
        zh: `${reachZh}不能超过 ${MAX_REACH.toLocaleString('en-US')}`,
        en: `The ${reachEn} cannot exceed ${MAX_REACH.toLocaleString('en-US')}`,
      };
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
