import { type CountDelta, dayOf } from './reporting.repository.ts';

/**
 * Deltas summed per cell (subject, union, day, dim, dim2) for `addCountCells`, each `on` taken to its cell's day
 * as `addCounts` takes it, cells summing to nothing left out, sorted by the cell: what `addCounts`' statement sums
 * and sorts, done by the caller (issue 42) while another of its statements runs.
 *
 * A register's 90,000 deltas are not keyed by a joined string: each column's few distinct values are ranked in
 * the cells' order, a delta's cell is one number made of its ranks, and the deltas sorted by that number are
 * summed where it repeats — the same cells, in the same order, as a map of strings sorted after.
 */
export function sumCountCells(deltas: CountDelta[]): CountDelta[] {
  const live = deltas.filter((d) => d.n || d.fen);
  const subjects = new Ranks<string>();
  const orgs = new Ranks<number>();
  const days = new Ranks<string>();
  const dims = new Ranks<string>();
  const dims2 = new Ranks<string>();
  const ids = [subjects, orgs, days, dims, dims2].map(() => new Uint32Array(live.length));
  // each distinct `on` taken to its cell's day once, not three patterns tried for every delta
  const dayOfOn = new Map<string, string>();
  const cellDay = (on: string) => {
    let day = dayOfOn.get(on);
    if (day === undefined) {
      day = dayOf(on);
      dayOfOn.set(on, day);
    }
    return day;
  };
  live.forEach((d, i) => {
    ids[0][i] = subjects.idOf(d.subject);
    ids[1][i] = orgs.idOf(d.orgId);
    ids[2][i] = days.idOf(cellDay(d.on));
    ids[3][i] = dims.idOf(d.dim ?? '');
    ids[4][i] = dims2.idOf(d.dim2 ?? '');
  });
  const ranks = [subjects, orgs, days, dims, dims2].map((r) => r.ranks());
  const rankOf = (c: number, i: number) => ranks[c][ids[c][i]];
  const compare = (a: number, b: number) => {
    for (let c = 0; c < ranks.length; c += 1) {
      const d = rankOf(c, a) - rankOf(c, b);
      if (d) return d;
    }
    return 0;
  };
  // The ranks as one number when they fit (always, but for more distinct values than a register has): one
  // comparison a pair instead of five.
  const fits = Number.isSafeInteger(ranks.reduce((w, r) => w * Math.max(r.length, 1), 1));
  const keys = new Float64Array(fits ? live.length : 0);
  for (let i = 0; i < keys.length; i += 1) {
    let key = 0;
    for (let c = 0; c < ranks.length; c += 1) key = key * ranks[c].length + rankOf(c, i);
    keys[i] = key;
  }
  const order = Array.from(live, (_, i) => i);
  order.sort(fits ? (a, b) => keys[a] - keys[b] : compare);
  const same = fits
    ? (a: number, b: number) => keys[a] === keys[b]
    : (a: number, b: number) => !compare(a, b);
  const cells: CountDelta[] = [];
  for (let at = 0; at < order.length; ) {
    const first = live[order[at]];
    let n = 0;
    let fen = 0;
    let next = at;
    for (; next < order.length && same(order[at], order[next]); next += 1) {
      n += live[order[next]].n ?? 0;
      fen += live[order[next]].fen ?? 0;
    }
    at = next;
    if (!n && !fen) continue;
    const { subject, orgId } = first;
    cells.push({
      subject,
      orgId,
      on: cellDay(first.on),
      dim: first.dim ?? '',
      dim2: first.dim2 ?? '',
      n,
      fen,
    });
  }
  return cells;
}

/** The distinct values of one column, each given an id as first seen, then ranked in sorted order. */
class Ranks<T extends string | number> {
  private readonly ids = new Map<T, number>();
  private readonly values: T[] = [];

  idOf(value: T): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }

  /** Each id's rank among the values (strings as `<` orders them, numbers by size). */
  ranks(): Uint32Array {
    const byValue = this.values.map((_, id) => id);
    byValue.sort((a, b) => {
      const x = this.values[a];
      const y = this.values[b];
      return x < y ? -1 : x > y ? 1 : 0;
    });
    const rank = new Uint32Array(this.values.length);
    byValue.forEach((id, r) => {
      rank[id] = r;
    });
    return rank;
  }
}
