/**
 * The import benchmark's member sheet: an .xlsx of valid rows over the given unions, every column of the
 * template filled the way clerks do, written as a stream (a million rows never sit in memory) to a file
 * kept between runs. The same rows and unions give the same file, so it is written once.
 */
import { once } from 'node:events';
import { closeSync, createWriteStream, existsSync, openSync, renameSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';
import { createRandom, randomIdNumber, randomName, randomPhone } from '../src/demo/random.ts';
import { TEMPLATE_COLUMNS } from '../src/modules/people/index.ts';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const SMALL_PARTS: [string, string][] = [
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
    `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="会员信息" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  ],
  [
    'xl/_rels/workbook.xml.rels',
    `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  ],
];

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const column = (i: number) => String.fromCharCode(65 + i);
const rowXml = (n: number, cells: string[]) =>
  `<row r="${n}">${cells
    .map((c, i) => (c ? `<c r="${column(i)}${n}" t="inlineStr"><is><t>${escapeXml(c)}</t></is></c>` : ''))
    .join('')}</row>`;

/** The rows of the sheet, in order, each as the template's cells. */
export function* memberRows(unions: { name: string; region: string }[], count: number): Generator<string[]> {
  const r = createRandom(20240601);
  const seen = new Set<string>();
  const yesNo = (p: number) => (r.chance(p) ? '是' : '否');
  let made = 0;
  for (let i = 0; made < count; i++) {
    const union = unions[i % unions.length];
    const idNumber = randomIdNumber(r, union.region, i);
    if (seen.has(idNumber)) continue;
    seen.add(idNumber);
    made += 1;
    const hardship = r.chance(0.03) ? r.pick(['相对困难', '一般困难', '深度困难']) : '';
    const byKey: Record<string, string> = {
      name: randomName(r),
      idNumber,
      phone: r.chance(0.9) ? randomPhone(r) : '',
      union: union.name,
      joinedOn: `20${String(r.int(10, 23))}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
      employer: union.name.replace(/工会$/, ''),
      frontLine: yesNo(0.55),
      outdoor: yesNo(0.15),
      newEmployment: yesNo(0.06),
      modelWorker: r.chance(0.01) ? r.pick(['全国', '市级', '区级']) : '',
      hardship,
      hardshipFrom: hardship ? '2024-01-01' : '',
      hardshipUntil: hardship ? '2026-12-31' : '',
    };
    yield TEMPLATE_COLUMNS.map((c) => byKey[c.key]);
  }
}

function localHeader(name: Buffer, crc: number, compressed: number, size: number): Buffer {
  const h = Buffer.alloc(30);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(20, 4);
  h.writeUInt16LE(0x0800, 6);
  h.writeUInt16LE(8, 8);
  h.writeUInt32LE(crc, 14);
  h.writeUInt32LE(compressed, 18);
  h.writeUInt32LE(size, 22);
  h.writeUInt16LE(name.length, 26);
  return h;
}

function centralEntry(name: Buffer, crc: number, compressed: number, size: number, offset: number): Buffer {
  const e = Buffer.alloc(46);
  e.writeUInt32LE(0x02014b50, 0);
  e.writeUInt16LE(20, 4);
  e.writeUInt16LE(20, 6);
  e.writeUInt16LE(0x0800, 8);
  e.writeUInt16LE(8, 10);
  e.writeUInt32LE(crc, 16);
  e.writeUInt32LE(compressed, 20);
  e.writeUInt32LE(size, 24);
  e.writeUInt16LE(name.length, 28);
  e.writeUInt32LE(offset, 42);
  return Buffer.concat([e, name]);
}

/** Streams the sheet part through deflate into the file at `offset`; its CRC and sizes when done. */
async function writeSheet(
  path: string,
  offset: number,
  rows: Iterable<string[]>,
  headers: string[],
  count: number,
) {
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
  const last = `${column(headers.length - 1)}${count + 1}`;
  await put(`${XML}<worksheet xmlns="${MAIN}"><dimension ref="A1:${last}"/><sheetData>${rowXml(1, headers)}`);
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
  return { crc: crc >>> 0, size, compressed };
}

/** The path of the sheet, written now unless a previous run left it. */
export async function memberSheetFile(
  unions: { name: string; region: string }[],
  count: number,
): Promise<string> {
  const path = join(tmpdir(), `gonghui-bench-members-${count}-${unions.length}.xlsx`);
  if (existsSync(path)) return path;
  const partial = `${path}.partial`;
  const central: Buffer[] = [];
  let offset = 0;
  const fd = openSync(partial, 'w');
  try {
    for (const [name, text] of SMALL_PARTS) {
      const raw = Buffer.from(text, 'utf8');
      const data = deflateRawSync(raw);
      const nameBuf = Buffer.from(name, 'utf8');
      const crc = crc32(raw) >>> 0;
      writeSync(fd, Buffer.concat([localHeader(nameBuf, crc, data.length, raw.length), nameBuf, data]));
      central.push(centralEntry(nameBuf, crc, data.length, raw.length, offset));
      offset += 30 + nameBuf.length + data.length;
    }
    const nameBuf = Buffer.from('xl/worksheets/sheet1.xml', 'utf8');
    const dataAt = offset + 30 + nameBuf.length;
    writeSync(fd, Buffer.alloc(30 + nameBuf.length), 0, 30 + nameBuf.length, offset);
    const headers = TEMPLATE_COLUMNS.map((c) => c.zh);
    const s = await writeSheet(partial, dataAt, memberRows(unions, count), headers, count);
    if (s.size > 0xfffffffe || dataAt + s.compressed > 0xfffffffe) throw new Error('the sheet needs ZIP64');
    writeSync(
      fd,
      Buffer.concat([localHeader(nameBuf, s.crc, s.compressed, s.size), nameBuf]),
      0,
      30 + nameBuf.length,
      offset,
    );
    central.push(centralEntry(nameBuf, s.crc, s.compressed, s.size, offset));
    offset = dataAt + s.compressed;
    const dir = Buffer.concat(central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(central.length, 8);
    end.writeUInt16LE(central.length, 10);
    end.writeUInt32LE(dir.length, 12);
    end.writeUInt32LE(offset, 16);
    writeSync(fd, Buffer.concat([dir, end]), 0, dir.length + 22, offset);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, path);
  return path;
}
