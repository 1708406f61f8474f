import { type Actor, can } from '../../access/access.ts';
import { fieldError } from '../../shared/errors.ts';
import type { IdProtector } from '../people/index.ts';

/**
 * The states in which a claim stands for its accident (ADR 62, issue 41): under review, with the insurer, approved or
 * paid. A claim returned to the claimant, rejected by the insurer or withdrawn no longer does, and the same accident
 * may be claimed again; `005_insurance_claim_once.sql` holds the same list in its index.
 */
export const LIVE_CLAIM_STATES = ['filed', 'forwarded', 'approved', 'paid'] as const;
/** Days after filing by which a claim not yet decided is overdue. */
export const OVERDUE_DAYS = 30;

export const err = fieldError;
/** The later of two days written YYYY-MM-DD. */
export const laterDay = (a: string, b: string) => (a.localeCompare(b) >= 0 ? a : b);
export const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
/** The programs preset through whose ledger a union pays the payouts of a policy it pays (payer 'union'). */
export const PAYOUT_PRESET = 'insurance-claim-payout';
/** The ledger subject of a claim's payout: granted once. */
export const payoutSubject = (claimId: number) => `insurance-claim:${claimId}`;

/**
 * The payouts of these claims as every screen sums them: 赔付金额合计, the payouts decided (approved or paid), and
 * 其中已支付, those paid (the claims export, the register's import).
 */
export function payoutTotals(claims: readonly { status: string; payoutFen: number | null }[]) {
  let payoutFen = 0;
  let paidFen = 0;
  for (const c of claims) {
    payoutFen += c.payoutFen ?? 0;
    if (c.status === 'paid') paidFen += c.payoutFen ?? 0;
  }
  return { payoutFen, paidFen };
}

/**
 * The ID number a list or export shows for a person: full only when asked by a role that may reveal it
 * (people.reveal_id, as for the member export; the caller audits a full one as an ID export), masked otherwise.
 */
export function idRevealer(actor: Actor, full: boolean, ids: IdProtector | null) {
  if (full && !can(actor, 'people.reveal_id'))
    throw err(
      'forbidden',
      'INSURANCE_FULL_ID_FORBIDDEN',
      '您的角色无权导出完整身份证号，请导出脱敏清单',
      'Your role may not export full ID numbers; export the masked list instead',
    );
  return (r: { idMasked: string | null; idCipher: string | null }) =>
    full && ids && r.idCipher ? ids.decrypt(r.idCipher) : r.idMasked;
}
