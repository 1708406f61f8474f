import { beforeAll, describe, expect, it } from 'vitest';
import { serviceWorld } from '../../../test/world-kit.ts';
import { createCongressesService } from './congresses.service.ts';

/**
 * The congresses' statistics as a sheet an auditor can sum (ADR 14): by year (a number each), the bottom row adds the
 * flows while 职代会数 (a state at each year's end) stands as on the last day — so it is 全期（时点数截至…）, no 合计 —,
 * 按期召开 (a year's own figure) and 满意率 (a ratio) are not summed and a note row says so; by union, the unions come in the tree's order, the union's own row first.
 */
describe('the congresses’ statistics sheet', () => {
  const world = serviceWorld({
    at: '2026-04-03T09:00:00+08:00',
    service: (db, clock) => createCongressesService(db, clock),
    // siblings in the tree's order (by name): A before B, though B was made first
    tree: {
      county: ['root/district', '测试县总工会'],
      b: ['county/grassroots', 'B公司工会'],
      a: ['county/grassroots', 'A公司工会'],
    },
  });

  beforeAll(async () => {
    for (const org of [world.b, world.a, world.county]) {
      const staff = world.t.actor('staff', org);
      const { id } = await world.svc.createCongress(staff, { orgId: org.id, name: `${org.name}职代会` });
      const { id: termId } = await world.svc.addTerm(staff, id, {
        number: 1,
        startsOn: '2025-01-01',
        endsOn: '2029-12-31',
      });
      // A holds a session in each year, B only in 2025, the county in neither
      for (const heldOn of org === world.a
        ? ['2025-03-20', '2026-03-20']
        : org === world.b
          ? ['2025-03-20']
          : [])
        await world.svc.addSession(staff, termId, {
          number: Number(heldOn.slice(0, 4)) - 2024,
          title: `${heldOn.slice(0, 4)}年职代会`,
          heldOn,
          proposalsFrom: `${heldOn.slice(0, 4)}-03-01`,
          proposalsUntil: `${heldOn.slice(0, 4)}-03-10`,
        });
    }
  });

  const sheetsOf = async () =>
    world.svc.congressStatsSheets(world.t.actor('staff', world.county), {
      orgId: world.county.id,
      fromYear: 2025,
      toYear: 2026,
    });

  it('adds the flows of the years; the state at year end, a year’s own figure and a ratio are not summed, and said so', async () => {
    const byYear = (await sheetsOf()).find((s) => s.name === '按年度');
    if (!byYear) throw new Error('按年度');
    const col = (h: string) => byYear.headers.indexOf(h);
    const row = (first: string | number) => byYear.rows.find((r) => r[0] === first) ?? [];
    // the years are numbers an auditor can sort and compute with, not text
    expect(byYear.rows.slice(0, 2).map((r) => r[0])).toEqual([2025, 2026]);
    const whole = '全期（时点数截至2026-04-03）';
    expect(byYear.rows.some((r) => r[0] === '合计')).toBe(false);
    expect([row(2025), row(2026), row(whole)].map((r) => r[col('召开会议')])).toEqual([2, 1, 3]);
    // three congresses at the end of each year: the whole period's are those standing on the last day, not 6
    expect([row(2025), row(2026), row(whole)].map((r) => r[col('职代会数')])).toEqual([3, 3, 3]);
    // held in 2025 by A and B, in 2026 by A: a year's figure, no sum of the years
    expect([row(2025), row(2026)].map((r) => r[col('按期召开')])).toEqual([2, 1]);
    expect(row(whole)[col('按期召开')]).toBeNull();
    // the satisfaction is a ratio in a column shown as a percentage
    expect(byYear.percentColumns).toEqual([col('满意率')]);
    const notes = byYear.rows.filter((r) => r.length === 1).map((r) => String(r[0]));
    expect(notes).toEqual([
      expect.stringMatching(
        /^注：「职代会数」为时点数，不能相加：.*末行为截至2026-04-03之数.*不是合计，是全期/,
      ),
      expect.stringMatching(/^注：「按期召开」不能相加，合计栏空白：.*「按单位」表的合计行/),
      expect.stringMatching(/^注：「满意率」为比率，不能相加：/),
    ]);
  });

  it('lists the unions in the tree’s order, the union’s own row first and those under it a step in, and its 合计 sums them', async () => {
    const byUnion = (await sheetsOf()).find((s) => s.name === '按单位');
    if (!byUnion) throw new Error('按单位');
    const col = (h: string) => byUnion.headers.indexOf(h);
    expect(
      byUnion.rows.filter((r) => r.length > 1).map((r) => [r[0], r[col('职代会数')], r[col('按期召开')]]),
    ).toEqual([
      [`${world.county.name}（本级）`, 1, 0],
      [world.a.name, 1, 1],
      [world.b.name, 1, 0],
      ['合计', 3, 1],
    ]);
    // the union's own row on top, the unions under it a step in, the 合计 not indented
    expect(byUnion.indents).toEqual([0, 1, 1]);
  });
});
