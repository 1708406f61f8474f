import type { Sql } from '../../db/db.ts';
import { findUnionEmployers } from '../org/index.ts';
import type { CountDelta } from '../reporting/index.ts';
import {
  type EnterpriseRow,
  findCoverageSpans,
  lockEnterprises,
  upsertCoverage,
} from './agreements.repository.ts';
import type { AgreementKind, AgreementLevel } from './agreements.types.ts';
import { coverageChange, dayAfter } from './coverage.steps.ts';

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
  const unions = await findUnionEmployers(sql, usccs);
  const firstListed = new Map<string, EnterpriseRow>();
  for (const r of rows) {
    if (firstListed.has(r.uscc)) continue;
    const union = unions.get(r.uscc);
    const own = union?.path.startsWith(r.agreement.orgPath) ? union : undefined;
    firstListed.set(r.uscc, {
      uscc: r.uscc,
      name: r.name,
      orgId: own?.orgId ?? r.agreement.orgId,
      hasUnion: own !== undefined,
      hasWomen: (own?.womenWorkerCount ?? r.womenWorkers) > 0,
    });
  }
  const enterprises = await lockEnterprises(sql, [...firstListed.values()]);
  const before = await findCoverageSpans(sql, kind, usccs);
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
  const deltas: CountDelta[] = [];
  for (const uscc of usccs) {
    const e = enterprises.get(uscc) as EnterpriseRow;
    const due = e.hasUnion && (kind !== 'women' || e.hasWomen);
    const base = { orgId: e.orgId, dim: kind };
    for (const step of coverageChange(before.get(uscc) ?? [], after.get(uscc) ?? [])) {
      deltas.push(
        {
          ...base,
          subject: SUBJECTS.enterprises,
          dim2: due ? 'due' : 'other',
          on: step.on,
          n: step.enterprises,
        },
        { ...base, subject: SUBJECTS.workers, on: step.on, n: step.workers },
        { ...base, subject: SUBJECTS.women, on: step.on, n: step.women },
      );
    }
  }
  return deltas;
}
