import type { Sql } from '../../db/db.ts';
import { dayAfter } from '../../shared/dates.ts';
import { findUnionEmployers } from '../org/index.ts';
import { addCounts, type CountCellSum, type CountDelta } from '../reporting/index.ts';
import {
  type EnterpriseRow,
  findEnterprises,
  lockEnterprises,
  lockListedEnterprises,
  updateEnterprises,
  upsertCoverage,
} from './agreements.repository.ts';
import { AGREEMENT_KINDS, type AgreementKind, type AgreementLevel } from './agreements.vocabulary.ts';
import { findCoverageSpans } from './coverage.repository.ts';
import { coverageChange, type Span, type Step } from './coverage.steps.ts';

/**
 * The subjects this module keeps in the reporting layer (all dim = the agreement's kind):
 * - `agreements.signed`: agreements signed, on the signing date (dim2 = level) — a flow;
 * - `agreements.in_force`: agreements in force, +1 on the effective date, −1 the day after expiry (dim2 = level);
 * - `agreements.enterprises`: enterprises covered by at least one agreement in force, each once (dim2 = 'due' when it
 *   has a union and, for women workers' agreements, women workers — the enterprises that should have one — else
 *   'other'), counted at the enterprise's union or the listing union;
 * - `agreements.workers`, `agreements.women_workers`: the workers and women workers of those enterprises;
 * - `agreements.measure_cost` (`fen`), `agreements.measure_reach` (`n`): what the agreement's measures cost and the
 *   people they reached, as recorded (agreements.measures.ts), on the signing date in the signing union (dim2 =
 *   level) — a flow beside `signed`, so a period's sums are those of the agreements signed in it.
 */
export const SUBJECTS = {
  signed: 'agreements.signed',
  inForce: 'agreements.in_force',
  enterprises: 'agreements.enterprises',
  workers: 'agreements.workers',
  women: 'agreements.women_workers',
  measureCost: 'agreements.measure_cost',
  measureReach: 'agreements.measure_reach',
} as const;

export interface SignedAgreement {
  orgId: number;
  kind: AgreementKind;
  level: AgreementLevel;
  signedOn: string;
  effectiveOn: string;
  expiresOn: string;
  costFen: number | null;
  reach: number | null;
}

/**
 * The counts a newly signed agreement adds: signed on its date, in force over its term, its measures' cost and
 * reach on its signing date (left out when nothing: every adder drops a delta that changes nothing). With `sign`
 * −1, the counts it takes back (an edit retracts them and adds them again). `until`: the day after its expiry,
 * when the caller has it.
 */
export function signingDeltas(
  a: SignedAgreement,
  sign: 1 | -1 = 1,
  until = dayAfter(a.expiresOn),
): CountDelta[] {
  // Written out, not spread from a common base: a register of 10,000 agreements makes 50,000 of them.
  const { orgId, kind: dim, level: dim2 } = a;
  const out: CountDelta[] = [
    { orgId, dim, dim2, subject: SUBJECTS.signed, on: a.signedOn, n: sign, fen: 0 },
    { orgId, dim, dim2, subject: SUBJECTS.inForce, on: a.effectiveOn, n: sign, fen: 0 },
    { orgId, dim, dim2, subject: SUBJECTS.inForce, on: until, n: -sign, fen: 0 },
  ];
  if (a.costFen)
    out.push({
      orgId,
      dim,
      dim2,
      subject: SUBJECTS.measureCost,
      on: a.signedOn,
      n: 0,
      fen: sign * a.costFen,
    });
  if (a.reach)
    out.push({ orgId, dim, dim2, subject: SUBJECTS.measureReach, on: a.signedOn, n: sign * a.reach, fen: 0 });
  return out;
}

