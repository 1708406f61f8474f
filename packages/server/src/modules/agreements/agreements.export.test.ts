/**
 * The agreements list exports as it is filtered (集体合同.xlsx): each agreement with its days as dates, its kind,
 * level and state in words, the enterprises and workers it covers; the export is audited, and a union outside the
 * caller's subtree is refused.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { appWorld } from '../../../test/world-kit.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import { agreementsKit, usccSeries } from './agreements.test-kit.ts';

const w = appWorld({
  tree: {
    district: ['root/district', '昌平合同导出测试区总工会'],
    outside: ['root/district', '外区合同导出测试总工会'],
  },
  users: { staff: ['staff', 'district'] },
});
const codes = usccSeries(() => w.t.ctx.unique(), '91110114');
const kit = agreementsKit(w);

beforeAll(async () => {
  const row = (kind: string, title: string, signed: string, expires: string, workers: string) => [
    w.district.name,
    kind,
    title,
    signed,
    '',
    expires,
    '区域',
    `昌平导出测试${title}公司`,
    codes.next(),
    workers,
    '20',
  ];
  await kit.imported(
    kit.sheet([
      row('女职工专项', '女职工专项协议甲', '2019-03-05', '2022-03-31', '50'),
      row('综合', '综合集体合同乙', '2025-01-10', '2028-01-09', '120'),
    ]),
    { agreements: 2 },
  );
});

const exported = (query: string) =>
  w.t.call({ method: 'GET', url: `/api/agreements.xlsx?${query}`, cookie: w.staff });

describe('the agreements list’s export', () => {
  it('has every agreement the list holds, as the list filters them, its days as dates', async () => {
    const res = await exported(`orgId=${w.district.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const sheet = await readSheet(res.rawPayload, 'agreements.xlsx', {
      isHeader: (c) => c[0] === '合同名称',
    });
    const col = (name: string) => sheet.headers.findIndex((h) => h.startsWith(name));
    const rows = sheet.rows.map((r) => r.cells);
    expect(
      rows
        .map((r) => [
          r[col('合同名称')],
          r[col('合同类别')],
          r[col('签订日期')],
          r[col('状态')],
          r[col('覆盖职工')],
        ])
        .sort(),
    ).toEqual([
      ['女职工专项协议甲', '女职工特殊权益保护专项协议', '2019-03-05', '已到期', '50'],
      ['综合集体合同乙', '综合集体合同', '2025-01-10', '有效', '120'],
    ]);
    const women = await exported(`orgId=${w.district.id}&kind=women`);
    const onlyWomen = await readSheet(women.rawPayload, 'agreements.xlsx', {
      isHeader: (c) => c[0] === '合同名称',
    });
    expect(onlyWomen.rows.map((r) => r.cells[0])).toEqual(['女职工专项协议甲']);
  });

  it('is audited, and refused for a union outside the subtree', async () => {
    const audited = await w.t.db.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'agreement.export'`,
    );
    expect(audited.rows[0].n).toBeGreaterThan(0);
    expect((await exported(`orgId=${w.outside.id}`)).statusCode).toBe(404);
  });
});
