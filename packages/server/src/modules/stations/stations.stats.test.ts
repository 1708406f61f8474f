import { describe, expect, it } from 'vitest';
import { visitsSheet } from './stations.stats.ts';

/** The 到访 sheet of stations listed: each with 3 visits in each of two months. */
const listing = (listed: number, visited: number) =>
  visitsSheet({
    months: ['2026-01', '2026-02'],
    visits: Array.from({ length: listed }, (_, i) => ({
      name: `站点${i + 1}`,
      orgName: '建国门街道总工会',
      byMonth: [3, 3],
      total: 6,
    })),
    stationsVisited: visited,
    totals: { visits: visited * 6 },
  });

describe('the 到访 sheet', () => {
  it('sums the stations it lists, and says nothing more when it lists every station visited', () => {
    const { rows } = listing(3, 3);
    expect(rows).toHaveLength(4);
    expect(rows.at(-1)).toEqual(['合计', '', 9, 9, 18]);
  });

  it('says, when the list is cut, that its 合计 is of the stations listed and where the whole is', () => {
    const { rows } = listing(500, 501);
    expect(rows.at(-2)).toEqual(['合计', '', 1500, 1500, 3000]);
    expect(rows.at(-1)).toEqual([
      '仅列出到访最多的前500个站点（期内有到访的站点共501个），合计为所列站点之和；全部站点的到访为3006人次，见「概况」。',
    ]);
  });
});
