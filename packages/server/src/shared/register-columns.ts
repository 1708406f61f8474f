import type { CellValue, RegisterColumn } from './register-sheet.ts';
import { normaliseText } from './text.ts';

/**
 * A register's column of people's ID numbers (身份证号码), read the same way by every register naming people
 * (activities, their sign-up sheet, model workers); `note` says what that register does with it, `required` where every
 * row must give one.
 */
export const idNumberColumn = <K extends string>(
  key: K,
  note: { zh: string; en: string },
  example = '',
  { required = false }: { required?: boolean } = {},
): RegisterColumn<K> => ({
  key,
  header: '身份证号码',
  en: 'ID number',
  aliases: ['身份证号', '公民身份号码'],
  kind: 'text',
  max: 30,
  ...(required ? { required: true } : {}),
  note: note.zh,
  noteEn: note.en,
  example,
});

/**
 * A register's free note (备注): never required, kept as written up to `max` characters; `note` says what may go
 * in it (by default only that it may be left empty).
 */
export const noteColumn = (
  max: number,
  note = { zh: '可不填', en: 'May be left empty' },
  example = '',
): RegisterColumn<'note'> => ({
  key: 'note',
  header: '备注',
  en: 'note',
  kind: 'text',
  max,
  note: note.zh,
  noteEn: note.en,
  example,
});

/**
 * A register's column of a person's name (姓名), up to 50 characters, required unless `optional`; `note` says what the
 * name is checked against (the person of the ID number, of the member number …).
 */
export const nameColumn = (column: {
  aliases?: string[];
  note: { zh: string; en: string };
  example: string;
  optional?: true;
}): RegisterColumn<'name'> => ({
  key: 'name',
  header: '姓名',
  en: 'name',
  ...(column.aliases ? { aliases: column.aliases } : {}),
  ...(column.optional ? {} : { required: true }),
  kind: 'text',
  max: 50,
  note: column.note.zh,
  noteEn: column.note.en,
  example: column.example,
});

/**
 * A register's column naming a union (所在工会 unless `header` says otherwise) by any spelling `resolveUnionTexts`
 * reads — its full or short name, or its credit code —, up to 200 characters, required unless `optional`; `note`
 * says which union it is.
 */
export const unionColumn = (column: {
  header?: string;
  en?: string;
  aliases: string[];
  note: { zh: string; en: string };
  example: string;
  optional?: true;
}): RegisterColumn<'union'> => ({
  key: 'union',
  header: column.header ?? '所在工会',
  en: column.en ?? 'union',
  aliases: column.aliases,
  ...(column.optional ? {} : { required: true }),
  kind: 'text',
  max: 200,
  note: column.note.zh,
  noteEn: column.note.en,
  example: column.example,
});

/**
 * A record spanning several rows (a household, a project): the row's values of `keys` go into the record's
 * `fields`, the first given winning; answers the keys this row gives otherwise than an earlier row did.
 */
export function mergeRowFields<K extends string>(
  fields: Partial<Record<K, CellValue>>,
  values: Record<K, CellValue>,
  keys: readonly K[],
): K[] {
  const differ: K[] = [];
  for (const key of keys) {
    const value = values[key];
    // a blank cell, or one that did not parse (a row read partial): it gives nothing
    if (value === null || value === undefined) continue;
    const had = fields[key];
    if (had === undefined || had === null) fields[key] = value;
    else if (had === value) continue;
    else if (normaliseText(String(had)) !== normaliseText(String(value))) differ.push(key);
  }
  return differ;
}
