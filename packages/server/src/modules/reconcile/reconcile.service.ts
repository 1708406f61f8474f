import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { notYours } from '../../shared/errors.ts';
import { findOrgsByIds, getOrgInScope } from '../org/index.ts';
import type { Recounter } from '../reporting/index.ts';
import { listKeptCells, listKeptSubjects, readOneSnapshot } from '../reporting/index.ts';
import { type CountDifference, compareCells } from './reconcile.compare.ts';
import { figureName } from './reconcile.recounters.ts';

export interface ReconcileResult {
  /** The subtree reconciled: its root union (null: the whole platform). */
  org: { id: number; name: string } | null;
  asOf: string;
  /** The subjects recounted from their rows. */
  checked: string[];
  /** Subjects counted in the subtree that no module recounts yet (not compared). */
  unchecked: string[];
  /** Kept cells compared. */
  cells: number;
  differences: Array<CountDifference & { orgName: string }>;
}

/**
 * Reconciles the kept counts of a subtree with their rows (ADR 73): every module that keeps counts recounts its
 * cells from its rows, and each cell dated up to `asOf` whose kept count differs from its recount is a difference.
 * Everything is read in one snapshot.
 */
export async function reconcileCounts(
  db: Db,
  actor: Actor,
  q: { orgId?: number; asOf: string },
  recounters: readonly Recounter[],
): Promise<ReconcileResult> {
  let org: ReconcileResult['org'] = null;
  let path: string;
  if (q.orgId !== undefined) {
    const row = await getOrgInScope(db, actor, q.orgId);
    requireAccess(actor, 'reports.read', { orgPath: row.path });
    org = { id: row.id, name: row.name };
    path = row.path;
  } else {
    if (actor.scopePath === null) throw notYours();
    requireAccess(actor, 'reports.read', { orgPath: actor.scopePath });
    path = actor.scopePath;
  }
  const subjects = recounters.flatMap((r) => Object.keys(r.subjects));
  return db.tx(async (sql) => {
    await readOneSnapshot(sql);
    const withoutDim2 = new Set(recounters.flatMap((r) => Object.keys(r.withoutDim2 ?? {})));
    const kept = (await listKeptCells(sql, { subjects, path, asOf: q.asOf })).map((c) =>
      withoutDim2.has(c.subject) ? { ...c, dim2: '' } : c,
    );
    const recounted: typeof kept = [];
    for (const r of recounters) {
      for (const c of await r.recount(sql, { path })) if (c.day <= q.asOf) recounted.push(c);
    }
    const differences = compareCells(kept, recounted);
    const names = new Map(
      (await findOrgsByIds(sql, [...new Set(differences.map((d) => d.orgId))])).map((o) => [o.id, o.name]),
    );
    const checked = new Set(subjects);
    return {
      org,
      asOf: q.asOf,
      checked: [...checked].sort(),
      unchecked: (await listKeptSubjects(sql, { path, asOf: q.asOf })).filter((s) => !checked.has(s)),
      cells: kept.length,
      differences: differences.map((d) => ({ ...d, orgName: names.get(d.orgId) ?? String(d.orgId) })),
    };
  });
}

/**
 * `clock`: the day reconciled by default is today. `recounters`: every module's manifest's `recounter` (the
 * kernel's `recounters`).
 */
export function createReconcileService(db: Db, clock: Clock, recounters: readonly Recounter[]) {
  return {
    today: () => todayInChina(clock()),
    reconcile: (actor: Actor, q: { orgId?: number; asOf?: string }) =>
      reconcileCounts(db, actor, { orgId: q.orgId, asOf: q.asOf ?? todayInChina(clock()) }, recounters),
    /** A figure's name in Chinese and English (its subject when no recounter names it). */
    figureName: (subject: string) => figureName(recounters, subject),
  };
}

export type ReconcileService = ReturnType<typeof createReconcileService>;
