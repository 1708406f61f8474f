import type { Sql } from '../../db/db.ts';
import { findUnionEmployers } from '../org/index.ts';
import type { CountDelta } from '../reporting/index.ts';
import {
  type EnterpriseRow,
  findCoverageSpans,
  findEnterprises,
  lockEnterprises,
  updateEnterprises,
  upsertCoverage,
} from './agreements.repository.ts';
import { AGREEMENT_KINDS, type AgreementKind, type AgreementLevel } from './agreements.types.ts';
import { coverageChange, dayAfter, type Step } from './coverage.steps.ts';

/**
 * The subjects this module keeps in the reporting layer (all dim = the agreement's kind):
 * - `agreements.signed`: agreements signed, on the signing date (dim2 = level) — a flow;
 * - `agreements.in_force`: agreements in force, +1 on the effective date, −1 the day after expiry (dim2 = level);
 * - `agreements.enterprises`: enterprises covered by at least one agreement in force, each once (dim2 = 'due' when it
 *   has a union and, for women workers' agreements, women workers — the enterprises that should have one — else
 *   'other'), counted at the enterprise's union or the listing union;
 * - `agreements.workers`, `agreements.women_workers`: the workers and women workers of those enterprises.
 */
export const SUBJECTS = {
  signed: 'agreements.signed',
  inForce: 'agreements.in_force',
  enterprises: 'agreements.enterprises',
  workers: 'agreements.workers',
  women: 'agreements.women_workers',
} as const;

export interface SignedAgreement {
  orgId: number;
  kind: AgreementKind;
  level: AgreementLevel;
  signedOn: string;
  effectiveOn: string;
  expiresOn: string;
}

/** The counts a newly signed agreement adds: signed on its date, in force over its term. */
export function signingDeltas(a: SignedAgreement): CountDelta[] {
  const base = { orgId: a.orgId, dim: a.kind, dim2: a.level };
  return [
    { ...base, subject: SUBJECTS.signed, on: a.signedOn, n: 1 },
    { ...base, subject: SUBJECTS.inForce, on: a.effectiveOn, n: 1 },
    { ...base, subject: SUBJECTS.inForce, on: dayAfter(a.expiresOn), n: -1 },
  ];
}

export interface CoverageInput {
  uscc: string;
  name: string;
  workers: number;
  womenWorkers: number;
}

/** An agreement and the enterprises it is to cover. */
export interface Listing {
  agreement: { id: number; orgId: number; orgPath: string };
  rows: CoverageInput[];
}

/**
 * Adds (or updates) the enterprises agreements of one kind cover and answers the changes of the coverage counts:
 * for each enterprise the change between its coverage over time before and after, so an enterprise two agreements
 * cover counts once and an expired agreement stops counting on the day after expiry. Call it in the agreements'
 * transaction and add the answer with `addCounts`.
 */
export async function coverEnterprises(
  sql: Sql,
  kind: AgreementKind,
  listings: Listing[],
): Promise<CountDelta[]> {
  const rows = listings.flatMap((l) => l.rows.map((r) => ({ ...r, agreement: l.agreement })));
  if (!rows.length) return [];
  const usccs = [...new Set(rows.map((r) => r.uscc))];
  // An enterprise's own union is found by its credit code anywhere in the tree, not only below the union listing
  // it: an industry union's agreement covers enterprises whose unions sit under streets (issue 23).
  const unions = await findUnionEmployers(sql, usccs);
  const listed = new Map<string, EnterpriseRow>();
  for (const r of rows) {
    const seen = listed.get(r.uscc);
    const own = unions.get(r.uscc);
    listed.set(r.uscc, {
      uscc: r.uscc,
      name: seen?.name ?? r.name,
      orgId: own?.orgId ?? seen?.orgId ?? r.agreement.orgId,
      hasUnion: own !== undefined,
      // with a union, the union's women workers decide (as they decide which enterprises are due one)
      hasWomen: own ? (own.womenWorkerCount ?? 0) > 0 : r.womenWorkers > 0 || !!seen?.hasWomen,
    });
  }
  const enterprises = await lockEnterprises(sql, [...listed.values()]);
  const before = await findCoverageSpans(sql, kind, usccs);
  // An enterprise listed before its union existed (or before women worked there) is counted again where it
  // belongs now: its coverage so far is taken from where it was counted and added where it is counted now.
  const deltas: CountDelta[] = [];
  const changed: EnterpriseRow[] = [];
  for (const uscc of usccs) {
    const was = enterprises.get(uscc) as EnterpriseRow;
    const now = listed.get(uscc) as EnterpriseRow;
    const next: EnterpriseRow = {
      ...was,
      orgId: now.hasUnion ? now.orgId : was.orgId,
      hasUnion: now.hasUnion || was.hasUnion,
      hasWomen: now.hasUnion ? now.hasWomen : now.hasWomen || was.hasWomen,
    };
    if (next.orgId === was.orgId && next.hasUnion === was.hasUnion && next.hasWomen === was.hasWomen)
      continue;
    changed.push(next);
    enterprises.set(uscc, next);
    for (const k of AGREEMENT_KINDS) {
      const spans =
        k === kind ? (before.get(uscc) ?? []) : ((await findCoverageSpans(sql, k, [uscc])).get(uscc) ?? []);
      for (const step of coverageChange([], spans)) {
        deltas.push(...stepDeltas(k, was, step, -1), ...stepDeltas(k, next, step, 1));
      }
    }
  }
  await updateEnterprises(sql, changed);
  await upsertCoverage(
    sql,
    rows.map((r) => ({
      agreementId: r.agreement.id,
      uscc: r.uscc,
      workers: r.workers,
      womenWorkers: r.womenWorkers,
    })),
  );
  const after = await findCoverageSpans(sql, kind, usccs);
  for (const uscc of usccs) {
    const e = enterprises.get(uscc) as EnterpriseRow;
    for (const step of coverageChange(before.get(uscc) ?? [], after.get(uscc) ?? [])) {
      deltas.push(...stepDeltas(kind, e, step, 1));
    }
  }
  return deltas;
}

/**
 * The changes of the coverage counts of enterprises already on file when `change` moves their agreements' spans
 * (an agreement's dates corrected, an enterprise taken off one): each enterprise's coverage over time after the
 * change less before it. Call it in the change's transaction and add the answer with `addCounts`.
 */
export async function recountCoverage(
  sql: Sql,
  kind: AgreementKind,
  usccs: string[],
  change: () => Promise<void>,
): Promise<CountDelta[]> {
  const enterprises = await findEnterprises(sql, usccs);
  const before = await findCoverageSpans(sql, kind, usccs);
  await change();
  const after = await findCoverageSpans(sql, kind, usccs);
  return usccs.flatMap((uscc) => {
    const e = enterprises.get(uscc);
    if (!e) return [];
    return coverageChange(before.get(uscc) ?? [], after.get(uscc) ?? []).flatMap((step) =>
      stepDeltas(kind, e, step, 1),
    );
  });
}

/** The counts of one step of an enterprise's coverage, where it is counted (`sign` −1 takes it back). */
function stepDeltas(kind: AgreementKind, e: EnterpriseRow, step: Step, sign: 1 | -1): CountDelta[] {
  const due = e.hasUnion && (kind !== 'women' || e.hasWomen);
  const base = { orgId: e.orgId, dim: kind, on: step.on };
  return [
    { ...base, subject: SUBJECTS.enterprises, dim2: due ? 'due' : 'other', n: sign * step.enterprises },
    { ...base, subject: SUBJECTS.workers, n: sign * step.workers },
    { ...base, subject: SUBJECTS.women, n: sign * step.women },
  ];
}
