import type { Sql } from '../../../db/db.ts';
import { findProgramGrantCounts, type Reconciliation, reconcile } from './ledger.repository.ts';

/**
 * What a program granted, as its ledger has it, for modules whose money flows out through a program (a special
 * fund's grants): the reconciliation over the whole tree plus the people holding a live (unreversed) grant.
 */
export interface ProgramLedgerTotals extends Reconciliation {
  programId: number;
  programName: string;
  ownerOrgId: number;
  /** Live entitlements: approved and not reversed. */
  grants: number;
  /** Distinct persons (or applicant unions) with a live entitlement. */
  helped: number;
}

export async function findProgramLedgerTotals(
  sql: Sql,
  programId: number,
): Promise<ProgramLedgerTotals | undefined> {
  const r = await findProgramGrantCounts(sql, programId);
  if (!r) return undefined;
  const totals = await reconcile(sql, programId, { path: '/' });
  return {
    ...totals,
    programId,
    programName: r.name,
    ownerOrgId: Number(r.ownerOrgId),
    grants: r.grants,
    helped: r.helped,
  };
}
