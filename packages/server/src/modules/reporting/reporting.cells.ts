import { textArray } from '../../shared/pg-array.ts';
import { type CountDelta, dayOf, type LaidCountCells } from './reporting.repository.ts';

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
  return CountCellSum.of(deltas).cells();
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

  /** The sum of `deltas`, taken in their order. */
  static of(deltas: Iterable<CountDelta>): CountCellSum {
    const sum = new CountCellSum();
    for (const d of deltas) sum.push(d);
    return sum;
  }

  /** Adds deltas (one that changes nothing is left out); answers how many are kept, as an array's push would. */
  push(...deltas: CountDelta[]): number {
    for (const d of deltas)
      this.add(d.subject, d.orgId, d.on, d.dim ?? '', d.dim2 ?? '', d.n ?? 0, d.fen ?? 0);
    return this.length;
  }

  /** Adds one delta given as its fields (a register's tens of thousands: no object made for each). */
  add(subject: string, orgId: number, on: string, dim: string, dim2: string, n: number, fen: number): void {
    if (!n && !fen) return;
    if (this.length === this.ns.length) this.grow();
    const i = this.length;
    let day = this.dayOfOn.get(on);
    if (day === undefined) {
      day = dayOf(on);
      this.dayOfOn.set(on, day);
    }
    this.ids[0][i] = this.subjects.idOf(subject);
    this.ids[1][i] = this.orgs.idOf(orgId);
    this.ids[2][i] = this.days.idOf(day);
    this.ids[3][i] = this.dims.idOf(dim);
    this.ids[4][i] = this.dims2.idOf(dim2);
    this.ns[i] = n;
    this.fens[i] = fen;
    this.length = i + 1;
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
    const { count, first, n, fen } = this.summed();
    const { ids } = this;
    const cells: CountDelta[] = [];
    for (let j = 0; j < count; j += 1) {
      const at = first[j];
      cells.push({
        subject: this.subjects.value(ids[0][at]),
        orgId: this.orgs.value(ids[1][at]),
        on: this.days.value(ids[2][at]),
        dim: this.dims.value(ids[3][at]),
        dim2: this.dims2.value(ids[4][at]),
        n: n[j],
        fen: fen[j],
      });
    }
    return cells;
  }

  /**
   * The cells as `cells` answers them, laid out for `findCountCellsOnRecord` and `addCountCells` (ADR 140) straight
   * from the sum: each column a literal of numbers (a subject, day, dim or dim2 named by its rank among the few
   * distinct ones, beside their own literal), no object made for a cell.
   */
  lay(): LaidCountCells {
    const { count, first, n, fen, ranks } = this.summed();
    const { ids } = this;
    const columns = [this.subjects, this.orgs, this.days, this.dims, this.dims2];
    const sorted = columns.map((c, k) => c.sorted(ranks[k]));
    // a cell's rank in each column (0-based), its place in the order the cells are sorted by
    const rank = columns.map(() => new Uint32Array(count));
    for (let j = 0; j < count; j += 1) {
      const at = first[j];
      for (let k = 0; k < 5; k += 1) rank[k][j] = ranks[k][ids[k][at]];
    }
    return new LaidCells(count, rank, sorted as [string[], number[], string[], string[], string[]], n, fen);
  }

  /** The deltas summed per cell: each cell's first delta (its columns' ids) and its sums, in the cells' order. */
  private summed() {
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
    const first = new Uint32Array(length);
    const n = new Float64Array(length);
    const fen = new Float64Array(length);
    let count = 0;
    for (let at = 0; at < order.length; ) {
      const head = order[at];
      let sumN = 0;
      let sumFen = 0;
      let next = at;
      for (; next < order.length && same(head, order[next]); next += 1) {
        sumN += ns[order[next]];
        sumFen += fens[order[next]];
      }
      at = next;
      if (!sumN && !sumFen) continue;
      first[count] = head;
      n[count] = sumN;
      fen[count] = sumFen;
      count += 1;
    }
    return { count, first, n, fen, ranks };
  }
}

/**
 * Cells already summed (`sumCountCells`: each once, none zero) laid out for `findCountCellsOnRecord` and
 * `addCountCells` (issue 42): a register lays them out while another of its statements runs, and neither the
 * look-up nor the insert builds them again. They are summed again (a no-op) and sorted by the cell.
 */
