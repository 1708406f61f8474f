import {
  cellText,
  type RegisterRow,
  type RegisterRowError,
  readOk,
  rowError,
} from '../../shared/register-sheet.ts';
import { findMeasureProblem, MEASURE_LABELS } from './agreements.measures.ts';
import { ENTERPRISE, type AgreementRegisterKey as Key } from './agreements.register.ts';
import type { CoverageInput } from './coverage.counts.ts';
import { checkCoverage } from './coverage.input.ts';

/**
 * A row of the agreements register checked on its own (agreements.import.ts): its days, its measures and the
 * enterprise it lists. Each check is skipped when a cell it needs did not parse (told already).
 */

type Row = RegisterRow<Key>;
/** An enterprise a row lists, with the row (and its sheet, when the file was read from several). */
export type Listed = CoverageInput & { rowNo: number; sheet?: string };

/** A cell as trimmed text; null when blank or when it did not parse. */
export const textOf = (row: Row, key: Key) => (readOk(row, key) && cellText(row.values[key])?.trim()) || null;

/**
 * A row's measure cells (read as yuan and a whole count) checked as an agreement entered is; undefined when wrong
 * or when one did not parse.
 */
export function measuresOf(row: Row, errors: RegisterRowError[]) {
  const v = row.values;
  const number = (key: 'costFen' | 'reach') => (!readOk(row, key) || v[key] === null ? null : Number(v[key]));
  const m = { costFen: number('costFen'), reach: number('reach') };
  const problem = findMeasureProblem(m);
  if (problem) errors.push(rowError(row.rowNo, MEASURE_LABELS[problem.field].zh, problem.zh, problem.en));
  return problem || !readOk(row, 'costFen', 'reach') ? undefined : m;
}

/** The agreement's days a row gives, as read (undefined: a day that did not parse). */
export interface RowDays {
  signedOn: string | undefined;
  effectiveOn: string | null | undefined;
  expiresOn: string | undefined;
}

export const daysOf = (row: Row): RowDays => ({
  signedOn: readOk(row, 'signedOn') ? String(row.values.signedOn) : undefined,
  effectiveOn: readOk(row, 'effectiveOn') ? textOf(row, 'effectiveOn') : undefined,
  expiresOn: readOk(row, 'expiresOn') ? String(row.values.expiresOn) : undefined,
});

/**
 * Signed ≤ in force from ≤ in force until, each refusal naming both days; a comparison with a day that did not
 * parse is skipped. Whether the days can be taken (all parsed, in order).
 */
export function checkDays(
  rowNo: number,
  { signedOn, effectiveOn, expiresOn }: RowDays,
  errors: RegisterRowError[],
): boolean {
  if (effectiveOn && signedOn !== undefined && effectiveOn < signedOn) {
    errors.push(
      rowError(
        rowNo,
        '生效日期',
        `生效日期 ${effectiveOn} 早于签订日期 ${signedOn}`,
        `In force from ${effectiveOn}, before it was signed on ${signedOn}`,
      ),
    );
    return false;
  }
  const start = effectiveOn === undefined ? undefined : (effectiveOn ?? signedOn);
  if (expiresOn !== undefined && start !== undefined && expiresOn < start) {
    errors.push(
      rowError(
        rowNo,
        '到期日期',
        `到期日期 ${expiresOn} 早于${effectiveOn ? '生效' : '签订'}日期 ${start}`,
        `Ends on ${expiresOn}, before it ${effectiveOn ? 'came into force' : 'was signed'} on ${start}`,
      ),
    );
    return false;
  }
  return signedOn !== undefined && effectiveOn !== undefined && expiresOn !== undefined;
}

/** How a clerk's English names the enterprise's cells, and whether a name takes 'are'. */
const GIVEN_EN: Record<'name' | 'uscc' | 'workers' | 'womenWorkers', { en: string; plural: boolean }> = {
  name: { en: 'name', plural: false },
  uscc: { en: 'credit code', plural: false },
  workers: { en: 'workers', plural: true },
  womenWorkers: { en: 'women workers', plural: true },
};

/**
 * The enterprise a row lists, checked as the coverage import checks one; undefined when none (or wrong, or a cell
 * of it did not parse). A column missing is told for each, saying what the row gives: a cell that did not parse
 * was given.
 */
export function enterpriseOf(row: Row, errors: RegisterRowError[]): Listed | undefined {
  const { rowNo, values: v } = row;
  const given = (key: 'enterprise' | 'uscc' | 'workers' | 'womenWorkers') =>
    !readOk(row, key) ||
    (key === 'enterprise' || key === 'uscc' ? textOf(row, key) !== null : v[key] !== null);
  const cells = [
    ['name', given('enterprise')],
    ['uscc', given('uscc')],
    ['workers', given('workers')],
    ['womenWorkers', given('womenWorkers')],
  ] as const;
  const filled = cells.filter(([, g]) => g).map(([f]) => f);
  if (!filled.length) return undefined;
  const missing = cells.filter(([f, g]) => !g && f !== 'womenWorkers').map(([f]) => f);
  const givenEn = filled.map((f) => GIVEN_EN[f].en);
  const are = filled.length > 1 || GIVEN_EN[filled[0]].plural ? 'are' : 'is';
  for (const field of missing)
    errors.push(
      rowError(
        rowNo,
        ENTERPRISE[field],
        `填写了覆盖企业的${filled.map((f) => ENTERPRISE[f]).join('、')}，还须填写${ENTERPRISE[field]}`,
        `The covered enterprise's ${givenEn.join(' and ')} ${are} given; its ${GIVEN_EN[field].en} is missing too`,
      ),
    );
  if (missing.length || !readOk(row, 'enterprise', 'uscc', 'workers', 'womenWorkers')) return undefined;
  const checked = checkCoverage({
    uscc: textOf(row, 'uscc') as string,
    name: textOf(row, 'enterprise') as string,
    workers: Number(v.workers),
    womenWorkers: Number(v.womenWorkers ?? 0),
  });
  if ('problem' in checked) {
    const p = checked.problem;
    errors.push(rowError(rowNo, ENTERPRISE[p.field], p.zh, p.en));
    return undefined;
  }
  // checkCoverage's answer is a new object: numbered in place, not copied
  const listed = checked.value as Listed;
  listed.rowNo = rowNo;
  if (row.sheet !== undefined) listed.sheet = row.sheet;
  return listed;
}
