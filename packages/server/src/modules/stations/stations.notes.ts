import { type FigureNote, noteMakers } from '../../shared/figure-notes.ts';
import type { StatsPeriod } from '../../shared/period.ts';
import { KIND_ZH } from './stations.labels.ts';
import type { StationKind } from './stations.vocabulary.ts';

const KIND_EN: Record<StationKind, string> = {
  home: "Workers' homes",
  outdoor: 'Outdoor workers’ stations',
  nursing: 'Nursing rooms',
  postal: 'Postal workers’ homes',
  other: 'Other stations',
};

/**
 * What each figure of the stations' statistics counts and by which day (issue 41), as stations.recount.repository.ts
 * and the register count it: one list for the page's notes and the export's 说明 sheet. Stations stand on asOf;
 * visits, goods and inspections are counted on their day over the period; all by the station's union.
 */
export function stationFigureNotes(p: StatsPeriod, uninspectedSince: string): FigureNote[] {
  const { flow, state } = noteMakers(p);
  const at = '，按站点所属工会统计';
  const atEn = ", by the station's union";
  return [
    state(
      'stations',
      { zh: '开放站点', en: 'Open stations' },
      `当日开放的站点${at}`,
      `Stations open that day${atEn}`,
    ),
    ...(Object.keys(KIND_ZH) as StationKind[]).map((k) =>
      state(
        k,
        { zh: KIND_ZH[k], en: KIND_EN[k] },
        `其中当日开放的${KIND_ZH[k]}${at}`,
        `Of those, ${KIND_EN[k]} open that day${atEn}`,
      ),
    ),
    state(
      'byUnion.total',
      { zh: '合计（按工会）', en: 'Total (by union)' },
      '该工会当日开放的各类站点合计',
      "The union's stations of every kind open that day",
    ),
    state(
      'uninspected',
      { zh: '近12个月未检查的站点', en: 'Not inspected for 12 months' },
      `开放日不晚于当日、现仍开放，且在${uninspectedSince}至当日没有年检或星级评定记录的站点${at}`,
      `Stations opened by then and open now with no inspection from ${uninspectedSince} to that day${atEn}`,
    ),
    flow(
      'visits',
      { zh: '到访（人次）', en: 'Visits' },
      `到访日期在期间内的到访：扫码签到、工作人员登记的服务和站点服务台账导入的服务人次${at}`,
      `Visits by their day: QR sign-ins, services staff recorded and the people served brought in from the station services register${atEn}`,
    ),
    flow(
      'qrVisits',
      { zh: '其中扫码签到', en: 'Of which QR sign-ins' },
      '其中职工扫站点二维码签到的',
      'Of those, workers signing in with the station’s QR code',
    ),
    flow(
      'staffVisits',
      { zh: '其中工作人员登记服务', en: 'Of which recorded by staff' },
      '其中工作人员登记的服务',
      'Of those, services staff recorded',
    ),
    flow(
      'registerVisits',
      { zh: '其中台账导入', en: 'Of which from the register' },
      '其中从站点服务台账导入的服务人次，按服务日期计',
      'Of those, people served brought in from the station services register, on the day served',
    ),
    flow(
      'visits.byMonth',
      { zh: '各月到访', en: 'Visits by month' },
      '各站点每月的到访人次（到访最多的500个站点）',
      'Each station’s visits by month (the 500 stations with the most)',
    ),
    flow(
      'visits.total',
      { zh: '站点到访合计', en: 'Station’s visits' },
      '该站点期间内的到访人次',
      'The station’s visits in the period',
    ),
    flow(
      'goodsByUnit',
      { zh: '发放物资（按单位）', en: 'Goods handed out, by unit' },
      `发放日期在期间内的物资发放数量，按计量单位分别合计（份、箱等不相加）${at}`,
      `Goods handed out, by the day, added up per unit (boxes and packs are not added together)${atEn}`,
    ),
    flow(
      'quantity',
      { zh: '物资数量', en: 'Quantity' },
      '按物资和单位分的发放数量',
      'The quantity handed out, by item and unit',
    ),
    flow(
      'inspections',
      { zh: '年检/星级评定（次）', en: 'Inspections' },
      `检查日期在期间内的年检和星级评定（未通过的也计）${at}`,
      `Inspections and star ratings by their day (failed ones too)${atEn}`,
    ),
  ];
}
