import type { Sql } from '../../db/db.ts';
import { dayAfter } from '../../shared/dates.ts';
import { settled } from '../../shared/settled.ts';
import { findUnionEmployers, type OrgRow } from '../org/index.ts';
import { addCountCells, CountCellSum, findCountCellsOnRecord } from '../reporting/index.ts';
import type { NewAgreement } from './agreements.repository.ts';
import {
  insertAgreementsCovering,
  type LaidAgreements,
  layAgreementsCovering,
} from './agreements.sign.repository.ts';
import type { AgreementKind } from './agreements.vocabulary.ts';
import { addSigningDeltas, type CoverageInput } from './coverage.counts.ts';
import { coverageRowsOf, coverNewAgreements, type NewListing } from './coverage.sign.ts';

export interface Signing {
  union: { id: number; path: string };
  agreement: Omit<NewAgreement, 'orgId'>;
  enterprises: CoverageInput[];
}

/**
 * Records signed agreements and what they cover, with their counts, in the caller's transaction (the service for
 * one after its access check, the demo for many at once). An enterprise first listed earlier in `signings` counts
 * where that listing puts it. Returns the new agreements' ids in order.
 *
 * With `read` (a register: another connection than the transaction's, ADR 93), the count cells already on record
 * are looked up there while the transaction writes the agreements and their coverage, so the cells that are new
 * are inserted without merging (`addCountCells`).
 */
export async function signAgreements(sql: Sql, signings: Signing[], read?: Sql): Promise<number[]> {
  const rows = signings.map((s) => ({ ...s.agreement, orgId: s.union.id }));
  const byKind = new Map<AgreementKind, NewListing[]>();
  signings.forEach((s, index) => {
    const { kind, effectiveOn, expiresOn } = s.agreement;
    const listing = { agreement: { index, orgId: s.union.id, effectiveOn, expiresOn }, rows: s.enterprises };
    const same = byKind.get(kind);
    if (same) same.push(listing);
    else byKind.set(kind, [listing]);
  });
  // The agreements and their coverage (one statement) are laid out while the enterprises' unions are looked up,
  // and inserted as soon as the coverage before is read: PostgreSQL writes them while node makes the coverage's
  // deltas and sums what they and the agreements add to each count's cell.
  let laid: LaidAgreements = null;
  let inserting: Promise<number[]> = Promise.resolve([]);
  // the deltas summed into their cells as they are made (none of the 90,000 kept as an object)
  const deltas = new CountCellSum();
  const { moved } = await coverNewAgreements(sql, byKind, deltas, {
    meanwhile: () => {
      laid = layAgreementsCovering(rows, coverageRowsOf(byKind));
    },
    spansRead: () => {
      inserting = settled(insertAgreementsCovering(sql, laid));
    },
  });
  const untils = new Map<string, string>();
  for (const r of rows) {
    let until = untils.get(r.expiresOn);
    if (until === undefined) {
      until = dayAfter(r.expiresOn);
      untils.set(r.expiresOn, until);
    }
    addSigningDeltas(deltas, r, until);
  }
  // The cells' literals laid out once, straight from the sum, for the look-up of those on record and their insert.
  const cells = deltas.lay();
  const onRecord = read && (await findCountCellsOnRecord(read, cells));
  // The cells' statement is queued behind the insert (db.ts sends it when the insert ends).
  const adding = settled(addCountCells(sql, cells, onRecord));
  // awaited in the order sent: a refusal is answered as its own statement's error
  const ids = await inserting;
  await moved;
  await adding;
  return ids;
}

/**
 * What an enterprise agreement listing no enterprise covers: the signing union's own employer, with the worker
 * figures the union tree holds; undefined when the union has no credit code on record.
 */
export async function ownEnterprise(
  sql: Sql,
  union: Pick<OrgRow, 'uscc' | 'employerName' | 'name'>,
): Promise<CoverageInput | undefined> {
  if (!union.uscc) return undefined;
  const facts = (await findUnionEmployers(sql, [union.uscc])).get(union.uscc);
  const workers = facts?.workerCount ?? 0;
  return {
    uscc: union.uscc,
    name: union.employerName ?? union.name,
    workers,
    womenWorkers: Math.min(facts?.womenWorkerCount ?? 0, workers),
  };
}
