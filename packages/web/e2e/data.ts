import { randomInt } from 'node:crypto';
import * as XLSX from '@e965/xlsx';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** A valid 18-character resident ID number (GB 11643 check character) born in `year`. */
export function idNumber(year: number, serial: number): string {
  const month = String(randomInt(1, 13)).padStart(2, '0');
  const day = String(randomInt(1, 29)).padStart(2, '0');
  const body = `110113${year}${month}${day}${String(serial % 1000).padStart(3, '0')}`;
  const sum = [...body].reduce((s, c, i) => s + Number(c) * WEIGHTS[i], 0);
  return body + CHECK[sum % 11];
}

/** The same number with a wrong check character. */
export function withBadCheck(id: string): string {
  const right = id[17];
  return id.slice(0, 17) + (right === '1' ? '2' : '1');
}

/** Two characters that make this run's names unique, so a name-prefix search finds exactly them. */
export function runTag(): string {
  const pool = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';
  return pool[randomInt(pool.length)] + pool[randomInt(pool.length)];
}

export const randomPhone = () => `139${String(randomInt(0, 1e8)).padStart(8, '0')}`;

/** An .xlsx workbook with one sheet of `rows` under `headers`. */
export function workbook(headers: string[], rows: (string | null)[][]): Buffer {
  const sheet = XLSX.utils.aoa_to_sheet([headers, ...rows]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '会员');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}
