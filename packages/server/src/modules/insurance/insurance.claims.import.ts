import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { defineRegister } from '../../shared/register-define.ts';
import { settled } from '../../shared/settled.ts';
import type { IdProtector } from '../people/index.ts';
import { addCounts, type CountDelta } from '../reporting/index.ts';
import { type PlannedClaim, planClaimRows } from './insurance.claims.import.plan.ts';
import { CLAIM_REGISTER } from './insurance.claims.register.ts';
import { isClaimFiledTwice } from './insurance.filing.repository.ts';
import { insertImportedClaims } from './insurance.import.repository.ts';
import { requireIds } from './insurance.import.rows.ts';
import { err, payoutTotals } from './insurance.shared.ts';

/**
 * The register of insurance claims (保险理赔台账, issue 42): one row per claim of the policies of the importer's
 * subtree — the policy (its number, or its year), the worker (ID number and name), the accident, the filing day,
 * the insurer's decision with its day and payout, the payment day. Each row is checked as filing checks a claim
 * (ADR 62, issue 41: the accident inside the policy's period, the worker covered that day, one live claim per
 * accident) and its days as ADR 40 orders a claim's steps; a bad row refuses the whole file. Each claim is counted
 * on its filing day and, paid, on its payment day. Nobody is told.
 */
export interface ClaimImportCounts {
  created: number;
  /** Claims on record the register gives as they stand: skipped. */
  onRecord: number;
  paid: number;
  approved: number;
  rejected: number;
  pending: number;
  /** The payouts decided (approved or paid), as the claims export's 赔付金额合计 counts them. */
  payoutFen: number;
  /** Of which paid. */
  paidFen: number;
}

export function createClaimImport(db: Db, clock: Clock, ids: IdProtector | null) {
  return defineRegister(db, clock, {
    spec: CLAIM_REGISTER,
    permission: 'insurance.write',
    plan: (rows, errors, { actor, today }) => planClaimRows(db, actor, requireIds(ids), rows, errors, today),
    counts: ({ claims, onRecord }): ClaimImportCounts => ({
      created: claims.length,
      onRecord,
      paid: claims.filter((c) => c.status === 'paid').length,
      approved: claims.filter((c) => c.status === 'approved').length,
      rejected: claims.filter((c) => c.status === 'rejected').length,
      pending: claims.filter((c) => c.status === 'forwarded').length,
      ...payoutTotals(claims),
    }),
    unionsOf: ({ claims }) => claims.map((c) => c.policyOrgId),
    dryRunExtras: {},
    write: async (sql, { claims }, _counts, { actor }) => {
      // the counts' statement queued behind the claims' (db.ts sends it when the insert ends): its deltas are made
      // while PostgreSQL writes the claims, and no round trip waits between the two
      const inserting = settled(insertImportedClaims(sql, claims, actor.userId || null));
      const counting = settled(addCounts(sql, claimCounts(claims)));
      try {
        await inserting;
      } catch (e) {
        // the same accident filed meanwhile on the page: the index keeps one, and the file is refused
        if (isClaimFiledTwice(e))
          throw err(
            'conflict',
            'INSURANCE_CLAIM_DUPLICATE',
            '文件中有理赔在预检后已由他人报案（同一职工、保单与出险日期），整个文件未导入；请重新预检',
            'A claim of the file was filed by someone else since it was checked (the same worker, policy and accident day); nothing was imported: check the file again',
          );
        throw e;
      }
      await counting;
      return {};
    },
    audit: { action: 'insurance.claim.import', entity: 'insurance_claim' },
  });
}

/** What the claims add to the counts: each on its filing day and, paid, on its payment day with its payout. */
function claimCounts(claims: PlannedClaim[]): CountDelta[] {
  const out: CountDelta[] = [];
  for (const c of claims)
    out.push({ subject: 'insurance.claims_filed', orgId: c.policyOrgId, on: c.filedOn, dim: c.kind, n: 1 });
  for (const c of claims)
    if (c.status === 'paid' && c.paidOn)
      out.push({
        subject: 'insurance.claims_paid',
        orgId: c.policyOrgId,
        on: c.paidOn,
        dim: c.kind,
        n: 1,
        fen: c.payoutFen ?? 0,
      });
  return out;
}
