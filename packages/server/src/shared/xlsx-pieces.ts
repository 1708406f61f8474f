import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createInflateRaw } from 'node:zlib';
import { AppError } from './errors.ts';
import { spreadsheetTooLarge } from './xlsx-zip.ts';

/**
 * The bytes fed to the inflater at a time, and the most it gives back at a time. Small enough that the text of a
 * chunk (two bytes a character once it holds a Chinese one) stays under V8's large-object size (128 KB): a piece of
 * XML is then an ordinary young object that dies in the next scavenge once its rows are scanned, where a
 * 256 KB piece went straight to the old generation and stayed there, garbage, until a full collection — which V8,
 * with gigabytes of heap allowed, puts off while hundreds of megabytes of pieces pile up (docs/benchmarks.md,
 * bench:golive).
 */
const CHUNK_BYTES = 32 * 1024;
/**
 * The longest stretch of sheet XML without a row's start that is held while reading: a row of 16,384 cells
 * of long text is far below it; past it the file is refused.
 */
export const MAX_ROW_XML_CHARS = 64 * 1024 * 1024;

const rowTooLong = () =>
  new AppError('too_large', 'SPREADSHEET_ROW_TOO_LARGE', {
    zh: `表格中有一行超过 ${MAX_ROW_XML_CHARS / 1024 / 1024} MB，无法读取；请检查文件是否损坏，或另存为新文件后重试`,
    en: `A row of the sheet is larger than ${MAX_ROW_XML_CHARS / 1024 / 1024} MB and cannot be read; check that the file is not damaged, or save it as a new file and try again`,
  });

/**
 * The sheet's XML in pieces that each end just before a row's start tag (the last piece holds the rest), so
 * no row is cut in two, whether rows end with `</row>` or are empty `<row/>`s. Inflates as it goes and refuses
 * (SPREADSHEET_TOO_LARGE) past `cap` bytes. Linear in the sheet: each chunk of text is searched once, and the
 * text between two cuts is kept as a list of chunks joined once, never a string grown and searched again (a
 * long stretch without a row's start would otherwise be copied for every chunk).
 */
export async function* sheetPieces(
  data: Buffer,
  method: number,
  cap: number,
  fed: { bytes: number },
  element = 'row',
): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let held: string[] = [];
  let heldChars = 0;
  let inflated = 0;
  const feed = function* () {
    for (let i = 0; i < data.length; i += CHUNK_BYTES) {
      fed.bytes = i + CHUNK_BYTES;
      yield data.subarray(i, i + CHUNK_BYTES);
    }
  };
  const source = Readable.from(feed(), { objectMode: false });
  const chunks = method === 8 ? source.pipe(createInflateRaw({ chunkSize: CHUNK_BYTES })) : source;
  try {
    for await (const chunk of chunks as AsyncIterable<Buffer>) {
      inflated += chunk.length;
      if (inflated > cap) throw spreadsheetTooLarge(cap);
      const text = decoder.write(chunk);
      const cut = lastStartTag(text, element);
      if (cut > 0) {
        held.push(text.slice(0, cut));
        yield held.join('');
        held = [text.slice(cut)];
        heldChars = text.length - cut;
      } else {
        held.push(text);
        heldChars += text.length;
        if (heldChars > MAX_ROW_XML_CHARS) throw rowTooLong();
      }
    }
  } finally {
    source.destroy();
    if (chunks !== source) (chunks as NodeJS.ReadableStream & { destroy(): void }).destroy();
  }
  held.push(decoder.end());
  const rest = held.join('');
  if (rest) yield rest;
}

const NAME_CHAR = /[\w.-]/;

/**
 * Where the last start tag of `element` (`<row …>`, `<row/>`, `<x:row>`; any namespace prefix) begins in
 * `text`, or -1. A tag cut between two chunks is not seen; the cut is then made at an earlier row.
 */
function lastStartTag(text: string, element: string): number {
  let at = text.lastIndexOf(element);
  while (at > 0) {
    const after = text[at + element.length];
    if (
      after === '>' ||
      after === '/' ||
      after === ' ' ||
      after === '\t' ||
      after === '\n' ||
      after === '\r'
    ) {
      const before = text[at - 1];
      if (before === '<') return at - 1;
      if (before === ':') {
        let k = at - 2;
        while (k >= 0 && NAME_CHAR.test(text[k])) k--;
        if (k >= 0 && k < at - 2 && text[k] === '<') return k;
      }
    }
    at = text.lastIndexOf(element, at - 1);
  }
  return -1;
}
