import { usccCheckChar } from '../../src/modules/org/index.ts';
import { allCreated, type Created, day, sheetRegister } from './register.ts';

const KINDS = ['综合集体合同', '工资专项集体合同', '女职工特殊权益保护专项协议', '劳动安全卫生专项集体合同'];

/** A valid credit code for the n-th enterprise. */
const uscc = (n: number) => {
  const body = `91110114MA${String(n).padStart(7, '0')}`;
  return body + usccCheckChar(body);
};

/**
 * Collective agreements (集体合同台账): enterprise agreements of four kinds, three years each, signed by the unions
 * for 2,500 small enterprises of their own (each named with its credit code and head counts).
 */
export const agreementsRegister = sheetRegister<Created>({
  key: 'agreements',
  name: 'agreements',
  defaultSize: 10_000,
  sheetName: '集体合同',
  headers: [
    '签约工会',
    '合同类别',
    '合同名称',
    '签订日期',
    '生效日期',
    '到期日期',
    '合同层级',
    '企业名称',
    '统一社会信用代码',
    '职工人数',
    '女职工人数',
  ],
  rows: ({ unions }, n) =>
    Array.from({ length: n }, (_, i) => {
      const firm = Math.floor(i / 4) % 2500;
      return [
        unions[firm % unions.length].name,
        KINDS[i % 4],
        `台账集体合同第${i + 1}份`,
        day(i),
        day(i, 10),
        day(i, 1000),
        '企业',
        `台账小微企业${firm + 1}有限公司`,
        uscc(firm + 1),
        String(20 + (firm % 80)),
        String(5 + (firm % 20)),
      ];
    }),
  fileName: 'a.xlsx',
  service: (s) => s.agreements.register,
  expect: allCreated('agreements'),
});
