import { writeWorkbook } from '../../shared/spreadsheet.ts';
import { formatYuan } from './programs.errors.ts';
import type { Category } from './programs.types.ts';
import type { Figures, ProgramReport } from './stats.service.ts';

export const CATEGORY_ZH: Record<Category, string> = {
  subsidy: '补贴（助推）',
  relief: '帮扶救助',
  quota_benefit: '名额类福利',
  flash_claim: '限量抢领',
  insurance: '保险',
};

const STATUS_ZH = { draft: '草稿', published: '进行中', closed: '已结束' } as const;

const FIGURE_HEADERS = [
  '申请数',
  '批准数',
  '不批准数',
  '受益人数',
  '涉及工会数',
  '批准金额（元）',
  '已发放金额（元）',
];
const figureCells = (f: Figures) => [
  f.applications,
  f.approved,
  f.rejected,
  f.people,
  f.unions,
  formatYuan(f.approvedFen),
  formatYuan(f.paidFen),
];

/** The report as a workbook: by program, by program and next-level union, by category. 金额 in yuan from fen. */
export function reportWorkbook(report: ProgramReport): { fileName: string; buffer: Buffer } {
  const period = report.from || report.to ? `${report.from ?? ''}至${report.to ?? ''}` : '全部期间';
  const byProgram = report.programs.map((p) => [
    p.name,
    CATEGORY_ZH[p.category],
    p.ownerOrgName,
    p.periodLabel,
    STATUS_ZH[p.status],
    ...figureCells(p),
    p.quota ?? '不限',
    p.quotaUsed,
    p.budgetFen === null ? '不限' : formatYuan(p.budgetFen),
    p.budgetLeftFen === null ? '不限' : formatYuan(p.budgetLeftFen),
  ]);
  byProgram.push(['合计', '', '', '', '', ...figureCells(report.totals), '', '', '', '']);
  const byUnion = report.programs.flatMap((p) =>
    p.byUnion.map((u) => [p.name, CATEGORY_ZH[p.category], u.name, ...figureCells(u)]),
  );
  const byCategory = report.byCategory.map((c) => [CATEGORY_ZH[c.category], c.programs, ...figureCells(c)]);
  const buffer = writeWorkbook([
    {
      name: '按项目',
      headers: [
        '项目',
        '类别',
        '主办工会',
        '项目期',
        '状态',
        ...FIGURE_HEADERS,
        '名额',
        '已用名额',
        '预算（元）',
        '剩余预算（元）',
      ],
      rows: byProgram,
    },
    { name: '按下级工会', headers: ['项目', '类别', '工会', ...FIGURE_HEADERS], rows: byUnion },
    { name: '按类别', headers: ['类别', '项目数', ...FIGURE_HEADERS], rows: byCategory },
  ]);
  return { fileName: `项目统计-${report.org.name}-${period}.xlsx`, buffer };
}
