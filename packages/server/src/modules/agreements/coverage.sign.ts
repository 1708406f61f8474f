import type { Sql } from '../../db/db.ts';
import { dayAfter } from '../../shared/dates.ts';
import { findUnionEmployers } from '../org/index.ts';
import type { CountDelta } from '../reporting/index.ts';
import { type EnterpriseRow, lockEnterprises, updateEnterprises } from './agreements.repository.ts';
import type { NewCoverageRow } from './agreements.sign.repository.ts';
import { AGREEMENT_KINDS, type AgreementKind } from './agreements.types.ts';
import { type CoverageInput, isSame, listedOf, pushStepDeltas } from './coverage.counts.ts';
import { findCoverageSpansOfKinds } from './coverage.repository.ts';
import { coverageChange, coverageSteps, type Span } from './coverage.steps.ts';

/** A new agreement (just signed, so not ended; `index` its place among those inserted) and what it covers. */
export interface NewListing {
  agreement: { index: number; orgId: number; effectiveOn: string; expiresOn: string };
  rows: CoverageInput[];
}

/** What signing the agreements does to coverage: the counts' deltas, and the coverage rows (by agreement's place). */
export interface NewCoverage {
  deltas: CountDelta[];
  rows: NewCoverageRow[];
}

/**
 * The coverage of newly signed agreements of every kind at once (`signAgreements`): the same enterprise rows,
 * coverage rows and counts as `coverEnterprises` called kind by kind in the order of `byKind`, in five statements
 * instead of six per kind, the coverage after the signing computed from the rows written rather than read back.
 * Needs no agreement's id: the enterprises are written and the deltas computed before the agreements are
 * inserted; the coverage rows name their agreement by its place, inserted with it (`insertAgreementsCovering`).
 *
 * Kind by kind, an enterprise is added with what the first kind listing it says, then moved (with its coverage of
 * every kind so far) whenever a later kind's listing changes where it counts. Every move takes all its coverage
 * from where it was and adds it where it goes, so the sum of all the deltas is, per enterprise and kind, its
 * coverage after at the place it ends up less its coverage before at the place it started — computed here
 * directly, and summed per cell by `addCounts` as the kind-by-kind deltas were.
 */
export async function coverNewAgreements(
  sql: Sql,
  byKind: Map<AgreementKind, NewListing[]>,
): Promise<NewCoverage> {
  const usccSet = new Set<string>();
  for (const listings of byKind.values())
    for (const l of listings) for (const r of l.rows) usccSet.add(r.uscc);
  if (!usccSet.size) return { deltas: [], rows: [] };
  const usccs = [...usccSet];
  // An enterprise's own union is found by its credit code anywhere in the tree (issue 23).
  const unions = await findUnionEmployers(sql, usccs);
  const listedByKind = new Map<AgreementKind, Map<string, EnterpriseRow>>();
  const first = new Map<string, EnterpriseRow>();
  for (const [kind, listings] of byKind) {
    const listed = listedOf(listings, unions);
    listedByKind.set(kind, listed);
    for (const [uscc, e] of listed) if (!first.has(uscc)) first.set(uscc, e);
  }
  // Added as the first kind listing each says (one already on file keeps its row), then locked.
  const initial = await lockEnterprises(sql, [...first.values()]);
  const before = await findCoverageSpansOfKinds(sql, usccs);
  // Where each ends up: the moves kind by kind, as coverEnterprises makes them.
  const final = new Map(initial);
  for (const listed of listedByKind.values()) {
    for (const [uscc, now] of listed) {
      const was = final.get(uscc) as EnterpriseRow;
      const orgId = now.hasUnion ? now.orgId : was.orgId;
      const hasUnion = now.hasUnion || was.hasUnion;
      const hasWomen = now.hasUnion ? now.hasWomen : now.hasWomen || was.hasWomen;
      // a copy only when it moves (isSame's three fields)
      if (orgId !== was.orgId || hasUnion !== was.hasUnion || hasWomen !== was.hasWomen)
        final.set(uscc, { ...was, orgId, hasUnion, hasWomen });
    }
  }
  const moved = usccs.flatMap((u) => {
    const next = final.get(u) as EnterpriseRow;
    return isSame(initial.get(u) as EnterpriseRow, next) ? [] : [next];
  });
  await updateEnterprises(sql, moved);
  const added = new Map<AgreementKind, Map<string, Span[]>>();
  const nextDays = new Map<string, string>();
  for (const [kind, listings] of byKind) {
    const spans = new Map<string, Span[]>();
    added.set(kind, spans);
    for (const { agreement: a, rows } of listings) {
      let until = nextDays.get(a.expiresOn);
      if (until === undefined) {
        until = dayAfter(a.expiresOn);
        nextDays.set(a.expiresOn, until);
      }
      for (const r of rows) {
        const span = { from: a.effectiveOn, until, workers: r.workers, women: r.womenWorkers };
        const list = spans.get(r.uscc);
        if (list) list.push(span);
        else spans.set(r.uscc, [span]);
      }
    }
  }
  const deltas: CountDelta[] = [];
  for (const kind of AGREEMENT_KINDS) {
    const was = before.get(kind);
    const add = added.get(kind);
    for (const uscc of usccs) {
      const old = was?.get(uscc) ?? [];
      const now = add?.get(uscc);
      const start = initial.get(uscc) as EnterpriseRow;
      const end = final.get(uscc) as EnterpriseRow;
      if (isSame(start, end)) {
        if (!now) continue;
        const steps = old.length ? coverageChange(old, [...old, ...now]) : coverageSteps(now);
        for (const step of steps) pushStepDeltas(deltas, kind, end, step, 1);
        continue;
      }
      for (const step of coverageSteps(old)) pushStepDeltas(deltas, kind, start, step, -1);
      for (const step of coverageSteps(now ? [...old, ...now] : old))
        pushStepDeltas(deltas, kind, end, step, 1);
    }
  }
  const rows = [...byKind.values()].flatMap((listings) =>
    listings.flatMap(({ agreement: a, rows: covered }) =>
      covered.map((r) => ({ at: a.index, uscc: r.uscc, workers: r.workers, womenWorkers: r.womenWorkers })),
    ),
  );
  return { deltas, rows };
}
