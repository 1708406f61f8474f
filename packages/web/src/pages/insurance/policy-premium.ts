/**
 * The premium a policy is shown with, and what it is: a year kept as totals (its recorded premium given: a year
 * before the platform, or brought in from the policies register as totals) its whole policy's premium as recorded,
 * 保费合计 — what the statistics count for it; any other policy its premium per person for its whole period, 人均保费. The one
 * figure is never shown under the other's name.
 */
export function policyPremium(p: { premiumFen: number; recordedPremiumFen: number | null }): {
  fen: number;
  per: 'person' | 'policy';
} {
  return p.recordedPremiumFen !== null
    ? { fen: p.recordedPremiumFen, per: 'policy' }
    : { fen: p.premiumFen, per: 'person' };
}
