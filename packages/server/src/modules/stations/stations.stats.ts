import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import { notesSheet } from '../../shared/figure-notes.ts';
import { figuresSheet, periodLine, statsFileName, unionLine } from '../../shared/figures-sheet.ts';
import { type PeriodAsked, periodText, statsPeriod } from '../../shared/period.ts';
import { withTotal } from '../../shared/sheet-totals.ts';
import { writeWorkbook, type XlsxSheet } from '../../shared/xlsx-writer.ts';
import { figuresByUnion, statsUnionAsked, treeSteps } from '../org/index.ts';
import { sumCounts } from '../reporting/index.ts';
import { countUninspected } from './stations.inspections.repository.ts';
import { KIND_ZH } from './stations.labels.ts';
import { stationFigureNotes } from './stations.notes.ts';
import { yearBefore } from './stations.register.steps.ts';
import { stationNames } from './stations.repository.ts';
import { STATION_KINDS, type StationKind } from './stations.vocabulary.ts';

/**
 * Goods handed out, added up per unit: 份 and 箱 are not added together, so there is one total per unit, the
 * largest first (as the goods table sorts its rows).
 */
function goodsByUnit(rows: { unit: string; quantity: number }[]) {
  const byUnit = new Map<string, number>();
  for (const g of rows) byUnit.set(g.unit, (byUnit.get(g.unit) ?? 0) + g.quantity);
  return [...byUnit.entries()]
    .map(([unit, quantity]) => ({ unit, quantity }))
    .sort((a, b) => b.quantity - a.quantity || a.unit.localeCompare(b.unit, 'zh-CN'));
}

/**
 * Statistics of a subtree's stations over a period (ADR 43): stations by kind and union as they stood on the
 * period's last day (`stations.stations`), visits per station and month and goods handed out over its days
 * (`stations.visits`, `stations.goods`), inspections over its days; open stations with no inspection in the 12
 * months up to that day are counted from the register itself.
 */

function monthsOf(from: string, to: string) {
  const out: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number);
  const end = to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    if (key > end || out.length > 240) break;
    out.push(key);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/** The stations the 到访 sheet (and the page) lists at most, the busiest first. */
const VISITS_LISTED = 500;

/**
 * 到访: each listed station's visits by month and their 合计, the sum of the stations listed; when more stations
 * were visited than are listed, a line under it says so, and where the whole's visits are (概况).
 */
export function visitsSheet(s: {
  months: string[];
  visits: { name: string; orgName: string; byMonth: number[]; total: number }[];
  stationsVisited: number;
  totals: { visits: number };
}): XlsxSheet {
  const cut = s.stationsVisited > s.visits.length;
  return {
    name: '到访（按站点和月份）',
    headers: ['站点', '所属工会', ...s.months, '合计'],
    widths: [30, 30, ...s.months.map(() => 9), 10],
    rows: [
      ...withTotal(
        s.months.length + 3,
        s.visits.map((v) => [v.name, v.orgName, ...v.byMonth, v.total]),
        2,
      ),
      ...(cut
        ? [
            [
              `仅列出到访最多的前${s.visits.length}个站点（期内有到访的站点共${s.stationsVisited}个），` +
                `合计为所列站点之和；全部站点的到访为${s.totals.visits}人次，见「概况」。`,
            ],
          ]
        : []),
    ],
  };
}

