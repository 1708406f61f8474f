/**
 * ID numbers seen so far in a sheet, and the rows of those seen more than once. A million-row sheet is
 * read as a stream, so the numbers are kept compactly: an 18-character number as two 32-bit integers in
 * an open-addressing table (12 bytes a slot, about 24 MB for a million rows) instead of a Map of strings.
 */
export class IdNumbersSeen {
  private hi = new Uint32Array(1 << 16);
  private lo = new Uint32Array(1 << 16);
  private row = new Int32Array(1 << 16);
  private size = 0;
  /** Every row of each number found more than once, in sheet order. */
  readonly duplicates = new Map<string, number[]>();
  private readonly firstRow = new Map<string, number>();

  /** Records that `idNumber` (18 characters, validated) is on `rowNo`. */
  add(idNumber: string, rowNo: number): void {
    const key = encode(idNumber);
    if (!key) {
      this.addOther(idNumber, rowNo);
      return;
    }
    const mask = this.hi.length - 1;
    let i = (Math.imul(key[0], 0x9e3779b1) ^ key[1]) & mask;
    while (this.hi[i] !== 0) {
      if (this.hi[i] === key[0] && this.lo[i] === key[1]) {
        this.addDuplicate(idNumber, this.row[i], rowNo);
        return;
      }
      i = (i + 1) & mask;
    }
    this.hi[i] = key[0];
    this.lo[i] = key[1];
    this.row[i] = rowNo;
    this.size += 1;
    if (this.size * 2 > this.hi.length) this.grow();
  }

  /** The rows sharing `idNumber`, when it was seen more than once. */
  rowsOf(idNumber: string): number[] | undefined {
    return this.duplicates.get(idNumber);
  }

  private addOther(idNumber: string, rowNo: number) {
    const first = this.firstRow.get(idNumber);
    if (first === undefined) this.firstRow.set(idNumber, rowNo);
    else this.addDuplicate(idNumber, first, rowNo);
  }

  private addDuplicate(idNumber: string, firstRowNo: number, rowNo: number) {
    const rows = this.duplicates.get(idNumber);
    if (rows) rows.push(rowNo);
    else this.duplicates.set(idNumber, [firstRowNo, rowNo]);
  }

  private grow() {
    const { hi, lo, row } = this;
    this.hi = new Uint32Array(hi.length * 2);
    this.lo = new Uint32Array(hi.length * 2);
    this.row = new Int32Array(hi.length * 2);
    const mask = this.hi.length - 1;
    for (let j = 0; j < hi.length; j++) {
      if (hi[j] === 0) continue;
      let i = (Math.imul(hi[j], 0x9e3779b1) ^ lo[j]) & mask;
      while (this.hi[i] !== 0) i = (i + 1) & mask;
      this.hi[i] = hi[j];
      this.lo[i] = lo[j];
      this.row[i] = row[j];
    }
  }
}

/** 17 digits and a check character as two non-zero 32-bit integers; null for any other shape. */
function encode(idNumber: string): [number, number] | null {
  if (!/^\d{17}[\dX]$/.test(idNumber)) return null;
  const check = idNumber[17] === 'X' ? 10 : Number(idNumber[17]);
  return [Number(idNumber.slice(0, 9)) + 1, Number(idNumber.slice(9, 17)) * 11 + check];
}
