/**
 * Pictures without what a camera or an editor writes beside the image: EXIF (with the place a photo was taken),
 * XMP, comments, PNG text and time chunks. The picture itself is kept byte for byte. Used wherever a picture is
 * stored or shown to others (a member's card photo, an achievement's public pictures).
 */

export type PictureMime = 'image/jpeg' | 'image/png';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The picture's type known by its content, with its metadata removed; null when it is no JPEG or PNG. */
export function stripPictureMetadata(file: Buffer): { mime: PictureMime; bytes: Buffer } | null {
  if (file.length < 8) return null;
  if (file[0] === 0xff && file[1] === 0xd8) {
    const bytes = stripJpeg(file);
    return bytes ? { mime: 'image/jpeg', bytes } : null;
  }
  if (file.subarray(0, 8).equals(PNG_SIGNATURE)) {
    const bytes = stripPng(file);
    return bytes ? { mime: 'image/png', bytes } : null;
  }
  return null;
}

/** Drops APP1–APP15 (EXIF, XMP …) and COM segments before the image data; APP0 (JFIF) stays. */
function stripJpeg(b: Buffer): Buffer | null {
  const out: Buffer[] = [b.subarray(0, 2)];
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1];
    // start of scan: the rest is image data
    if (marker === 0xda) {
      out.push(b.subarray(i));
      return Buffer.concat(out);
    }
    const len = b.readUInt16BE(i + 2);
    if (len < 2 || i + 2 + len > b.length) return null;
    const metadata = (marker >= 0xe1 && marker <= 0xef) || marker === 0xfe;
    if (!metadata) out.push(b.subarray(i, i + 2 + len));
    i += 2 + len;
  }
  return null;
}

const PNG_METADATA = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']);

/** Drops the text, EXIF and time chunks; every other chunk (with its CRC) stays as it was. */
function stripPng(b: Buffer): Buffer | null {
  const out: Buffer[] = [b.subarray(0, 8)];
  let i = 8;
  while (i + 12 <= b.length) {
    const len = b.readUInt32BE(i);
    const type = b.toString('latin1', i + 4, i + 8);
    const end = i + 12 + len;
    if (end > b.length) return null;
    if (!PNG_METADATA.has(type)) out.push(b.subarray(i, end));
    i = end;
    if (type === 'IEND') return Buffer.concat(out);
  }
  return null;
}
