import type { Actor } from '../../access/access.ts';
import { ownRowName, periodLine, statsFileName, unionLine } from '../../shared/figures-sheet.ts';
import { type PeriodAsked, periodText } from '../../shared/period.ts';
import { notSummedNote, wholeRow } from '../../shared/sheet-totals.ts';
import { writeWorkbook, type XlsxSheet } from '../../shared/xlsx-writer.ts';
import { getOrgInScope, treeSteps } from '../org/index.ts';
import type { CongressContext } from './congresses.context.ts';
import { quorumOf, withResultText } from './congresses.quorum.ts';
import type { createStatsUseCases, StatsRow } from './congresses.stats.ts';
import type { StatsKey } from './congresses.stats-notes.ts';
import { listClosedMotions } from './congresses.votes.repository.ts';

const RESULT_ZH = { passed: '通过', failed: '未通过', no_quorum: '未达法定人数' } as const;
const KIND_ZH = { resolution: '决议', agreement: '集体合同', welfare: '福利方案', other: '其他' } as const;

/** A figure as a cell: a count as a number; the satisfaction as the ratio (0.667, shown 66.7%), blank when none rated. */
function cellOf(r: StatsRow, key: StatsKey): number | null {
  if (key === 'satisfaction')
    return r.rated ? Math.round(((r.satisfied + r.basic) * 1000) / r.rated) / 1000 : null;
  return r[key];
}

/**
 * The congresses' statistics as .xlsx: by year, by union, every vote closed in the period with its result in words
 * (the one rule of congresses.quorum.ts), and what each figure counts (口径说明, the page's notes). Every figure is
 * a number cell (a year too; the satisfaction a ratio shown as a percentage); a 合计 row sums its rows, save the
 * figures its note rows name, and 按年度's bottom row, holding 职代会数 as on the last day, is 全期（时点数截至…）, no
 * 合计 (shared/sheet-totals.ts).
 */
export function createStatsExport(ctx: CongressContext, stats: ReturnType<typeof createStatsUseCases>) {
  const { db } = ctx;

  async function congressStatsSheets(actor: Actor, q: { orgId?: number } & PeriodAsked) {
    const s = await stats.congressStats(actor, q);
    const keys = s.notes.map((n) => n.key);
    const headers = s.notes.map((n) => n.label.zh);
    const percentColumns = [keys.indexOf('satisfaction') + 1].filter((c) => c > 0);
    const cells = (r: StatsRow) => keys.map((k) => cellOf(r, k));
    // the whole period by year: the flows summed; 职代会数 the state on the last day, 按期召开 a year's own (blank)
    const yearTotal = keys.map((k) => (k === 'heldOnTime' ? null : cellOf(s.total, k)));
    const label = (k: StatsKey) => s.notes.find((n) => n.key === k)?.label.zh ?? k;
    const ratioNote = notSummedNote(
      'ratio',
      [label('satisfaction')],
      '合计（全期）为全部评价的（满意＋基本满意）÷评价',
    );
    // the union the figures were asked for (its scope already checked by congressStats)
    const motions = await db.tx(async (sql) => {
      const id = q.orgId ?? actor.orgId;
      const path = id ? (await getOrgInScope(sql, actor, id)).path : actor.scopePath;
      return path ? listClosedMotions(sql, path, s.from, s.asOf) : [];
    });
    const sheets: XlsxSheet[] = [
      {
        name: '按年度',
        headers: ['年度', ...headers],
        percentColumns,
        rows: [
          ...s.years.map((y) => [y.year, ...cells(y)]),
          wholeRow('state', s.asOf, yearTotal),
          [
            notSummedNote(
              'state',
              [label('congresses')],
              `各年为当年年末已建立的职代会（当年计至${s.asOf}），末行为截至${s.asOf}之数，即末年之数，所以末行不是合计，是全期（其余各栏为期间之和）`,
            ),
          ],
          [
            notSummedNote(
              'apart',
              [label('heldOnTime')],
              '各年为当年召开了会议的职代会，全期栏空白；期间内每一年都召开了会议的职代会见「按单位」表的合计行',
            ),
          ],
          [ratioNote],
        ],
      },
      {
        name: '按单位',
        headers: ['单位', ...headers],
        percentColumns,
        // the union's own row on top, the unions right under it a step in
        indents: treeSteps(s.unions.map((u) => u.depth)),
        rows: [
          ...s.unions.map((u) => [u.own ? ownRowName(u.orgName) : u.orgName, ...cells(u)]),
          ['合计', ...cells(s.total)],
          [ratioNote],
        ],
      },
      {
        name: '表决结果',
        headers: [
          '单位',
          '职代会',
          '会议',
          '会议日期',
          '表决事项',
          '类别',
          '表决结束日',
          '全体代表',
          '出席',
          '法定人数',
          '赞成',
          '反对',
          '弃权',
          '通过所需赞成票',
          '结果',
          '结果说明',
        ],
        rows: motions
          .map((m) => withResultText(m))
          .map((m) => [
            m.orgName,
            m.congressName,
            m.sessionTitle,
            m.heldOn,
            m.title,
            KIND_ZH[m.kind],
            m.closedOn,
            m.delegates,
            m.present,
            m.delegates === null ? null : quorumOf(m.delegates),
            m.yes,
            m.no,
            m.abstain,
            m.majority,
            m.result ? RESULT_ZH[m.result] : null,
            m.resultText?.zh ?? null,
          ]),
        dateColumns: [3, 6],
        widths: [20, 20, 20, 12, 30, 10, 12, 8, 8, 8, 8, 8, 8, 10, 12, 50],
      },
      {
        name: '口径说明',
        headers: ['指标', '统计口径'],
        rows: [
          unionLine(s.orgName),
          periodLine(s),
          ...s.notes.map((n) => [n.label.zh, n.note.zh]),
          ['表决结果', `表决结束日在${s.from}至${s.asOf}的表决事项，逐项列出`],
        ],
        widths: [16, 80],
      },
    ];
    return { sheets, stats: s };
  }

  return {
    /** The export's sheets as rows of values (what the .xlsx holds, cell by cell). */
    async congressStatsSheets(actor: Actor, q: { orgId?: number } & PeriodAsked) {
      return (await congressStatsSheets(actor, q)).sheets;
    },
    async congressStatsXlsx(actor: Actor, q: { orgId?: number } & PeriodAsked) {
      const { sheets, stats: s } = await congressStatsSheets(actor, q);
      return {
        buffer: writeWorkbook(sheets),
        fileName: statsFileName(s.orgName, '职代会统计', periodText(s)),
      };
    },
  };
}
