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
  const sum = new CountCellSum();
  for (const d of deltas) sum.push(d);
  return sum.cells();
}

/**
 * `sumCountCells` as deltas come (issue 42): a register pushes its deltas here as it makes them, as into an
 * array, and takes the cells after. A delta is kept as its columns' ids and its sums (typed arrays), not as the
 * object: a register's 90,000 deltas are not held until the sum (they were most of the import's garbage
 * collection). The cells are those `sumCountCells` answers for the same deltas in the same order.
 */
export class CountCellSum {
  private readonly subjects = new Ranks<string>();
  private readonly orgs = new Ranks<number>();
  private readonly days = new Ranks<string>();
  private readonly dims = new Ranks<string>();
  private readonly dims2 = new Ranks<string>();
  // each distinct `on` taken to its cell's day once, not three patterns tried for every delta
  private readonly dayOfOn = new Map<string, string>();
  private length = 0;
  private ids = [0, 1, 2, 3, 4].map(() => new Uint32Array(1024));
  private ns = new Float64Array(1024);
  private fens = new Float64Array(1024);

  /** Adds deltas (one that changes nothing is left out); answers how many are kept, as an array's push would. */
  push(...deltas: CountDelta[]): number {
    for (const d of deltas) {
      if (!d.n && !d.fen) continue;
      if (this.length === this.ns.length) this.grow();
      const i = this.length;
      let day = this.dayOfOn.get(d.on);
      if (day === undefined) {
        day = dayOf(d.on);
        this.dayOfOn.set(d.on, day);
      }
      this.ids[0][i] = this.subjects.idOf(d.subject);
      this.ids[1][i] = this.orgs.idOf(d.orgId);
      this.ids[2][i] = this.days.idOf(day);
      this.ids[3][i] = this.dims.idOf(d.dim ?? '');
      this.ids[4][i] = this.dims2.idOf(d.dim2 ?? '');
      this.ns[i] = d.n ?? 0;
      this.fens[i] = d.fen ?? 0;
      this.length = i + 1;
    }
    return this.length;
  }

  private grow() {
    const size = this.ns.length * 2;
    const bigger = <T extends Uint32Array | Float64Array>(a: T, make: (n: number) => T) => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.ids = this.ids.map((a) => bigger(a, (n) => new Uint32Array(n)));
    this.ns = bigger(this.ns, (n) => new Float64Array(n));
    this.fens = bigger(this.fens, (n) => new Float64Array(n));
  }

  /** The cells, summed and sorted by (subject, union, day, dim, dim2), those summing to nothing left out. */
  cells(): CountDelta[] {
    const { length, ids, ns, fens } = this;
    const columns = [this.subjects, this.orgs, this.days, this.dims, this.dims2];
    const ranks = columns.map((r) => r.ranks());
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
    const keys = new Float64Array(fits ? length : 0);
    for (let i = 0; i < keys.length; i += 1) {
      let key = 0;
      for (let c = 0; c < ranks.length; c += 1) key = key * ranks[c].length + rankOf(c, i);
      keys[i] = key;
    }
    // With room beside the key for the delta's place, the keys and places sort as plain numbers (natively, no
    // comparison called): the same order as sorting the places by key, ties in place order.
    const slots = 2 ** Math.ceil(Math.log2(length + 1));
    let order: number[] | Uint32Array;
    if (fits && Number.isSafeInteger(ranks.reduce((w, r) => w * Math.max(r.length, 1), slots))) {
      const packed = new Float64Array(length);
      for (let i = 0; i < length; i += 1) packed[i] = keys[i] * slots + i;
      packed.sort();
      order = new Uint32Array(length);
      for (let i = 0; i < length; i += 1) order[i] = packed[i] % slots;
    } else {
      order = Array.from({ length }, (_, i) => i);
      order.sort(fits ? (a, b) => keys[a] - keys[b] : compare);
    }
    const same = fits
      ? (a: number, b: number) => keys[a] === keys[b]
      : (a: number, b: number) => !compare(a, b);
    const cells: CountDelta[] = [];
    for (let at = 0; at < order.length; ) {
      const first = order[at];
      let n = 0;
      let fen = 0;
      let next = at;
      for (; next < order.length && same(first, order[next]); next += 1) {
        n += ns[order[next]];
        fen += fens[order[next]];
      }
      at = next;
      if (!n && !fen) continue;
      cells.push({
        subject: this.subjects.value(ids[0][first]),
        orgId: this.orgs.value(ids[1][first]),
        on: this.days.value(ids[2][first]),
        dim: this.dims.value(ids[3][first]),
        dim2: this.dims2.value(ids[4][first]),
        n,
        fen,
      });
    }
    return cells;
  }
}

/** The distinct values of one column, each given an id as first seen, then ranked in sorted order. */
class Ranks<T extends string | number> {
  private readonly ids = new Map<T, number>();
  private readonly values: T[] = [];

  /** The value an id was given to. */
  value(id: number): T {
    return this.values[id];
  }

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
