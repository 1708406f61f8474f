import { formatYuan } from '../../shared/money.ts';
import { differsFromRecord, type Said, said } from '../../shared/register-same.ts';
import { H } from './insurance.claims.register.ts';
import type { HeldClaim, ImportedClaim } from './insurance.import.repository.ts';
import { problem, type RowProblem } from './insurance.import.rows.ts';

const KIND: Record<string, Said> = {
  medical: { zh: '意外医疗', en: 'medical' },
  disability: { zh: '意外伤残', en: 'disability' },
  death: { zh: '意外身故', en: 'death' },
};
/** A claim's state as the register's 审核结果 says it (approved, paid or not, is 赔付). */
const STATE: Record<string, Said> = {
  filed: { zh: '审核中', en: 'under review' },
  returned: { zh: '已退回', en: 'returned' },
  forwarded: { zh: '待保险公司决定', en: 'with the insurer' },
  approved: { zh: '赔付（未支付）', en: 'approved, not paid' },
  paid: { zh: '赔付（已支付）', en: 'approved and paid' },
  rejected: { zh: '拒赔', en: 'rejected' },
  withdrawn: { zh: '已撤回', en: 'withdrawn' },
};

/**
 * How a claim of the register differs from the one on record (the same worker, policy, accident day and filing day):
 * its kind, place, account, state, days, payout and reason for rejection. A register sent again whole holds its old
 * claims: one given as it stands is skipped, not refused. One that differs is refused (nothing on record is
 * overwritten): each difference a problem of its row. The claim's state is compared before its days, so a claim
 * forwarded or paid since on the page is said as such, not as a day missing.
 */
export function claimDiffers(c: ImportedClaim, kept: HeldClaim): RowProblem[] {
  const out: RowProblem[] = [];
  const onRecord = {
    zh: `该职工${c.incidentOn}出险、${c.filedOn}申请的理赔已登记在本保单下`,
    en: `This worker's claim for the accident on ${c.incidentOn}, filed ${c.filedOn}, is on record on this policy`,
  };
  const differ = (column: string, was: Said, now: Said) => {
    const { zh, en } = differsFromRecord(onRecord, was, now);
    out.push(problem(column, zh, en));
  };
  const yuan = (fen: number | null) => said(fen === null ? null : formatYuan(fen));
  const state = (s: string) => STATE[s] ?? said(s);
  if (c.kind !== kept.kind) differ(H.kind, KIND[kept.kind] ?? said(kept.kind), KIND[c.kind]);
  if (c.place !== kept.place) differ(H.place, said(kept.place), said(c.place));
  if (c.description !== kept.description) differ(H.description, said(kept.description), said(c.description));
  if (c.status !== kept.status) {
    differ(H.outcome, state(kept.status), state(c.status));
    return out;
  }
  if (c.forwardedOn !== kept.forwardedOn) differ(H.forwardedOn, said(kept.forwardedOn), said(c.forwardedOn));
  if (c.decidedOn !== kept.decidedOn) differ(H.decidedOn, said(kept.decidedOn), said(c.decidedOn));
  if (c.payoutFen !== kept.payoutFen) differ(H.payout, yuan(kept.payoutFen), yuan(c.payoutFen));
  if (c.paidOn !== kept.paidOn) differ(H.paidOn, said(kept.paidOn), said(c.paidOn));
  if (c.rejectReason !== kept.rejectReason)
    differ(H.rejectReason, said(kept.rejectReason), said(c.rejectReason));
  return out;
}
