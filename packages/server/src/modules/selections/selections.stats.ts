import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { type FigureNote, noteMakers, noteRows } from '../../shared/figure-notes.ts';
import { periodLine, statsFileName, unionLine } from '../../shared/figures-sheet.ts';
import { type PeriodAsked, periodText, type StatsPeriod, statsPeriod } from '../../shared/period.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { statsOrgAsked } from '../org/index.ts';
import { sumCounts } from '../reporting/index.ts';

/**
 * What each figure counts and by which day (issue 41): one list for the page's notes and the export's 说明 sheet.
 */
export function selectionFigureNotes(p: StatsPeriod): FigureNote[] {
  const { flow } = noteMakers(p);
  return [
    flow(
      'nominations',
      { zh: '推荐人数', en: 'Nominations' },
      '推荐日期在期间内的推荐（之后未入选的也计），计入推荐单位：主办工会的下一级中被推荐人所在的单位（主办工会本级会员计入主办工会）',
      "Nominations by the day made (later unsuccessful ones too), at the nominating unit: the organiser's child union the nominee belongs under (the organiser for its own members)",
    ),
    flow(
      'titles',
      { zh: '获评人数', en: 'Titles conferred' },
      '评选结果确定（公示期满、异议处理完毕）之日在期间内的获评人，计入获评人所在工会',
      "Nominees selected, by the day the results became final (notice over, objections settled), at the winner's union",
    ),
  ];
}

/**
 * Selection statistics of a union's subtree over a period (a year or any days), read from the reporting layer's counts:
 * - `selections.nominations`: nominations, on the day they were made, by title (dim) and category (dim2),
 *   counted at the nominating unit;
 * - `selections.titles`: titles conferred, on the day the results became final, by title and category,
 *   counted at the winner's own union.
 */
export async function getSelectionStats(
  db: Db,
  actor: Actor,
  q: { orgId?: number } & PeriodAsked,
  today: string,
) {
  const org = await statsOrgAsked(db, actor, q.orgId, 'reports.read');
  const period = statsPeriod(q, today);
  const rows = await sumCounts(db, {
    subject: ['selections.nominations', 'selections.titles'],
    path: org.path,
    from: period.from,
    to: period.to,
    by: ['subject', 'dim', 'dim2'],
  });
  const keyed = new Map<string, { title: string; category: string; nominations: number; titles: number }>();
  for (const r of rows) {
    const key = `${r.dim}\u0000${r.dim2}`;
    const row = keyed.get(key) ?? { title: r.dim, category: r.dim2, nominations: 0, titles: 0 };
    if (r.subject === 'selections.titles') row.titles += r.n;
    else row.nominations += r.n;
    keyed.set(key, row);
  }
  const items = [...keyed.values()].sort(
    (a, b) =>
      a.title.localeCompare(b.title, 'zh') ||
      b.titles - a.titles ||
      a.category.localeCompare(b.category, 'zh'),
  );
  return {
    org: { id: org.id, name: org.name },
    ...period,
    items,
    nominations: items.reduce((s, r) => s + r.nominations, 0),
    titles: items.reduce((s, r) => s + r.titles, 0),
    notes: selectionFigureNotes(period),
  };
}

export function statsWorkbook(report: Awaited<ReturnType<typeof getSelectionStats>>) {
  const buffer = writeWorkbook([
    {
      name: '评选统计',
      headers: ['统计单位', '称号', '类别', '推荐人数', '获评人数'],
      rows: [
        ...report.items.map((r) => [report.org.name, r.title, r.category, r.nominations, r.titles]),
        [report.org.name, '合计', '', report.nominations, report.titles],
      ],
      widths: [24, 20, 20, 12, 12],
    },
    {
      name: '说明',
      headers: ['项目', '内容'],
      rows: [unionLine(report.org.name), periodLine(report), ...noteRows(report.notes)],
      widths: [16, 60],
    },
  ]);
  return { fileName: statsFileName(report.org.name, '评选统计', periodText(report)), buffer };
}
