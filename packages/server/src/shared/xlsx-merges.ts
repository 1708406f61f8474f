import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import type { ColumnMerge } from './sheet-merges.ts';
import { columnIndex } from './xlsx-cells.ts';
import { spreadsheetTooLarge } from './xlsx-zip.ts';

/** The merges down a column of an .xlsx sheet, read from its XML (sheet-merges.ts says what is done with them). */
const CHUNK_BYTES = 32 * 1024;
/** A merge's element (`<mergeCell ref="A3:A6"/>`) is short: this much of a chunk is kept to find one cut in two. */
const OVERLAP = 256;
const MERGE =
  /<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref\s*=\s*["']\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)["']/g;
/** The most merges kept: a sheet of more is read as written, past them. */
const MAX_MERGES = 100_000;

/**
 * The merges of a sheet's XML that run down one column, sorted by their top row. They follow the sheet's rows in
 * the file, so the sheet is inflated once more and searched (as bytes; a merge's reference is ASCII), holding no
 * more than a chunk and the end of the one before.
 */
export async function columnMerges(data: Buffer, method: number, cap: number): Promise<ColumnMerge[]> {
  const feed = function* () {
    for (let i = 0; i < data.length; i += CHUNK_BYTES) yield data.subarray(i, i + CHUNK_BYTES);
  };
  const source = Readable.from(feed(), { objectMode: false });
  const chunks = method === 8 ? source.pipe(createInflateRaw({ chunkSize: CHUNK_BYTES })) : source;
  const seen = new Set<string>();
  const out: ColumnMerge[] = [];
  let inflated = 0;
  let tail: Buffer = Buffer.alloc(0);
  try {
    for await (const chunk of chunks as AsyncIterable<Buffer>) {
      inflated += chunk.length;
      if (inflated > cap) throw spreadsheetTooLarge(cap);
      const bytes = tail.length ? Buffer.concat([tail, chunk]) : chunk;
      tail = bytes.subarray(Math.max(0, bytes.length - OVERLAP));
      // most of a sheet is its rows: searched as bytes, a piece is made text only where a merge is
      if (bytes.indexOf('mergeCell') < 0) continue;
      for (const m of bytes.toString('latin1').matchAll(MERGE)) {
        const [, c1, r1, c2, r2] = m;
        if (c1 !== c2 || r1 === r2 || seen.has(m[0]) || out.length >= MAX_MERGES) continue;
        seen.add(m[0]);
        const top = Number(r1);
        const bottom = Number(r2);
        out.push({
          col: columnIndex(c1, 0, c1.length),
          top: Math.min(top, bottom),
          bottom: Math.max(top, bottom),
        });
      }
    }
  } finally {
    source.destroy();
    if (chunks !== source) (chunks as NodeJS.ReadableStream & { destroy(): void }).destroy();
  }
  return out.sort((a, b) => a.top - b.top);
}