export function layCountCells(cells: CountDelta[]): LaidCountCells {
  if (cells.some((c) => !c.n && !c.fen)) throw new Error('layCountCells: a cell sums to nothing');
  return CountCellSum.of(cells).lay();
}

/** A column's literal of `size` values, each the text of the value at a place in a table (no number printed twice). */
function literalOf(size: number, places: Uint32Array, texts: string[]): string {
  const out = new Array<string>(size);
  for (let j = 0; j < size; j += 1) out[j] = texts[places[j]];
  return `{${out.join(',')}}`;
}

/** The laid-out cells `CountCellSum.lay` answers: ranks and sums in typed arrays, a cell made only when asked. */
class LaidCells implements LaidCountCells {
  readonly columns: string[] | null;
  readonly subjects: string[];
  readonly orgIds: number[];
  readonly firstDay: string;
  readonly lastDay: string;

  constructor(
    readonly size: number,
    private readonly rank: Uint32Array[],
    private readonly sorted: [string[], number[], string[], string[], string[]],
    private readonly n: Float64Array,
    private readonly fen: Float64Array,
  ) {
    const [subjects, orgs, days, dims, dims2] = sorted;
    this.subjects = subjects;
    this.orgIds = orgs;
    this.firstDay = days[0] ?? '';
    this.lastDay = days[days.length - 1] ?? '';
    // a cell's (subject, dim, dim2), the few a register counts, numbered as first met
    const kindOf = new Map<number, number>();
    const kinds: [string[], string[], string[]] = [[], [], []];
    const kind = new Uint32Array(size);
    for (let j = 0; j < size; j += 1) {
      const key = (rank[0][j] * dims.length + rank[3][j]) * dims2.length + rank[4][j];
      let k = kindOf.get(key);
      if (k === undefined) {
        k = kinds[0].length;
        kindOf.set(key, k);
        kinds[0].push(subjects[rank[0][j]]);
        kinds[1].push(dims[rank[3][j]]);
        kinds[2].push(dims2[rank[4][j]]);
      }
      kind[j] = k;
    }
    const oneBased = (count: number) => Array.from({ length: count }, (_, i) => String(i + 1));
    this.columns = size
      ? [
          textArray(kinds[0]),
          textArray(kinds[1]),
          textArray(kinds[2]),
          literalOf(size, kind, oneBased(kinds[0].length)),
          literalOf(size, rank[1], orgs.map(String)),
          textArray(days),
          literalOf(size, rank[2], oneBased(days.length)),
          `{${n.subarray(0, size).join(',')}}`,
          `{${fen.subarray(0, size).join(',')}}`,
        ]
      : null;
  }

  cell(j: number): CountDelta {
    const [subjects, orgs, days, dims, dims2] = this.sorted;
    const r = this.rank;
    return {
      subject: subjects[r[0][j]],
      orgId: orgs[r[1][j]],
      on: days[r[2][j]],
      dim: dims[r[3][j]],
      dim2: dims2[r[4][j]],
      n: this.n[j],
      fen: this.fen[j],
    };
  }

  placeOf(subject: string, orgId: number, day: string, dim: string, dim2: string): number {
    const want = [
      rankIn(this.sorted[0], subject),
      rankIn(this.sorted[1], orgId),
      rankIn(this.sorted[2], day),
      rankIn(this.sorted[3], dim),
      rankIn(this.sorted[4], dim2),
    ];
    if (want.includes(-1)) return -1;
    // the cells are sorted by their ranks, column by column
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      let d = 0;
      for (let k = 0; k < 5 && !d; k += 1) d = this.rank[k][mid] - want[k];
      if (!d) return mid;
      if (d < 0) lo = mid + 1;
      else hi = mid;
    }
    return -1;
  }
}

/** The place of `value` among sorted distinct values (strings as `<` orders them, numbers by size), or -1. */
function rankIn<T extends string | number>(sorted: T[], value: T): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] === value) return mid;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return -1;
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

  /** The values in rank order (`ranks` the answer of `ranks()`). */
  sorted(ranks: Uint32Array): T[] {
    const out = new Array<T>(this.values.length);
    this.values.forEach((v, id) => {
      out[ranks[id]] = v;
    });
    return out;
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
