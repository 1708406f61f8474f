import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';
import { AppError, invalid } from './errors.ts';
import { centralDirectory, entryData } from './xlsx-zip.ts';

const inflate = promisify(inflateRaw);

/** One file of a zip, named as the archive names it (folders dropped), with its inflated bytes. */
export interface ZipFile {
  name: string;
  data: Buffer;
}

export interface ZipLimits {
  /** Files read at most; more is refused whole. */
  maxFiles: number;
  /** One file's inflated size at most; a larger one is reported, not read. */
  maxFileBytes: number;
  /** All files together at most; past it the archive is refused. */
  maxTotalBytes: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030');

/** A name as the archiver wrote it: UTF-8 when flagged or valid, else GB18030 (zips made on Chinese Windows). */
function decodeName(raw: Buffer, utf8Flag: boolean): string {
  if (utf8Flag) return raw.toString('utf8');
  try {
    return utf8.decode(raw);
  } catch {
    return gb18030.decode(raw);
  }
}

const notAZip = () =>
  invalid('ZIP_UNREADABLE', {
    zh: '无法读取压缩包，请上传 .zip 文件（不支持 .rar、.7z）',
    en: 'The archive cannot be read; upload a .zip file (.rar and .7z are not supported)',
  });

/**
 * The files of a zip, inflated off the event loop within `limits` (a zip bomb is refused before it is
 * inflated). Folders, macOS resource forks and hidden files are skipped; a file larger than `maxFileBytes`
 * comes back with empty data and `tooLarge`, so a report can name it.
 */
export async function readZipFiles(
  buf: Buffer,
  limits: ZipLimits,
): Promise<(ZipFile & { tooLarge?: boolean })[]> {
  if (buf.length === 22 && buf.readUInt32LE(0) === 0x06054b50) return []; // an empty archive
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50) throw notAZip();
  const stored = centralDirectory(buf);
  // zip64 (more entries than 65,535, or sizes past 4 GB) is not read here.
  if (!stored || stored.length === 0xffff) throw notAZip();
  const out: (ZipFile & { tooLarge?: boolean })[] = [];
  let total = 0;
  for (const entry of stored) {
    const { flags, method, size } = entry;
    const path = decodeName(entry.name, (flags & 0x800) !== 0);
    const name = path.split(/[\\/]/).pop() ?? '';
    if (!name || path.endsWith('/') || path.startsWith('__MACOSX/') || name.startsWith('.')) continue;
    if (out.length >= limits.maxFiles) throw tooMany(limits.maxFiles);
    if (size > limits.maxFileBytes || size === 0xffffffff) {
      out.push({ name, data: Buffer.alloc(0), tooLarge: true });
      continue;
    }
    total += size;
    if (total > limits.maxTotalBytes) throw tooBig(limits.maxTotalBytes);
    const packed = entryData(buf, entry);
    if (!packed) throw notAZip();
    let data: Buffer;
    if (method === 0) data = packed;
    else if (method === 8) {
      try {
        // The declared size may lie: the output is capped at it (plus one byte to notice a lie).
        data = await inflate(packed, { maxOutputLength: Math.max(1, size + 1) });
      } catch {
        throw notAZip();
      }
      if (data.length !== size) throw notAZip();
    } else throw notAZip();
    out.push({ name, data });
  }
  return out;
}

const tooMany = (max: number) =>
  new AppError('too_large', 'ZIP_TOO_MANY_FILES', {
    zh: `压缩包中的文件超过 ${max} 个，请分成几个压缩包上传`,
    en: `The archive holds more than ${max} files; split it into several archives`,
  });

const tooBig = (max: number) =>
  new AppError('too_large', 'ZIP_TOO_LARGE', {
    zh: `压缩包解压后超过 ${Math.round(max / 1024 / 1024)} MB，请分成几个压缩包上传`,
    en: `The archive inflates to more than ${Math.round(max / 1024 / 1024)} MB; split it into several archives`,
  });
