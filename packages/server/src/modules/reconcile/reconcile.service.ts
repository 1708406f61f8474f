import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { notYours } from '../../shared/errors.ts';
import { findOrgsByIds, getOrgInScope } from '../org/index.ts';
import { listKeptCells, listKeptSubjects, readOneSnapshot } from '../reporting/index.ts';
import { type CountDifference, compareCells } from './reconcile.compare.ts';
import { RECOUNTERS } from './reconcile.recounters.ts';

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
  const subjects = RECOUNTERS.flatMap((r) => Object.keys(r.subjects));
  return db.tx(async (sql) => {
    await readOneSnapshot(sql);
    const withoutDim2 = new Set(RECOUNTERS.flatMap((r) => Object.keys(r.withoutDim2 ?? {})));
    const kept = (await listKeptCells(sql, { subjects, path, asOf: q.asOf })).map((c) =>
      withoutDim2.has(c.subject) ? { ...c, dim2: '' } : c,
    );
    const recounted: typeof kept = [];
    for (const r of RECOUNTERS) {
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

/** `clock`: the day reconciled by default is today. */
export function createReconcileService(db: Db, clock: Clock) {
  return {
    today: () => todayInChina(clock()),
    reconcile: (actor: Actor, q: { orgId?: number; asOf?: string }) =>
      reconcileCounts(db, actor, { orgId: q.orgId, asOf: q.asOf ?? todayInChina(clock()) }),
  };
}

export type ReconcileService = ReturnType<typeof createReconcileService>;
