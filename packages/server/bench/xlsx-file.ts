/**
 * A one-sheet .xlsx written as a stream to a file (a million rows never sit in memory): every cell an inline
 * string, the sheet part deflated as it is written, the ZIP headers filled in at the end. The benchmarks' sheets
 * (bench:import, bench:uploads, bench:golive) are written by it once and kept between runs.
 */
import { once } from 'node:events';
import { closeSync, createWriteStream, openSync, renameSync, writeSync } from 'node:fs';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { centralEntry, localHeader, zipEnd } from '../test/zip-parts.ts';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const smallParts = (sheetName: string): [string, string][] => [
  [
    '[Content_Types].xml',
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
  ],
  [
    '_rels/.rels',
    `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  ],
  [
    'xl/workbook.xml',
    `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  ],
  [
    'xl/_rels/workbook.xml.rels',
    `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  ],
];

function escapeXml(s: string) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
const column = (i: number): string =>
  i < 26 ? String.fromCharCode(65 + i) : String.fromCharCode(64 + Math.floor(i / 26)) + column(i % 26);
const rowXml = (n: number, cells: string[]) =>
  `<row r="${n}">${cells
    .map((c, i) => (c ? `<c r="${column(i)}${n}" t="inlineStr"><is><t>${escapeXml(c)}</t></is></c>` : ''))
    .join('')}</row>`;

/** Streams the sheet part through deflate into the file at `offset`; its CRC and sizes when done. */
async function writeSheet(path: string, offset: number, rows: Iterable<string[]>, headers: string[]) {
  const file = createWriteStream(path, { flags: 'r+', start: offset });
  const deflate = createDeflateRaw({ level: 1 });
  let crc = 0;
  let size = 0;
  let compressed = 0;
  deflate.on('data', (chunk: Buffer) => {
    compressed += chunk.length;
    if (!file.write(chunk)) deflate.pause();
  });
  file.on('drain', () => deflate.resume());
  const put = async (text: string) => {
    const raw = Buffer.from(text, 'utf8');
    crc = crc32(raw, crc);
    size += raw.length;
    if (!deflate.write(raw)) await once(deflate, 'drain');
  };
  await put(`${XML}<worksheet xmlns="${MAIN}"><sheetData>${rowXml(1, headers)}`);
  let n = 1;
  let block = '';
  for (const cells of rows) {
    block += rowXml(++n, cells);
    if (n % 2000 === 0) {
      await put(block);
      block = '';
    }
  }
  await put(`${block}</sheetData></worksheet>`);
  deflate.end();
  await once(deflate, 'end');
  file.end();
  await once(file, 'finish');
  return { crc: crc >>> 0, size, compressed, rows: n - 1 };
}

/**
 * Writes the sheet `sheetName` (the header row, then `rows`) to `path`, through a `.partial` file renamed at the
 * end, so that a run stopped half-way leaves no sheet that looks whole. Answers the number of rows written.
 */
export async function writeXlsxFile(
  path: string,
  sheet: { sheetName: string; headers: string[]; rows: Iterable<string[]> },
): Promise<number> {
  const partial = `${path}.partial`;
  const central: Buffer[] = [];
  let offset = 0;
  let written = 0;
  const fd = openSync(partial, 'w');
  try {
    for (const [name, text] of smallParts(sheet.sheetName)) {
      const raw = Buffer.from(text, 'utf8');
      const data = deflateRawSync(raw);
      const nameBuf = Buffer.from(name, 'utf8');
      const entry = { crc: crc32(raw) >>> 0, compressed: data.length, size: raw.length };
      writeSync(fd, Buffer.concat([localHeader(nameBuf, entry), data]));
      central.push(centralEntry(nameBuf, entry, offset));
      offset += 30 + nameBuf.length + data.length;
    }
    const nameBuf = Buffer.from('xl/worksheets/sheet1.xml', 'utf8');
    const dataAt = offset + 30 + nameBuf.length;
    writeSync(fd, Buffer.alloc(30 + nameBuf.length), 0, 30 + nameBuf.length, offset);
    const s = await writeSheet(partial, dataAt, sheet.rows, sheet.headers);
    written = s.rows;
    if (s.size > 0xfffffffe || dataAt + s.compressed > 0xfffffffe) throw new Error('the sheet needs ZIP64');
    writeSync(fd, localHeader(nameBuf, s), 0, 30 + nameBuf.length, offset);
    central.push(centralEntry(nameBuf, s, offset));
    offset = dataAt + s.compressed;
    const dir = Buffer.concat(central);
    writeSync(
      fd,
      Buffer.concat([dir, zipEnd(central.length, dir.length, offset)]),
      0,
      dir.length + 22,
      offset,
    );
  } finally {
    closeSync(fd);
  }
  renameSync(partial, path);
  return written;
}
