import { invalid } from '../../shared/errors.ts';
import { stripPictureMetadata } from '../../shared/photo.ts';

export const MAX_PHOTO_BYTES = 2 * 1024 * 1024;

const cardPhotoInvalid = () =>
  invalid(
    'CARD_PHOTO_INVALID',
    { zh: '请上传 JPEG 或 PNG 格式的照片（不超过2MB）', en: 'Upload a JPEG or PNG photo (2 MB at most)' },
    { field: 'file' },
  );

/**
 * A card photo as stored: JPEG or PNG known by its content, with the segments that carry metadata (EXIF with the
 * place it was taken, comments, text chunks) removed (shared/photo.ts); the picture itself is kept byte for byte.
 * Other modules keeping photos (calls' works) pass their own size limit and error.
 */
export function cleanPhoto(
  file: Buffer,
  { maxBytes = MAX_PHOTO_BYTES, error = cardPhotoInvalid }: { maxBytes?: number; error?: () => Error } = {},
): { mime: 'image/jpeg' | 'image/png'; bytes: Buffer } {
  if (file.length > maxBytes) throw error();
  const clean = stripPictureMetadata(file);
  if (!clean) throw error();
  return clean;
}
