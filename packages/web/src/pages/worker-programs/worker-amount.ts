import { formatFen } from '../../components/money.ts';
import { describeAmount } from '../programs/rule-describe.ts';
import type { MyProgram } from './me-api.ts';

type Shown = Pick<MyProgram, 'amount' | 'limitMode' | 'candidates'>;

/**
 * The amount a worker may expect, in words: a record's own amount when one is to apply with, else the program's; a
 * fixed amount per person, per record or per application as the program limits it, where the staff's words
 * (每人/每项) leave the worker to guess which.
 */
export function amountText(t: Parameters<typeof describeAmount>[0], p: Shown): string {
  const best = p.candidates?.find((c) => c.decision.eligible && !c.applied && c.amountFen != null);
  if (best?.amountFen != null) return formatFen(best.amountFen);
  if (p.amount?.kind === 'fixed') {
    const key =
      p.limitMode === 'per_subject'
        ? 'prog.amountDesc.fixedPerRecord'
        : p.limitMode === 'none'
          ? 'prog.amountDesc.fixedPerApplication'
          : 'prog.amountDesc.fixedPerPerson';
    return t(key, { amount: formatFen(p.amount.fen) });
  }
  if (p.amount) return describeAmount(t, p.amount);
  return '';
}
