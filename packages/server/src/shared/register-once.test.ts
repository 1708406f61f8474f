import { describe, expect, it } from 'vitest';
import { linesOnce } from './register-once.ts';
import type { RegisterRowError } from './register-sheet.ts';

const what = { zh: '站点、日期和服务类别', en: 'station, day and kind of service' };
const line = (rowNo: number, key: string, n: number) => ({ rowNo, key, n });

describe('a register of counts takes each key once', () => {
  it('refuses a key an earlier row gave and one stored already, naming the column and the rows; answers the lines without their rows', async () => {
    const errors: RegisterRowError[] = [];
    const asked: string[][] = [];
    const kept = await linesOnce(
      [line(2, 'a', 1), line(3, 'b', 2), line(4, 'a', 3), line(5, 'c', 4)],
      (l) => l.key,
      errors,
      { column: '服务类别', what },
      async (lines) => {
        asked.push(lines.map((l) => l.key));
        return new Set(['c']);
      },
    );
    // the stored keys are asked of the lines once each, the repeat left out
    expect(asked).toEqual([['a', 'b', 'c']]);
    expect(errors.map((e) => [e.rowNo, e.column, e.messageZh, e.messageEn])).toEqual([
      [
        4,
        '服务类别',
        '与第2行是同一站点、日期和服务类别',
        'The same station, day and kind of service as row 2',
      ],
      [
        5,
        '服务类别',
        '该站点、日期和服务类别已导入过',
        'This station, day and kind of service was brought in before',
      ],
    ]);
    expect(kept).toEqual([
      { key: 'a', n: 1 },
      { key: 'b', n: 2 },
      { key: 'c', n: 4 },
    ]);
  });
});
