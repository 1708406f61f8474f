import type { Sql } from '../../db/db.ts';
import { sumCounts } from '../reporting/index.ts';
import { grassrootsCodes, memberFigures, unionFigures, unionPaths } from './returns.figures.repository.ts';
import { FIGURES, type FigureKey, type UnitType, unitTypeOf } from './returns.figures.ts';

/** The unions a return's figures are computed for, each with its materialised path. */
export interface FigureUnion {
  orgId: number;
  path: string;
}

const idsOf = (path: string) => path.split('/').filter(Boolean).map(Number);

/**
 * The bound figures of every union in `unions` (a recorded figure only where something is recorded) (the return's fillers and consolidating unions, all in the subtree
 * of `rootPath`), over [from, to]: each fact counts for the nearest of those unions at or above where it happened.
 */
export async function computeFigures(
  sql: Sql,
  q: { rootPath: string; unions: FigureUnion[]; from: string; to: string; keys: FigureKey[] },
): Promise<Map<number, Map<FigureKey, number>>> {
  const out = new Map<number, Map<FigureKey, number>>();
  const inReturn = new Set(q.unions.map((u) => u.orgId));
  for (const u of q.unions) out.set(u.orgId, new Map());
  const keys = [...new Set(q.keys)];
  if (!keys.length || !q.unions.length) return out;
  /** The nearest union of the return at or above a path. */
  const nearest = (path: string) => {
    const ids = idsOf(path);
    for (let i = ids.length - 1; i >= 0; i -= 1) if (inReturn.has(ids[i])) return ids[i];
    return null;
  };
  const add = (orgId: number | null, key: FigureKey, v: number) => {
    if (orgId === null) return;
    const m = out.get(orgId) as Map<FigureKey, number>;
    m.set(key, (m.get(key) ?? 0) + v);
  };
  for (const key of keys) if (!FIGURES[key].recorded) for (const m of out.values()) m.set(key, 0);

  const memberKeys = keys.filter((k) => FIGURES[k].source.kind === 'members');
  if (memberKeys.length) {
    for (const r of await memberFigures(sql, q.rootPath, q.to)) {
      const at = nearest(r.path);
      for (const k of memberKeys) {
        const s = FIGURES[k].source as { column: 'total' | 'women' | 'new_employment' | 'front_line' };
        add(at, k, r[s.column]);
      }
    }
  }
  const unionKeys = keys.filter((k) => FIGURES[k].source.kind === 'unions');
  if (unionKeys.length) {
    for (const r of await unionFigures(sql, q.rootPath, q.to)) {
      const at = nearest(r.path);
      for (const k of unionKeys) {
        const s = FIGURES[k].source as { column: 'grassroots' | 'workers' | 'women_workers' };
        const v = r[s.column];
        if (v !== null) add(at, k, v);
      }
    }
  }
  const unitKeys = keys.filter((k) => FIGURES[k].source.kind === 'unit_type');
  if (unitKeys.length) {
    // a union answering for a grassroots union whose code is not recorded gets no figure: its clerk types them
    const unknown = new Set<number>();
    const counted = new Map<number, Map<UnitType, number>>();
    for (const r of await grassrootsCodes(sql, q.rootPath, q.to)) {
      const at = nearest(r.path);
      if (at === null) continue;
      const type = unitTypeOf(r.uscc);
      if (!type) {
        unknown.add(at);
        continue;
      }
      const m = counted.get(at) ?? new Map<UnitType, number>();
      m.set(type, (m.get(type) ?? 0) + 1);
      counted.set(at, m);
    }
    for (const u of q.unions) {
      if (unknown.has(u.orgId)) continue;
      for (const k of unitKeys) {
        const s = FIGURES[k].source as { type: UnitType };
        add(u.orgId, k, counted.get(u.orgId)?.get(s.type) ?? 0);
      }
    }
  }
  const pathOf = new Map(q.unions.map((u) => [u.orgId, u.path]));
  for (const k of keys) {
    const s = FIGURES[k].source;
    if (s.kind !== 'counts') continue;
    const rows = await sumCounts(sql, {
      subject: s.subject,
      path: q.rootPath,
      from: s.state ? undefined : q.from,
      to: q.to,
      by: ['org', 'dim'],
    });
    const kept = rows.filter((r) => !s.dims || s.dims.includes(r.dim));
    if (!s.rolledUp) {
      const paths = await orgPaths(
        sql,
        q.rootPath,
        kept.map((r) => r.orgId),
        pathOf,
      );
      for (const r of kept) add(nearest(paths.get(r.orgId) ?? ''), k, r[s.measure]);
      continue;
    }
    // Each cell holds its union's whole subtree: a union's own share is its cell less the cells of the nearest
    // unions of the return below it.
    const cell = new Map<number, number>();
    for (const r of kept)
      if (inReturn.has(r.orgId)) cell.set(r.orgId, (cell.get(r.orgId) ?? 0) + r[s.measure]);
    for (const u of q.unions) {
      const v = cell.get(u.orgId) ?? 0;
      if (!v) continue;
      add(u.orgId, k, v);
      const above = nearest(u.path.slice(0, u.path.slice(0, -1).lastIndexOf('/') + 1));
      add(above, k, -v);
    }
  }
  return out;
}

/** The paths of counted unions, read once for those not already known. */
async function orgPaths(sql: Sql, rootPath: string, ids: number[], known: Map<number, string>) {
  const paths = new Map(known);
  const missing = [...new Set(ids.filter((id) => !paths.has(id)))];
  if (missing.length) for (const r of await unionPaths(sql, rootPath, missing)) paths.set(r.id, r.path);
  return paths;
}