/** `signingDeltas` of a new agreement added to a register's sum (no object a delta); `until` the day after expiry. */
export function addSigningDeltas(sum: CountCellSum, a: SignedAgreement, until: string): void {
  const { orgId, kind: dim, level: dim2 } = a;
  sum.add(SUBJECTS.signed, orgId, a.signedOn, dim, dim2, 1, 0);
  sum.add(SUBJECTS.inForce, orgId, a.effectiveOn, dim, dim2, 1, 0);
  sum.add(SUBJECTS.inForce, orgId, until, dim, dim2, -1, 0);
  if (a.costFen) sum.add(SUBJECTS.measureCost, orgId, a.signedOn, dim, dim2, 0, a.costFen);
  if (a.reach) sum.add(SUBJECTS.measureReach, orgId, a.signedOn, dim, dim2, a.reach, 0);
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
 * The enterprises the listings name, as they will count: each under its own union where it has one (found by its
 * credit code anywhere in the tree), else under the first agreement's union listing it; the first name given.
 */
export function listedOf(
  listings: { agreement: { orgId: number }; rows: CoverageInput[] }[],
  unions: Map<string, { orgId: number; womenWorkerCount: number | null }>,
): Map<string, EnterpriseRow> {
  const listed = new Map<string, EnterpriseRow>();
  for (const l of listings) {
    for (const r of l.rows) {
      const seen = listed.get(r.uscc);
      const own = unions.get(r.uscc);
      listed.set(r.uscc, {
        uscc: r.uscc,
        name: seen?.name ?? r.name,
        orgId: own?.orgId ?? seen?.orgId ?? l.agreement.orgId,
        hasUnion: own !== undefined,
        // with a union, the union's women workers decide (as they decide which enterprises are due one)
        hasWomen: own ? (own.womenWorkerCount ?? 0) > 0 : r.womenWorkers > 0 || !!seen?.hasWomen,
      });
    }
  }
  return listed;
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
  const listed = listedOf(listings, unions);
  const enterprises = await lockEnterprises(sql, [...listed.values()]);
  const before = await findCoverageSpans(sql, kind, usccs);
  // An enterprise listed before its union existed (or before women worked there) is counted again where it
  // belongs now: its coverage so far is taken from where it was counted and added where it is counted now.
  const moves: Move[] = [];
  for (const uscc of usccs) {
    const was = enterprises.get(uscc) as EnterpriseRow;
    const now = listed.get(uscc) as EnterpriseRow;
    const next: EnterpriseRow = {
      ...was,
      orgId: now.hasUnion ? now.orgId : was.orgId,
      hasUnion: now.hasUnion || was.hasUnion,
      hasWomen: now.hasUnion ? now.hasWomen : now.hasWomen || was.hasWomen,
    };
    if (isSame(was, next)) continue;
    moves.push({ was, next });
    enterprises.set(uscc, next);
  }
  const deltas = await moveEnterprises(sql, moves, { kind, spans: before });
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

interface Move {
  was: EnterpriseRow;
  next: EnterpriseRow;
}

export const isSame = (a: EnterpriseRow, b: EnterpriseRow) =>
  a.orgId === b.orgId && a.hasUnion === b.hasUnion && a.hasWomen === b.hasWomen;

/**
 * Moves locked enterprises to where they count now, with their coverage of every kind so far: taken from where
 * each was counted and added where it is counted now. `known` gives one kind's spans already read.
 */
async function moveEnterprises(
  sql: Sql,
  moves: Move[],
  known?: { kind: AgreementKind; spans: Map<string, Span[]> },
): Promise<CountDelta[]> {
  if (!moves.length) return [];
  const usccs = moves.map((m) => m.was.uscc);
  const deltas: CountDelta[] = [];
  for (const k of AGREEMENT_KINDS) {
    const spans = k === known?.kind ? known.spans : await findCoverageSpans(sql, k, usccs);
    for (const { was, next } of moves) {
      for (const step of coverageChange([], spans.get(was.uscc) ?? [])) {
        deltas.push(...stepDeltas(k, was, step, -1), ...stepDeltas(k, next, step, 1));
      }
    }
  }
  await updateEnterprises(
    sql,
    moves.map((m) => m.next),
  );
  return deltas;
}

/**
 * Re-counts the enterprises of these credit codes at the union that now carries the code anywhere in the tree
 * (a grassroots union created, or given its credit code or worker counts, after an agreement listed its
 * enterprise), in the caller's transaction. The union tree calls it through the hook the composition root gives
 * it, so the signing rate does not depend on whether the agreement or the union was entered first.
 */
export async function recountEnterprises(sql: Sql, usccs: string[]): Promise<void> {
  const codes = [...new Set(usccs.filter(Boolean))];
  if (!codes.length) return;
  const enterprises = await lockListedEnterprises(sql, codes);
  if (!enterprises.size) return;
  const unions = await findUnionEmployers(sql, [...enterprises.keys()]);
  const moves: Move[] = [];
  for (const [uscc, was] of enterprises) {
    const own = unions.get(uscc);
    if (!own) continue;
    const next = { ...was, orgId: own.orgId, hasUnion: true, hasWomen: (own.womenWorkerCount ?? 0) > 0 };
    if (!isSame(was, next)) moves.push({ was, next });
  }
  await addCounts(sql, await moveEnterprises(sql, moves));
}

/**
 * The counts an agreement ended before its expiry changes (call it in the ending's transaction, with the agreement
 * locked): in force until its new last day instead of its expiry, and each enterprise it covers as its coverage
 * stands without the days cut off (an enterprise another agreement still covers keeps counting). `setEnded`
 * records the end between the coverage read before and after.
 */
export async function endCoverage(
  sql: Sql,
  a: { id: number; orgId: number; kind: AgreementKind; level: AgreementLevel; expiresOn: string },
  endedOn: string,
  usccs: string[],
  setEnded: () => Promise<void>,
): Promise<void> {
  const enterprises = await lockListedEnterprises(sql, usccs);
  const before = await findCoverageSpans(sql, a.kind, usccs);
  await setEnded();
  const after = await findCoverageSpans(sql, a.kind, usccs);
  const base = { orgId: a.orgId, subject: SUBJECTS.inForce, dim: a.kind, dim2: a.level };
  const deltas: CountDelta[] = [
    { ...base, on: dayAfter(a.expiresOn), n: 1 },
    { ...base, on: dayAfter(endedOn), n: -1 },
  ];
  for (const uscc of usccs) {
    const e = enterprises.get(uscc);
    if (!e) continue;
    for (const step of coverageChange(before.get(uscc) ?? [], after.get(uscc) ?? [])) {
      deltas.push(...stepDeltas(a.kind, e, step, 1));
    }
  }
  await addCounts(sql, deltas);
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
export function stepDeltas(kind: AgreementKind, e: EnterpriseRow, step: Step, sign: 1 | -1): CountDelta[] {
  const { orgId } = e;
  const { on } = step;
  return [
    {
      orgId,
      dim: kind,
      dim2: dueOf(kind, e),
      on,
      subject: SUBJECTS.enterprises,
      n: sign * step.enterprises,
      fen: 0,
    },
    { orgId, dim: kind, dim2: '', on, subject: SUBJECTS.workers, n: sign * step.workers, fen: 0 },
    { orgId, dim: kind, dim2: '', on, subject: SUBJECTS.women, n: sign * step.women, fen: 0 },
  ];
}

/** An enterprise's dim2: 'due' when it should have an agreement of the kind (ADR 20), else 'other'. */
const dueOf = (kind: AgreementKind, e: EnterpriseRow) =>
  e.hasUnion && (kind !== 'women' || e.hasWomen) ? 'due' : 'other';

/** `stepDeltas` added to a register's sum (tens of thousands of steps: no object a delta). */
export function addStepDeltas(
  sum: CountCellSum,
  kind: AgreementKind,
  e: EnterpriseRow,
  step: Step,
  sign: 1 | -1,
): void {
  const { orgId } = e;
  const { on } = step;
  sum.add(SUBJECTS.enterprises, orgId, on, kind, dueOf(kind, e), sign * step.enterprises, 0);
  sum.add(SUBJECTS.workers, orgId, on, kind, '', sign * step.workers, 0);
  sum.add(SUBJECTS.women, orgId, on, kind, '', sign * step.women, 0);
}
