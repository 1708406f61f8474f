import { crc32, deflateRawSync } from 'node:zlib';

/** A .zip as archivers write it: deflated entries; names in UTF-8 (flagged) unless given as bytes (GBK). */
export function zipOf(files: { name: string | Buffer; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = typeof f.name === 'string' ? Buffer.from(f.name, 'utf8') : f.name;
    const flags = typeof f.name === 'string' ? 0x800 : 0;
    const packed = deflateRawSync(f.data);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(flags, 6);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(crc32(f.data), 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(f.data.length, 22);
    head.writeUInt16LE(name.length, 26);
    locals.push(head, name, packed);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(flags, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(crc32(f.data), 16);
    dir.writeUInt32LE(packed.length, 20);
    dir.writeUInt32LE(f.data.length, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += 30 + name.length + packed.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dirBytes, end]);
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
