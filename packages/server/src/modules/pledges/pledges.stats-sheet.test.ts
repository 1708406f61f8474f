/**
 * 连续项目与成果 of the 办实事 statistics as a third-party reader opens it (openpyxl): its series' 投入 end in a 合计
 * row, its 数量 (a series' projects beside each output in its own unit) left blank there with a note saying why; and
 * the export contract's checks of a column of yuan hold it, which the demo of the recent years cannot (it has no
 * series then, so the sheet is empty).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_TODAY } from '../../../test/clock.ts';
import { figuresOf, type ReadBook, readBooksInto, workbookFolder } from '../../../test/export-sheets.ts';
import { missingMoneyTotals, NOT_SUMMED, totalFailures } from '../../../test/export-totals.ts';
import { serviceWorld } from '../../../test/world-kit.ts';
import { createPledgesService } from './pledges.service.ts';
import { exportPledgeStats } from './pledges.stats.ts';

const w = serviceWorld({
  at: '2026-11-23T04:00:00Z',
  service: (db, clock) => createPledgesService(db, clock),
  tree: { union: 'root/district' },
  actors: { staff: ['staff', 'union'] },
});
const folder = workbookFolder('gonghui-pledges-');
afterAll(() => folder.remove());

const ROUTE = 'GET /api/pledges/stats.xlsx';

/** A project of `year` completed that year, of `series` or with an output of its own. */
async function completed(
  year: number,
  spentFen: number,
  over: { series?: string; output?: [number, string] },
) {
  const p = await w.svc.createPledge(w.staff, {
    orgId: w.union.id,
    year,
    title: `职工之家提档升级${w.t.unique()}`,
    category: 'conditions',
    budgetFen: spentFen,
    department: '职工服务部',
    series: over.series ?? null,
    milestones: [{ title: '建成投用', dueOn: `${year}-06-30` }],
  });
  const milestoneId = (await w.svc.getPledge(w.staff, p.id)).milestones[0].id;
  await w.svc.markMilestone(w.staff, p.id, milestoneId, `${year}-06-20`);
  await w.svc.completePledge(w.staff, p.id, {
    completedOn: `${year}-10-15`,
    spentFen,
    beneficiaryCount: 300,
    outputQty: over.output?.[0] ?? null,
    outputUnit: over.output?.[1] ?? null,
  });
}

describe('连续项目与成果 of the 办实事 statistics', () => {
  it('sums the series’ 投入 in a 合计 row, leaves 数量 of several units blank there and says why', async () => {
    await completed(2019, 380_000_00, { series: '外勤职工团体意外伤害保险' });
    await completed(2020, 400_000_12, { series: '外勤职工团体意外伤害保险' });
    await completed(2020, 150_000_00, { series: '金秋助学' });
    await completed(2020, 90_000_00, { output: [12, '个职工之家'] });
    const xlsx = await exportPledgeStats(
      w.db,
      w.staff,
      { orgId: w.union.id, fromYear: 2019, toYear: 2020 },
      TEST_TODAY,
    );
    folder.save(xlsx.buffer);
    const url = `/api/pledges/stats.xlsx?orgId=${w.union.id}&fromYear=2019&toYear=2020`;
    const answers: { key: string; url: string; book?: ReadBook }[] = [{ key: ROUTE, url }];
    const missing = readBooksInto(answers, folder.files, () => true);
    if (missing) expect.fail(missing);
    const sheets = figuresOf(answers).filter((f) => f.sheet.name === '连续项目与成果');
    expect(sheets).toHaveLength(1);
    const rows = sheets[0].sheet.rows.map((r) => r.map((c) => (c ? c.v : null)));
    expect(rows).toEqual([
      ['项目或成果', '数量', '投入（元）'],
      ['外勤职工团体意外伤害保险', 2, 780000.12],
      ['金秋助学', 1, 150000],
      ['个职工之家', 12],
      ['合计', null, 930000.12],
      [expect.stringMatching(/^注：「数量」不能相加，合计栏空白：.*单位不同/)],
    ]);
    expect(sheets[0].sheet.rows[4][2]?.f).toBe('0.00');
    // the export contract holds the sheet: its yuan have a bottom row, summed, 数量 declared and noted
    expect(missingMoneyTotals(sheets)).toEqual([]);
    const declared = NOT_SUMMED.filter((d) => d.route === ROUTE);
    expect(totalFailures(sheets, declared)).toEqual([]);
    // and would catch the sheet without its 合计 row
    const bare = { ...sheets[0], body: sheets[0].body.slice(0, 3) };
    expect(missingMoneyTotals([bare])).toEqual([
      `${url} 「连续项目与成果」: no 合计 row under its 3 rows of yuan`,
    ]);
  });
});