export function createStats(db: Db, clock: () => Date) {
  async function stats(actor: Actor, q: { orgId?: number } & PeriodAsked) {
    return db.tx(async (sql) => {
      // the head names the union counted: the one asked, else the clerk's own (never the query's orgId alone)
      const { path, orgId, orgName } = await statsUnionAsked(sql, actor, q.orgId, 'stations.read');
      const period = statsPeriod(q, todayInChina(clock()));
      const flows = { path, from: period.from, to: period.to };
      const [kinds, unions, visits, via, goods, inspections] = [
        await sumCounts(sql, { subject: 'stations.stations', path, to: period.asOf, by: ['dim'] }),
        await sumCounts(sql, { subject: 'stations.stations', path, to: period.asOf, by: ['org', 'dim'] }),
        await sumCounts(sql, { subject: 'stations.visits', ...flows, by: ['dim', 'month'] }),
        await sumCounts(sql, { subject: 'stations.visits', ...flows, by: ['dim2'] }),
        await sumCounts(sql, { subject: 'stations.goods', ...flows, by: ['dim', 'dim2'] }),
        await sumCounts(sql, { subject: 'stations.inspections', ...flows }),
      ];
      const months = monthsOf(period.from, period.to);
      const byKind = STATION_KINDS.map((kind) => ({ kind, n: kinds.find((r) => r.dim === kind)?.n ?? 0 }));
      const perUnion = new Map<number, Record<StationKind, number>>();
      for (const r of unions) {
        if (!r.n) continue;
        const u = perUnion.get(r.orgId) ?? { home: 0, outdoor: 0, nursing: 0, postal: 0, other: 0 };
        u[r.dim as StationKind] = (u[r.dim as StationKind] ?? 0) + r.n;
        perUnion.set(r.orgId, u);
      }
      // in the union tree's order, as the tree page and every other list of unions show them
      const byUnion = (await figuresByUnion(sql, perUnion))
        .map(({ orgId, orgName, depth, figures: k }) => ({
          orgId,
          orgName,
          depth,
          total: STATION_KINDS.reduce((t, x) => t + k[x], 0),
          ...k,
        }))
        .filter((u) => u.total > 0);
      const perStation = new Map<number, number[]>();
      for (const r of visits) {
        const id = Number(r.dim);
        const row = perStation.get(id) ?? months.map(() => 0);
        const i = months.indexOf(r.month);
        if (i >= 0) row[i] += r.n;
        perStation.set(id, row);
      }
      const visited = [...perStation.entries()]
        .map(([stationId, byMonth]) => ({ stationId, byMonth, total: byMonth.reduce((a, b) => a + b, 0) }))
        .filter((s) => s.total > 0)
        .sort((a, b) => b.total - a.total || a.stationId - b.stationId);
      const top = visited.slice(0, VISITS_LISTED);
      const names = await stationNames(
        sql,
        path,
        top.map((s) => s.stationId),
      );
      const visitsRows = top.map((s) => ({
        ...s,
        name: names.get(s.stationId)?.name ?? '',
        orgName: names.get(s.stationId)?.orgName ?? '',
      }));
      const goodsRows = goods
        .filter((g) => g.n > 0)
        .map((g) => ({ item: g.dim, unit: g.dim2, quantity: g.n }))
        .sort((a, b) => b.quantity - a.quantity);
      const n = (k: string) => via.find((r) => r.dim2 === k)?.n ?? 0;
      return {
        // every union the administrator sees, asking none: 0 and no name, as the page's whole tree
        orgId: orgId ?? 0,
        orgName: orgName ?? '',
        ...period,
        months,
        byKind,
        byUnion,
        visits: visitsRows,
        /** The stations visited in the period: more than `visits` lists when the list is cut. */
        stationsVisited: visited.length,
        goods: goodsRows,
        totals: {
          stations: byKind.reduce((t, k) => t + k.n, 0),
          uninspected: await countUninspected(sql, path, yearBefore(period.asOf), period.asOf),
          visits: n('qr') + n('staff') + n('register'),
          qrVisits: n('qr'),
          staffVisits: n('staff'),
          registerVisits: n('register'),
          goodsByUnit: goodsByUnit(goodsRows),
          inspections: inspections[0]?.n ?? 0,
        },
        notes: stationFigureNotes(period, yearBefore(period.asOf)),
      };
    });
  }

  return {
    stats,
    async statsXlsx(actor: Actor, q: { orgId?: number } & PeriodAsked) {
      const s = await stats(actor, q);
      const buffer = writeWorkbook([
        figuresSheet(
          '概况',
          [
            unionLine(s.orgName),
            periodLine(s),
            ['站点数截至', s.asOf],
            ['开放站点（个）', s.totals.stations],
            ['近12个月未检查的站点（个）', s.totals.uninspected],
            ['到访（人次）', s.totals.visits],
            ['其中扫码签到', s.totals.qrVisits],
            ['其中工作人员登记服务', s.totals.staffVisits],
            ['其中台账导入服务人次', s.totals.registerVisits],
            ...(s.totals.goodsByUnit.length
              ? s.totals.goodsByUnit.map((g) => [`发放物资（${g.unit}）`, g.quantity] as [string, number])
              : [['发放物资', 0] as [string, number]]),
            ['年检/星级评定（次）', s.totals.inspections],
            ...s.byKind.map((k) => [`${KIND_ZH[k.kind]}（个）`, k.n] as [string, number]),
          ],
          [36, 30],
        ),
        {
          name: '按工会',
          headers: ['工会', ...STATION_KINDS.map((k) => KIND_ZH[k]), '合计'],
          widths: [36, 12, 16, 10, 14, 10, 10],
          indents: treeSteps(s.byUnion.map((u) => u.depth)),
          rows: withTotal(
            STATION_KINDS.length + 2,
            s.byUnion.map((u) => [u.orgName, ...STATION_KINDS.map((k) => u[k]), u.total]),
          ),
        },
        visitsSheet(s),
        {
          name: '物资发放',
          headers: ['物资', '单位', '数量'],
          widths: [30, 10, 12],
          rows: s.goods.map((g) => [g.item, g.unit, g.quantity]),
        },
        notesSheet(s.notes),
      ]);
      return { buffer, fileName: statsFileName(s.orgName, '服务站点统计', periodText(s)) };
    },
  };
}
