/**
 * Trial 44, finding 3 (ADR 161): a count hidden as "<5" cannot be worked out from the other cells of its column and
 * their 合计 — by month and by union, on the page and in the .xlsx export alike.
 */

import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../test/clock.ts';
import { registerKit } from '../../../test/register-kit.ts';
import { appWorld } from '../../../test/world-kit.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import { COUNSELLING_SESSIONS_REGISTER } from './counselling.sessions.import.ts';

const w = appWorld({
  app: { clock: fixedClock() },
  tree: {
    district: ['root/district', '心理统计区总工会'],
    firm: ['district/grassroots', '心理统计基层工会'],
  },
  users: { staff: ['staff', 'district'] },
});

type Cell = number | '<5' | '*';
type Stats = {
  total: { sessions: Cell };
  byMonth: { month: string; sessions: Cell }[];
  byUnion: { own: boolean; sessions: Cell }[];
};
const query = () => `orgId=${w.district.id}&year=2025`;
const stats = (): Promise<Stats> => kit.got(`/api/counselling/stats?${query()}`);
const kit = registerKit({
  app: () => w.t,
  cookie: () => w.staff,
  importUrl: '/api/counselling/sessions/import',
  register: COUNSELLING_SESSIONS_REGISTER,
  count: async () => 0,
});

describe('counselling statistics: no hidden count given away by the others', () => {
  it('hides the cell that, with the total, would give a "<5" away, on the page and in the export', async () => {
    await kit.imported(
      kit.sheet([
        [w.district.name, '心理咨询师', '2025-03', 12, 12],
        [w.district.name, '心理咨询师', '2025-04', 5, 5],
        [w.firm.name, '心理咨询师', '2025-05', 3, 3],
      ]),
      { created: 3, sessions: 20 },
    );
    const s = await stats();
    expect(s.total.sessions).toBe(20);
    const month = (m: string) => s.byMonth.find((r) => r.month === m)?.sessions;
    // 12, 5, <5 and 合计 20 gave 3 away: the 5 is hidden too
    expect([month('2025-03'), month('2025-04'), month('2025-05')]).toEqual([12, '*', '<5']);
    // by union: the firm's 3 and the union's own 17 under 合计 20
    expect(s.byUnion.map((u) => u.sessions)).toEqual(['*', '<5']);

    const res = await w.t.call({
      method: 'GET',
      url: `/api/counselling/stats.xlsx?${query()}`,
      cookie: w.staff,
    });
    expect(res.statusCode, res.body).toBe(200);
    const sheetOf = async (name: string) =>
      (await readSheet(res.rawPayload, 's.xlsx', { passOver: (n) => n !== name })).rows.map((r) =>
        Object.values(r.cells ?? r),
      );
    const months = await sheetOf('按月份');
    const row = (rows: unknown[][], first: string) => rows.find((r) => String(r[0]).startsWith(first));
    expect(row(months, '2025-04')?.[1]).toBe('*');
    expect(row(months, '2025-05')?.[1]).toBe('<5');
    expect(String(row(months, '2025-03')?.[1])).toBe('12');
    const unions = await sheetOf('按工会');
    expect(row(unions, w.district.name)?.[1]).toBe('*');
    expect(row(unions, w.firm.name)?.[1]).toBe('<5');
    expect(String(row(unions, '合计')?.[1])).toBe('20');
  });

  it('names each figure the same on the page (its notes) and in the export, which has no figure the page leaves out', async () => {
    const s = (await kit.got(`/api/counselling/stats?${query()}`)) as Stats & {
      notes: { key: string; label: { zh: string; en: string } }[];
    };
    const res = await w.t.call({
      method: 'GET',
      url: `/api/counselling/stats.xlsx?${query()}`,
      cookie: w.staff,
    });
    const { headers } = await readSheet(res.rawPayload, 's.xlsx', { passOver: (n) => n !== '按工会' });
    const figures = headers.slice(1);
    // trial 44, finding 8: 咨询场次 on the page and 会谈场次 in the export; 服务人数 only in the export
    expect(figures.map((h) => h.slice(0, h.indexOf('（')))).toEqual(s.notes.map((n) => n.label.zh));
    expect(s.notes.map((n) => n.key)).toEqual(Object.keys(s.total).sort((a, b) => order(a) - order(b)));
    expect(s.notes.find((n) => n.key === 'referrals')?.label).toEqual({
      zh: '高风险转介',
      en: 'High-risk referrals',
    });
    expect(s.notes.find((n) => n.key === 'peopleServed')?.label.zh).toBe('服务人数');
  });
});
const ORDER = [
  'sessions',
  'peopleServed',
  'assessments',
  'referrals',
  'counsellors',
  'volunteers',
  'trainingHours',
];
const order = (k: string) => ORDER.indexOf(k);
