import { type RowPlace, rowEn, rowsEn, rowsZh, rowZh } from '../../../server/src/shared/sheet-place.ts';

export type { RowPlace };

/** A row that names its sheet when the file was read from several (ADR 152), as the server's messages name it. */
export const rowWords = (r: RowPlace, lang: string) => (lang === 'en' ? rowEn(r) : rowZh(r));

/** A row in a table's 行 column: its number, or its sheet and number when the file was read from several. */
export const rowCell = (r: RowPlace, lang: string): string | number =>
  r.sheet === undefined ? r.rowNo : rowWords(r, lang);

/** A row told apart from every other of the file: its sheet (when several were read) and its number. */
export const rowKeyOf = (r: RowPlace) => `${r.sheet ?? ''}|${r.rowNo}`;

/** Rows read as no data: a 合计 row, a bare row of the sums above it (`sum`), or a note. */
export interface IgnoredRow extends RowPlace {
  reason: 'total' | 'sum' | 'note';
}

/** Several rows: 第5、7行 / row 5, 7, or each with its sheet, as the server's messages list them. */
export const rowsWords = (rows: RowPlace[], lang: string) => (lang === 'en' ? rowsEn(rows) : rowsZh(rows));
