import { describe, expect, it } from 'vitest';
import { statsPeriod } from '../../shared/period.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import type { Stats } from './learning.schemas.ts';
import { learningFigureNotes, statsWorkbook } from './stats.service.ts';

/** The learning export as an auditor sums it: each sheet of figures ends in a 合计 row equal to the page's totals. */
describe('the learning statistics workbook', () => {
  const period = statsPeriod({ year: 2026 }, '2026-11-30');
  const line = (key: number, name: string, enrolments: number, completions: number, hours: number) => ({
    key,
    name,
    enrolments,
    completions,
    hours,
  });
  const stats: Stats = {
    ...period,
    orgName: '杨镇总工会',
    totals: { enrolments: 5, completions: 3, courseHours: 4.5, activityHours: 2 },
    byCourse: [line(1, '安全生产', 3, 2, 3), line(2, '劳动法律', 2, 1, 1.5)],
    bySite: [line(7, '沙湾区总工会', 4, 2, 3), line(8, '中建二局工会', 1, 1, 1.5)],
    byUnion: [{ ...line(3, '杨镇总工会', 5, 3, 6.5), depth: 1 }],
    notes: learningFigureNotes(period),
  };

  it('ends the courses’ and the sites’ sheets in a 合计 row, as the unions’ one', async () => {
    const book = statsWorkbook(stats);
    for (const column of ['工会', '课程', '示范点']) {
      const sheet = await readSheet(book, 's.xlsx', { isHeader: (c) => c[0] === column });
      const total = sheet.rows.at(-1)?.cells ?? [];
      const hours = column === '工会' ? 6.5 : 4.5;
      expect(total.slice(0, 4).map(String), column).toEqual(['合计', '5', '3', String(hours)]);
    }
  });
});
