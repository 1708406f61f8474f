import { describe, expect, it } from 'vitest';
import type { ReturnForm } from './returns.form.ts';
import { consolidatedSheets } from './returns.table.ts';

const form: ReturnForm = {
  sections: [
    {
      key: 's1',
      title: '一、会员',
      fields: [{ key: 'f1', label: '会员人数', type: 'int', unit: '人' }],
      tables: [],
    },
  ],
  rules: [],
};
const row = { key: 'f1', label: '会员人数', unit: '人', type: 'int', lastYear: null };
const head = { title: '2025年基层工会调查表', orgName: '杨镇总工会', from: '2024-10-01', to: '2025-09-30' };

/**
 * The consolidated table's sheet says at its top what its 合计 sums: a town's total holds its own figures (本级)
 * with the unions below it it accepted, where the sheet said 已审核的 3/3 个单位之和 over a total holding the
 * town's own 12 as well.
 */
describe("the consolidated sheet's line on its total", () => {
  it('names 本级 where the union has figures of its own in the total', () => {
    const [sheet] = consolidatedSheets(
      form,
      {
        rows: [
          {
            ...row,
            total: '32',
            own: '12',
            cells: [{ orgId: 4, text: '20', lastYear: null, outlier: null }],
          },
        ],
        lists: [],
        columns: [{ orgId: 4, orgName: '汇丰包装工会', status: 'accepted', consolidates: false }],
        hasLastYear: false,
        hasOwn: true,
        accepted: 1,
        unions: 1,
      } as Parameters<typeof consolidatedSheets>[1],
      head,
    );
    expect(sheet.rows[3]).toEqual(['合计（已审核）', '本级与已审核的1/1个下级单位之和']);
    expect(sheet.rows.find((r) => r[0] === '会员人数')).toEqual(['会员人数', '人', 32, 12, 20]);
  });

  it('counts the accepted unions alone at the issuer, which has no figures of its own', () => {
    const [sheet] = consolidatedSheets(
      form,
      {
        rows: [
          {
            ...row,
            total: '20',
            own: null,
            cells: [{ orgId: 4, text: '20', lastYear: null, outlier: null }],
          },
        ],
        lists: [],
        columns: [{ orgId: 3, orgName: '杨镇总工会', status: 'accepted', consolidates: true }],
        hasLastYear: false,
        hasOwn: false,
        accepted: 1,
        unions: 6,
      } as Parameters<typeof consolidatedSheets>[1],
      { ...head, orgName: '顺义区总工会' },
    );
    expect(sheet.rows.slice(0, 4)).toEqual([
      ['填报任务', '2025年基层工会调查表'],
      ['统计单位', '顺义区总工会'],
      ['统计期间', '2024-10-01至2025-09-30'],
      ['合计（已审核）', '已审核的1/6个单位之和'],
    ]);
  });
});
