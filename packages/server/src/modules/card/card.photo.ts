import { invalid } from '../../shared/errors.ts';

export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;

const cardPhotoInvalid = () =>
  invalid(
    'CARD_PHOTO_INVALID',
    { zh: '请上传 JPEG 或 PNG 格式的照片（不超过2MB）', en: 'Upload a JPEG or PNG photo (2 MB at most)' },
    { field: 'file' },
  );

/**
 * A card photo as stored: JPEG or PNG known by its content, with the segments that carry metadata (EXIF with the
 * place it was taken, comments, text chunks) removed; the picture itself is kept byte for byte. Other modules
 * keeping photos (calls' works) pass their own size limit and error.
 */
export function cleanPhoto(
  file: Buffer,
  { maxBytes = MAX_PHOTO_BYTES, error = cardPhotoInvalid }: { maxBytes?: number; error?: () => Error } = {},
): { mime: 'image/jpeg' | 'image/png'; bytes: Buffer } {
  const notAPhoto = error;
  if (file.length > maxBytes || file.length < 8) throw notAPhoto();
  if (file[0] === 0xff && file[1] === 0xd8) return { mime: 'image/jpeg', bytes: stripJpeg(file, notAPhoto) };
  if (file.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return { mime: 'image/png', bytes: stripPng(file, notAPhoto) };
  throw notAPhoto();
}

/** Drops APP1–APP15 (EXIF, XMP …) and COM segments before the image data; APP0 (JFIF) stays. */
function stripJpeg(b: Buffer, notAPhoto: () => Error): Buffer {
  const out: Buffer[] = [b.subarray(0, 2)];
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) throw notAPhoto();
    const marker = b[i + 1];
    // start of scan: the rest is image data
    if (marker === 0xda) {
      out.push(b.subarray(i));
      return Buffer.concat(out);
    }
    const len = b.readUInt16BE(i + 2);
    if (len < 2 || i + 2 + len > b.length) throw notAPhoto();
    const metadata = (marker >= 0xe1 && marker <= 0xef) || marker === 0xfe;
    if (!metadata) out.push(b.subarray(i, i + 2 + len));
    i += 2 + len;
  }
  throw notAPhoto();
}

const PNG_METADATA = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']);

/** Drops the text, EXIF and time chunks; every other chunk (with its CRC) stays as it was. */
function stripPng(b: Buffer, notAPhoto: () => Error): Buffer {
  const out: Buffer[] = [b.subarray(0, 8)];
  let i = 8;
  while (i + 12 <= b.length) {
    const len = b.readUInt32BE(i);
    const type = b.toString('latin1', i + 4, i + 8);
    const end = i + 12 + len;
    if (end > b.length) throw notAPhoto();
    if (!PNG_METADATA.has(type)) out.push(b.subarray(i, end));
    i = end;
    if (type === 'IEND') return Buffer.concat(out);
  }
  throw notAPhoto();
}
