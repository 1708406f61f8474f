import type { CountCell } from '../reporting/index.ts';

/** A cell whose kept count differs from its recount: one figure (subject, dim, dim2) of one union on one day. */
export interface CountDifference {
  subject: string;
  dim: string;
  dim2: string;
  orgId: number;
  day: string;
  kept: { n: number; fen: number };
  recounted: { n: number; fen: number };
}

const keyOf = (c: CountCell) => [c.subject, c.orgId, c.day, c.dim, c.dim2].join('\u0000');

/**
 * The cells where kept and recounted differ (a cell missing on one side counts as zero there), ordered by union,
 * figure and day so a report reads union by union.
 */
export function compareCells(kept: CountCell[], recounted: CountCell[]): CountDifference[] {
  const cells = new Map<string, CountDifference>();
  const cellOf = (c: CountCell) => {
    const key = keyOf(c);
    let d = cells.get(key);
    if (!d) {
      d = {
        subject: c.subject,
        dim: c.dim,
        dim2: c.dim2,
        orgId: c.orgId,
        day: c.day,
        kept: { n: 0, fen: 0 },
        recounted: { n: 0, fen: 0 },
      };
      cells.set(key, d);
    }
    return d;
  };
  for (const c of kept) {
    const d = cellOf(c);
    d.kept.n += c.n;
    d.kept.fen += c.fen;
  }
  for (const c of recounted) {
    const d = cellOf(c);
    d.recounted.n += c.n;
    d.recounted.fen += c.fen;
  }
  return [...cells.values()]
    .filter((d) => d.kept.n !== d.recounted.n || d.kept.fen !== d.recounted.fen)
    .sort(
      (a, b) =>
        a.orgId - b.orgId ||
        a.subject.localeCompare(b.subject) ||
        a.dim.localeCompare(b.dim) ||
        a.dim2.localeCompare(b.dim2) ||
        a.day.localeCompare(b.day),
    );
}
