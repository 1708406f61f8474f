import { isUtf8 } from 'node:buffer';
import type { SheetRow, XlsxRowSource } from './xlsx-reader.ts';
import { detach } from './xlsx-xml.ts';

/**
 * Text files as an import reads them: CSV and tab-separated text (Excel's "Unicode text"), in UTF-8 (with or
 * without BOM), UTF-16 or GB18030 — detected, never assumed — decoded and parsed as they stream.
 */

export type TextEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** UTF-16 by its byte order mark, or by the zero bytes of mostly-ASCII UTF-16 text without one. */
export function utf16Of(buf: Buffer): 'utf-16le' | 'utf-16be' | null {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  const n = Math.min(buf.length, 512) & ~1;
  if (n < 8) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZeros++;
    if (buf[i + 1] === 0) oddZeros++;
  }
  if (oddZeros > n / 4 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > n / 4 && oddZeros === 0) return 'utf-16be';
  return null;
}

export function detectEncoding(buf: Buffer): TextEncoding {
  const utf16 = utf16Of(buf);
  if (utf16) return utf16;
  // Excel's "CSV UTF-8" and every web tool write UTF-8; a Chinese Windows Excel's plain CSV is GB18030 (GBK)
  return isUtf8(buf) ? 'utf-8' : 'gb18030';
}

/** Bytes decoded at a time: the text of a piece stays under V8's large-object size, as in xlsx-pieces.ts. */
const DECODE_BYTES = 32 * 1024;

/** The text of a file, decoded 256 KB at a time with a turn of the event loop between pieces. */
async function* decodedPieces(buf: Buffer, encoding: TextEncoding): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding, { ignoreBOM: false });
  for (let i = 0; i < buf.length; i += DECODE_BYTES) {
    const last = i + DECODE_BYTES >= buf.length;
    yield decoder.decode(buf.subarray(i, i + DECODE_BYTES), { stream: !last });
    if (!last) await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Comma, tab (Excel's "Unicode text") or semicolon: whichever the first line holds most of, outside quotes. */
export function guessDelimiter(text: string): string {
  const line = text.replace(/"[^"]*"/g, '').split(/\r\n|\n|\r/, 1)[0] ?? '';
  const count = (c: string) => line.split(c).length - 1;
  const best = [',', '\t', ';'].map((c) => [c, count(c)] as const).sort((a, b) => b[1] - a[1])[0];
  return best[1] > 0 ? best[0] : ',';
}

/**
 * A field written ="…", as systems export an ID number or a code for Excel to keep as text (="110113…"): the text
 * Excel shows for it, its "" a quote; any other field as it is.
 */
function textOf(field: string): string {
  if (field.charCodeAt(0) !== 61) return field;
  const m = /^="((?:[^"]|"")*)"$/.exec(field);
  return m ? m[1].replace(/""/g, '"').trim() : field;
}

/**
 * CSV as Excel reads it (RFC 4180): fields in double quotes may hold the delimiter, line breaks and "" for a
 * quote; records end at CR LF, LF or CR. A row's number is its record's number, as Excel shows it. Text is
 * pushed in pieces; a field or record cut between pieces is carried over. A field ="…" is the text in its quotes.
 */
class CsvParser {
  private field = '';
  private cells: string[] = [];
  private quoted = false;
  private afterQuote = false;
  private pendingCr = false;
  private rowNo = 0;

  constructor(private readonly delimiter: string) {}

  push(text: string, out: SheetRow[]): void {
    const d = this.delimiter;
    let i = 0;
    if (this.pendingCr) {
      this.pendingCr = false;
      if (text[0] === '\n') i = 1;
    }
    while (i < text.length) {
      if (this.quoted) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          this.field += text.slice(i);
          return;
        }
        this.field += text.slice(i, q);
        i = q + 1;
        if (i >= text.length) {
          this.quoted = false;
          this.afterQuote = true;
          return;
        }
        if (text[i] === '"') {
          this.field += '"';
          i++;
        } else {
          this.quoted = false;
          this.afterQuote = true;
        }
        continue;
      }
      const c = text[i];
      if (this.afterQuote && c === '"') {
        // the second quote of a "" cut between two pieces
        this.field += '"';
        this.quoted = true;
        this.afterQuote = false;
        i++;
        continue;
      }
      this.afterQuote = false;
      if (c === d) {
        this.cells.push(this.field);
        this.field = '';
        i++;
      } else if (c === '\n' || c === '\r') {
        this.endRecord(out);
        if (c === '\r') {
          if (i + 1 >= text.length) this.pendingCr = true;
          else if (text[i + 1] === '\n') i++;
        }
        i++;
      } else if (c === '"' && this.field === '') {
        this.quoted = true;
        i++;
      } else {
        // a run of plain characters up to the next delimiter, quote or line end
        let j = i + 1;
        while (j < text.length) {
          const x = text[j];
          if (x === d || x === '\n' || x === '\r' || x === '"') break;
          j++;
        }
        this.field += text.slice(i, j);
        i = j;
      }
    }
  }

  end(out: SheetRow[]): void {
    if (this.field !== '' || this.cells.length > 0) this.endRecord(out);
  }

  private endRecord(out: SheetRow[]): void {
    this.cells.push(this.field);
    this.rowNo++;
    const cells = this.cells;
    this.cells = [];
    this.field = '';
    let last = -1;
    for (let k = 0; k < cells.length; k++) {
      const t = textOf(cells[k].includes('\r') ? cells[k].replace(/\r\n?/g, '\n').trim() : cells[k].trim());
      // its own string, not a view holding the whole piece of text it was cut from (xlsx-xml.ts)
      cells[k] = detach(t);
      if (t) last = k;
    }
    if (last >= 0) out.push({ rowNo: this.rowNo, cells: cells.slice(0, last + 1) });
  }
}

/**
 * The records of a text file, in batches, parsed as it is decoded; the rows read so far stand for its size
 * until the end.
 */
export function textRows(buf: Buffer, encoding: TextEncoding, delimiter: string): XlsxRowSource {
  let seenRows = 0;
  return {
    estimatedRows: () => seenRows || null,
    async *batches(size) {
      let out: SheetRow[] = [];
      const parser = new CsvParser(delimiter);
      const flush = () => {
        seenRows = out[out.length - 1]?.rowNo ?? seenRows;
        const batch = out;
        out = [];
        return batch;
      };
      for await (const piece of decodedPieces(buf, encoding)) {
        parser.push(piece, out);
        if (out.length >= size) yield flush();
      }
      parser.end(out);
      if (out.length) yield flush();
    },
  };
}
