import { cellText, type RegisterRow, readOk } from '../../shared/register-sheet.ts';
import { CLAIM_REGISTER, type ClaimRegisterKey, H, type Outcome } from './insurance.claims.register.ts';
import { problem, type RowProblem } from './insurance.import.rows.ts';

/** A claims register row's days and outcome checked on their own (insurance.claims.import.plan.ts). */

/** A column's English name, by its header. */
const EN = new Map(CLAIM_REGISTER.columns.map((c) => [c.header, c.en]));

/**
 * The days of a row in their order (ADR 40: each not before the one it follows; the first out of order told) and
 * what its outcome needs, each column told. A check over a cell that did not parse is skipped: a day that did not
 * parse is not compared, nor an outcome that did not parse judged, nor a cell that did not parse said missing.
 */
export function checkOutcome(row: RegisterRow<ClaimRegisterKey>): RowProblem[] {
  const v = row.values;
  const out: RowProblem[] = [];
  const day = (k: 'incidentOn' | 'filedOn' | 'forwardedOn' | 'decidedOn' | 'paidOn') =>
    readOk(row, k) ? cellText(v[k]) : undefined;
  const [incidentOn, filedOn, forwardedOn, decidedOn, paidOn] = [
    day('incidentOn'),
    day('filedOn'),
    day('forwardedOn'),
    day('decidedOn'),
    day('paidOn'),
  ];
  // the day each follows: the one before it, given; undefined when that did not parse
  const after = (...days: (string | null | undefined)[]) => days.find((d) => d !== null);
  const order: [string | null | undefined, string | null | undefined, string, string, string][] = [
    [filedOn, incidentOn, H.filedOn, '出险日期', 'the accident day'],
    [forwardedOn, filedOn, H.forwardedOn, '申请日期', 'the filing day'],
    [
      decidedOn,
      after(forwardedOn, filedOn),
      H.decidedOn,
      forwardedOn ? '报送日期' : '申请日期',
      'the day before it',
    ],
    [paidOn, after(decidedOn, filedOn), H.paidOn, '决定日期', 'the decision day'],
  ];
  for (const [d, before, column, zh, en] of order)
    if (d && before && d < before) {
      out.push(problem(column, `${d} 早于${zh} ${before}`, `${d} is before ${en}, ${before}`));
      break;
    }
  if (!readOk(row, 'outcome')) return out;
  const outcome = v.outcome as Outcome;
  const needs = (column: string, zh: string, en: string) =>
    out.push(
      problem(
        column,
        `审核结果为“${zh}”的须填写「${column}」`,
        `An outcome “${en}” needs the ${EN.get(column)}`,
      ),
    );
  const blank = (column: string, zh: string, en: string) =>
    out.push(
      problem(
        column,
        `审核结果为“${zh}”的不填「${column}」`,
        `An outcome “${en}” takes no ${EN.get(column)}`,
      ),
    );
  // a cell given (or that did not parse: it was given, its problem told already)
  const given = (k: ClaimRegisterKey) => readOk(row, k) && v[k] !== null;
  if (outcome === 'pending') {
    for (const [k, column] of [
      ['decidedOn', H.decidedOn],
      ['payout', H.payout],
      ['paidOn', H.paidOn],
      ['rejectReason', H.rejectReason],
    ] as const)
      if (given(k)) {
        blank(column, '待保险公司决定', 'with the insurer');
        break;
      }
    return out;
  }
  if (decidedOn === null) needs(H.decidedOn, outcome === 'approved' ? '赔付' : '拒赔', outcome);
  if (outcome === 'rejected') {
    if (readOk(row, 'rejectReason') && !cellText(v.rejectReason)) needs(H.rejectReason, '拒赔', 'rejected');
    if (given('payout')) blank(H.payout, '拒赔', 'rejected');
    if (paidOn) blank(H.paidOn, '拒赔', 'rejected');
    return out;
  }
  if (readOk(row, 'payout')) {
    if (v.payout === null) needs(H.payout, '赔付', 'approved');
    else if (!(Number(v.payout) > 0))
      out.push(problem(H.payout, '赔付金额须大于0', 'The payout must be above zero'));
  }
  if (given('rejectReason')) blank(H.rejectReason, '赔付', 'approved');
  return out;
}
