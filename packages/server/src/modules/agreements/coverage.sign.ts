import type { Sql } from '../../db/db.ts';
import { dayAfter } from '../../shared/dates.ts';
import { settled } from '../../shared/settled.ts';
import { findUnionEmployers } from '../org/index.ts';
import type { CountCellSum } from '../reporting/index.ts';
import { type EnterpriseRow, lockEnterprises, updateEnterprises } from './agreements.repository.ts';
import type { NewCoverageRow } from './agreements.sign.repository.ts';
import { AGREEMENT_KINDS, type AgreementKind } from './agreements.vocabulary.ts';
import { addStepDeltas, type CoverageInput, isSame, listedOf } from './coverage.counts.ts';
import { findCoverageSpansOfKinds } from './coverage.repository.ts';
import { coverageChange, coverageSteps, type Span } from './coverage.steps.ts';

/** A new agreement (just signed, so not ended; `index` its place among those inserted) and what it covers. */
export interface NewListing {
  agreement: { index: number; orgId: number; effectiveOn: string; expiresOn: string };
  rows: CoverageInput[];
}

/** What a signing may do while `coverNewAgreements` waits on PostgreSQL. */
export interface CoverHooks {
  /** Node's work done while the enterprises' unions are looked up. */
  meanwhile?: () => void;
  /**
   * Called once the coverage before the signing is read: from then on the caller may write the new agreements
   * and their coverage (its statement then runs while node computes the deltas; the update of the enterprises
   * that move is queued behind it).
   */
  spansRead?: () => void;
}

/** The coverage rows of new agreements (naming each agreement by its place), in the order of `byKind`. */
export function coverageRowsOf(byKind: Map<AgreementKind, NewListing[]>): NewCoverageRow[] {
  return [...byKind.values()].flatMap((listings) =>
    listings.flatMap(({ agreement: a, rows: covered }) =>
      covered.map((r) => ({ at: a.index, uscc: r.uscc, workers: r.workers, womenWorkers: r.womenWorkers })),
    ),
  );
}

/**
 * The coverage of newly signed agreements of every kind at once (`signAgreements`): the same enterprise rows,
 * coverage rows and counts as `coverEnterprises` called kind by kind in the order of `byKind`, in five statements
 * instead of six per kind, the coverage after the signing computed from the rows written rather than read back.
 * Needs no agreement's id: the enterprises are written and their coverage before read, then the agreements and
 * their coverage rows (`coverageRowsOf`, naming each agreement by its place) may be inserted (`hooks.spansRead`,
 * `insertAgreementsCovering`) while node computes the deltas, added to `deltas`;
 * answers the update of the enterprises that move, sent and to be awaited after the caller's insert.
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
  deltas: CountCellSum,
  hooks: CoverHooks = {},
): Promise<{ moved: Promise<void> }> {
  const usccSet = new Set<string>();
  for (const listings of byKind.values())
    for (const l of listings) for (const r of l.rows) usccSet.add(r.uscc);
  if (!usccSet.size) {
    hooks.meanwhile?.();
    hooks.spansRead?.();
    return { moved: Promise.resolve() };
  }
  const usccs = [...usccSet];
  // An enterprise's own union is found by its credit code anywhere in the tree (issue 23); the statement is sent
  // at once (ADR 135), node's work for the caller done meanwhile.
  const unionsAsked = settled(findUnionEmployers(sql, usccs));
  hooks.meanwhile?.();
  const unions = await unionsAsked;
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
  hooks.spansRead?.();
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
  // queued behind the caller's insert (hooks.spansRead): the caller awaits it after that insert, so that each
  // statement's refusal is answered as its own
  const moving = settled(updateEnterprises(sql, moved));
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
        for (const step of steps) addStepDeltas(deltas, kind, end, step, 1);
        continue;
      }
      for (const step of coverageSteps(old)) addStepDeltas(deltas, kind, start, step, -1);
      for (const step of coverageSteps(now ? [...old, ...now] : old))
        addStepDeltas(deltas, kind, end, step, 1);
    }
  }
  return { moved: moving };
}
