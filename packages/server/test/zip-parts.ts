import { crc32, deflateRawSync } from 'node:zlib';

/** A file as a zip's headers describe it: its CRC-32, its compressed and original sizes, its method and flags. */
export interface ZipEntry {
  crc: number;
  compressed: number;
  size: number;
  /** 8 deflated (the default), 0 stored. */
  method?: number;
  /** 0x800 a UTF-8 name (the default), 0 a name in another encoding. */
  flags?: number;
}

/**
 * The fields a local header and a central entry both hold, in the same order from byte `at` (4 in a local header; 6
 * in a central entry, after its version made by): version needed, flags, method, (no time or date), CRC-32, sizes
 * and the name's length.
 */
function writeEntryFields(head: Buffer, at: number, name: Buffer, e: ZipEntry): void {
  head.writeUInt16LE(20, at);
  head.writeUInt16LE(e.flags ?? 0x800, at + 2);
  head.writeUInt16LE(e.method ?? 8, at + 4);
  head.writeUInt32LE(e.crc, at + 10);
  head.writeUInt32LE(e.compressed, at + 14);
  head.writeUInt32LE(e.size, at + 18);
  head.writeUInt16LE(name.length, at + 22);
}

/** A file's local header (30 bytes) followed by its name. */
export function localHeader(name: Buffer, e: ZipEntry): Buffer {
  const head = Buffer.alloc(30);
  head.writeUInt32LE(0x04034b50, 0);
  writeEntryFields(head, 4, name, e);
  return Buffer.concat([head, name]);
}

/** A file's central directory entry (46 bytes) followed by its name, its local header standing at `offset`. */
export function centralEntry(name: Buffer, e: ZipEntry, offset: number): Buffer {
  const dir = Buffer.alloc(46);
  dir.writeUInt32LE(0x02014b50, 0);
  dir.writeUInt16LE(20, 4);
  writeEntryFields(dir, 6, name, e);
  dir.writeUInt32LE(offset, 42);
  return Buffer.concat([dir, name]);
}

/** The end of a zip: `count` files, their central directory `dirLength` bytes long at `dirOffset`. */
export function zipEnd(count: number, dirLength: number, dirOffset: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(dirLength, 12);
  end.writeUInt32LE(dirOffset, 16);
  return end;
}

/** A .zip as archivers write it: deflated entries; names in UTF-8 (flagged) unless given as bytes (GBK). */
export function zipOf(files: { name: string | Buffer; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = typeof f.name === 'string' ? Buffer.from(f.name, 'utf8') : f.name;
    const packed = deflateRawSync(f.data);
    const entry = {
      crc: crc32(f.data),
      compressed: packed.length,
      size: f.data.length,
      flags: typeof f.name === 'string' ? 0x800 : 0,
    };
    locals.push(localHeader(name, entry), packed);
    central.push(centralEntry(name, entry, offset));
    offset += 30 + name.length + packed.length;
  }
  const dirBytes = Buffer.concat(central);
  return Buffer.concat([...locals, dirBytes, zipEnd(files.length, dirBytes.length, offset)]);
}

/** A minimal .xlsx package from its parts, each named by its path in the package. */
export function zip(parts: Record<string, string | Buffer>): Buffer {
  return zipOf(
    Object.entries(parts).map(([name, text]) => ({
      name,
      data: typeof text === 'string' ? Buffer.from(text, 'utf8') : text,
    })),
  );
}

/** A workbook of one sheet (named S) from its XML; `parts` adds or replaces others (workbook, rels, styles, strings). */
export function oneSheetBook(sheet: string | Buffer, parts: Record<string, string | Buffer> = {}): Buffer {
  return zip({
    '[Content_Types].xml': '<Types/>',
    'xl/workbook.xml':
      '<workbook xmlns:r="rel"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels':
      '<Relationships><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    'xl/worksheets/sheet1.xml': sheet,
    ...parts,
  });
}
