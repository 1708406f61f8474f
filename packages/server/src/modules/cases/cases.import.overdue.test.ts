/**
 * Requests brought in through the register count as overdue on the days their recorded steps say (issue 42): the
 * statistics asked without a day (from the counts kept per day) and the same asked "as of" the period's last day
 * (from the recorded steps) give the same open and overdue requests, month by month, for a mix of past requests
 * answered late, accepted late, never accepted and closed in time.
 */

import { describe, expect, it } from 'vitest';
import { multipart } from '../../../test/api.ts';
import { fixedClock } from '../../../test/clock.ts';
import { appWorld } from '../../../test/world-kit.ts';
import { monthEnd } from '../../shared/dates.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';

const w = appWorld({
  tree: { street: ['root/street', '逾期街道总工会'], firm: ['street/grassroots', '逾期基层工会'] },
  users: { staff: ['staff', 'street'] },
  app: { clock: fixedClock() },
});

const HEADERS = [
  '收到日期',
  '渠道',
  '类别',
  '诉求内容',
  '所在工会',
  '匿名',
  '受理日期',
  '答复日期',
  '答复内容',
  '办结日期',
];

describe('imported requests and overdue', () => {
  it('counts the same open and overdue requests asked without a day and as of each month’s end', async () => {
    const row = (received: string, accepted: string, answered: string, closed: string) => [
      received,
      '职工维权热线',
      '劳动合同',
      '未签劳动合同',
      w.firm.name,
      '是',
      accepted,
      answered,
      answered ? '已答复' : '',
      closed,
    ];
    const rows = [
      row('2024-01-08', '', '', ''), // never accepted: overdue from its acceptance deadline on, still open
      row('2024-02-05', '2024-02-06', '2024-05-20', '2024-06-03'), // answered months late, then closed
      row('2024-03-04', '2024-03-28', '2024-04-02', ''), // accepted late, answered, still open
      row('2024-04-01', '2024-04-02', '2024-04-08', '2024-04-09'), // in time throughout
      row('2024-11-25', '', '', '2024-11-26'), // closed before any deadline
      row('2024-12-30', '', '', ''), // overdue from January 2025
    ];
    const res = await w.t.call({
      method: 'POST',
      url: '/api/cases/import',
      cookie: w.staff,
      ...multipart('台账.xlsx', writeWorkbook([{ name: '诉求台账', headers: HEADERS, rows }])),
    });
    expect(res.statusCode, res.body).toBe(200);
    const stats = async (to: string, asOf?: string) => {
      const r = await w.t.call({
        method: 'GET',
        url: `/api/cases/stats?orgId=${w.firm.id}&from=2024-01&to=${to}${asOf ? `&asOf=${asOf}` : ''}`,
        cookie: w.staff,
      });
      expect(r.statusCode, r.body).toBe(200);
      const { open, overdue } = r.json() as { open: number; overdue: number };
      return { open, overdue };
    };
    const seen: number[] = [];
    for (const month of [
      '2024-01',
      '2024-02',
      '2024-03',
      '2024-04',
      '2024-05',
      '2024-06',
      '2024-12',
      '2025-01',
    ]) {
      const plain = await stats(month);
      expect(plain, month).toEqual(await stats(month, monthEnd(`${month}-01`)));
      seen.push(plain.overdue);
    }
    expect(seen).toEqual([1, 2, 3, 2, 1, 1, 1, 2]);
    // today (the tests' 2026-06-15): the two never accepted and the one answered late but not closed
    expect(await stats('2026-06')).toEqual({ open: 3, overdue: 2 });
  });
});
