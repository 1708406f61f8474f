import type { Sql } from '../../db/db.ts';
import { addCounts } from '../reporting/index.ts';
import { insertAgreement, type NewAgreement } from './agreements.repository.ts';
import { type CoverageInput, coverEnterprises, signingDeltas } from './coverage.counts.ts';

/**
 * Records a signed agreement and what it covers, with its counts, in the caller's transaction (the service after
 * its access check, and the demo). Returns the new agreement's id.
 */
export async function signAgreement(
  sql: Sql,
  union: { id: number; path: string },
  agreement: Omit<NewAgreement, 'orgId'>,
  enterprises: CoverageInput[],
): Promise<number> {
  const row = { ...agreement, orgId: union.id };
  const id = await insertAgreement(sql, row);
  await addCounts(sql, signingDeltas(row));
  await coverEnterprises(sql, { id, kind: row.kind, orgId: union.id, orgPath: union.path }, enterprises);
  return id;
}
