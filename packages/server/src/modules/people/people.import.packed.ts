/** The unit separator and record separator of ASCII: what no clerk types (an _x001F_ escape can still hold one). */
const SEPARATOR = '\u001f';
const LONG_MARK = '\u001e';
const LONG_MARK_CODE = 0x1e;

/**
 * A row's cells in one text, for the error report of a row refused once its batch is looked up. A batch's rows wait
 * for their look-ups while the next batch is read; held as one text each instead of an array of texts, they cost a
 * third of the memory, and the arrays the reader made die young (issue 45: the cells were most of what the member
 * import left in V8's old generation). Nearly always the cells joined by a separator (one text made, nothing
 * else); a row whose cells hold the separator, or whose first starts with the mark, is kept the long way: the mark,
 * the cells' lengths, then their texts run together.
 */
export function packCells(cells: string[]): string {
  if (!cells.length) return '';
  let plain = (cells[0] ?? '').charCodeAt(0) !== LONG_MARK_CODE;
  for (let i = 0; plain && i < cells.length; i++) if ((cells[i] ?? '').includes(SEPARATOR)) plain = false;
  const joined = cells.join(SEPARATOR);
  // a lone empty cell joins to nothing, which would unpack as no cells
  if (plain && joined) return joined;
  return [LONG_MARK, cells.map((c) => (c ?? '').length).join(','), '|', cells.join('')].join('');
}

/** The cells packCells packed. */
export function unpackCells(packed: string): string[] {
  if (!packed) return [];
  if (packed.charCodeAt(0) !== LONG_MARK_CODE) return packed.split(SEPARATOR);
  const bar = packed.indexOf('|');
  let at = bar + 1;
  return packed
    .slice(1, bar)
    .split(',')
    .map((n) => {
      const cell = packed.slice(at, at + Number(n));
      at += Number(n);
      return cell;
    });
}
