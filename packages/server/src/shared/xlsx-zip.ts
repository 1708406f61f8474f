import { inflateRawSync } from 'node:zlib';
import { AppError } from './errors.ts';

/*
 * The zip container of an .xlsx file: its central directory, its parts' stored bytes and inflating them
 * within a cap, so that a small file inflating to gigabytes (a zip bomb) is refused before it is read.
 */

/** The most the parts of one spreadsheet may inflate to together; past it the file is refused unread. */
export const MAX_XLSX_INFLATED_BYTES = 200 * 1024 * 1024;
/**
 * The most the member import's sheet, read as a stream, may inflate to: it is never held whole, so the cap
 * only bounds the work — a million members' rows inflate to about 600 MB, read in about 10 s of CPU, with
 * the server answering others all along. Every other import keeps MAX_XLSX_INFLATED_BYTES.
 */
export const MAX_XLSX_STREAMED_SHEET_BYTES = 1024 * 1024 * 1024;

export function spreadsheetTooLarge(cap = MAX_XLSX_INFLATED_BYTES): AppError {
  const mb = Math.round(cap / 1024 / 1024);
  return new AppError(
    'too_large',
    'SPREADSHEET_TOO_LARGE',
    {
      zh: `表格文件解压后超过 ${mb} MB，请删去无用的内容或拆成几个文件分批导入`,
      en: `The spreadsheet inflates to more than ${mb} MB; remove what is not needed or split it into several files`,
    },
    { maxInflatedBytes: cap },
  );
}

/** Inflates one zip entry, counting against what is left of the cap. */
function inflateCapped(data: Buffer, budget: { left: number; cap: number }): Buffer {
  let out: Buffer;
  try {
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, budget.left) });
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw spreadsheetTooLarge(budget.cap);
    throw err;
  }
  budget.left -= out.length;
  if (budget.left < 0) throw spreadsheetTooLarge(budget.cap);
  return out;
}

/**
 * Refuses (SPREADSHEET_TOO_LARGE) a zip whose parts inflate to more than `cap` bytes together, before a
 * spreadsheet library inflates it whole. What is not a zip (CSV, an old .xls) passes; so does a zip this
 * cannot read, which the library then refuses as unreadable.
 */
export function checkInflatedSize(buf: Buffer, cap = MAX_XLSX_INFLATED_BYTES): void {
  const entries = zipEntries(buf);
  if (!entries) return;
  const budget = { left: cap, cap };
  for (const e of entries.values()) {
    if (e.size === 0xffffffff || e.compressedSize === 0xffffffff) throw spreadsheetTooLarge(cap);
    const data = entryData(buf, e);
    if (!data) continue;
    if (e.method === 0) {
      budget.left -= data.length;
      if (budget.left < 0) throw spreadsheetTooLarge(cap);
    } else if (e.method === 8) {
      try {
        inflateCapped(data, budget);
      } catch (err) {
        if (err instanceof AppError) throw err;
        // a broken part: the reader reports the file as unreadable
      }
    }
  }
}

/** A small part, inflated whole against the budget; null when absent. */
export function partText(
  buf: Buffer,
  entries: Map<string, ZipEntry>,
  name: string,
  budget: { left: number; cap: number },
): string | null {
  const e = entries.get(name.toLowerCase());
  if (!e) return null;
  if (e.size === 0xffffffff || e.compressedSize === 0xffffffff) throw spreadsheetTooLarge();
  const data = entryData(buf, e);
  if (!data) throw new Error('no local header');
  if (e.method === 0) return data.toString('utf8');
  if (e.method === 8) return inflateCapped(data, budget).toString('utf8');
  throw new Error(`compression ${e.method}`);
}

export interface ZipEntry {
  method: number;
  size: number;
  compressedSize: number;
  offset: number;
}

/** A central directory entry as stored: its general-purpose flags and its name's raw bytes beside where it lies. */
export interface StoredZipEntry extends ZipEntry {
  flags: number;
  name: Buffer;
}

/**
 * The central directory of a zip, entry by entry in its order; null when there is none this reads (no end record,
 * a zip64 directory offset, a directory cut short).
 */
export function centralDirectory(buf: Buffer): StoredZipEntry[] | null {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  if (p === 0xffffffff) return null;
  const entries: StoredZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return null;
    const nameLen = buf.readUInt16LE(p + 28);
    entries.push({
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      offset: buf.readUInt32LE(p + 42),
      name: buf.subarray(p + 46, p + 46 + nameLen),
    });
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return entries;
}

/** The entries of a zip's central directory by lower-case name; null when `buf` is not a zip read here. */
export function zipEntries(buf: Buffer): Map<string, ZipEntry> | null {
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50) return null;
  const stored = centralDirectory(buf);
  if (!stored) return null;
  return new Map(
    stored.map(({ name, method, size, compressedSize, offset }) => [
      name.toString('utf8').replace(/^\//, '').toLowerCase(),
      { method, size, compressedSize, offset },
    ]),
  );
}

/** The stored bytes of an entry, or null when its local header is not where the directory says. */
export function entryData(buf: Buffer, e: ZipEntry): Buffer | null {
  if (e.offset + 30 > buf.length || buf.readUInt32LE(e.offset) !== 0x04034b50) return null;
  const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
  return buf.subarray(start, start + e.compressedSize);
}
