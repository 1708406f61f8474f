import type { Actor } from '../../../access/access.ts';
import type { Db, Sql } from '../../../db/db.ts';
import { type FigureNote, noteMakers, notesSheet } from '../../../shared/figure-notes.ts';
import { periodLine, statsFileName, unionLine } from '../../../shared/figures-sheet.ts';
import { type PeriodAsked, periodText, type StatsPeriod, statsPeriod } from '../../../shared/period.ts';
import { withTotal } from '../../../shared/sheet-totals.ts';
import { writeWorkbook, type XlsxSheet } from '../../../shared/xlsx-writer.ts';
import { statsOrgAsked } from '../../org/index.ts';
import { type SubjectPaidRow, sumSubjectPayments } from '../../programs/index.ts';
import { type CountRow, sumCounts } from '../../reporting/index.ts';
import { LEVEL_WORDS } from '../innovation.errors.studios.ts';
import { STUDIO_LEVELS } from '../innovation.vocabulary.ts';
import { kindOfPreset, STUDIO_GRANTS } from './studios.grant-kinds.ts';
import { levelRank } from './studios.repository.ts';

/**
 * Studio statistics over a subtree and a period (years or any days; levels as they stood on its last day), read from the reporting layer (the studios
 * helper's subjects and the achievements helper's `innovation.achievements`, `innovation.conversions`,
 * `innovation.patents`) and, for subsidies, from the programs ledger (applications about studios, counted on
 * the date of the decision that opened them; projects are the approved innovation-project applications) plus the
 * grants recorded as paid outside the platform (`innovation.outside_grants`, counted on the day approved).
 */

export type StudioStatsQuery = { orgId?: number } & PeriodAsked;

/** Studios led by model workers of city level or above, as they stood on a day (the register's one count). */
export interface StudiosLedCount {
  /** Studios of city level and above that day. */
  cityTotal: number;
  /** Of those, led that day by a model worker of city level or above (市级及以上劳模领衔). */
  cityLed: number;
  /** Studios of any level led that day by such a model worker. */
  led: number;
  /** `led` by the studio's level that day (a district studio led by a city model worker too). */
  byLevel: Record<string, number>;
}
/** The model workers register's count (modelworkers' `countStudiosLedByModelWorkers`), handed in. */
export type StudiosLedCounter = (sql: Sql, path: string, day: string) => Promise<StudiosLedCount>;

/**
 * What each figure counts and by which day (issue 41): one list for the page's notes and the export's 说明 sheet.
 * Studios and their levels stand on asOf; promotions, revocations, achievements, patents and conversions are counted
 * on their day over the period; subsidies by the day their application was opened, paid as the ledger stands today.
 */
export function studioFigureNotes(p: StatsPeriod, today: string): FigureNote[] {
  const { flow, state } = noteMakers(p);
  const at = '，按工作室所在工会统计';
  const atEn = ", by the studio's union";
  const atA = '，按成果所属工会统计';
  const atAEn = ", by the achievement's union";
  const paid = `已发放的按${today}的台账计`;
  const paidEn = `paid as the ledger stands on ${today}`;
  return [
    state(
      'levels',
      { zh: '工作室数（按等级）', en: 'Studios by level' },
      `当日有效（未撤销）的工作室，按当日等级分${at}`,
      `Studios in force (not revoked) that day, by their level then${atEn}`,
    ),
    state(
      'levels.modelWorkerLed',
      {
        zh: '其中市级及以上劳模领衔（按等级）',
        en: 'Of those, led by a model worker of city level or above',
      },
      `当日领衔人（或劳模名录关联的劳模）为当日在册、持有市级及以上称号且健在的劳模的工作室，按工作室当日等级分${at}`,
      `Studios whose leader that day (or the model worker the register links to them) was on the register with a title of city level or above and alive, by the studio's level${atEn}`,
    ),
    state(
      'districtAndAbove',
      { zh: '区级及以上工作室', en: 'District level and above' },
      `当日等级为区级（局/集团级）及以上的有效工作室${at}`,
      `Studios in force at district level or above that day${atEn}`,
    ),
    state(
      'cityAndAbove',
      { zh: '市级及以上工作室', en: 'City level and above' },
      `当日等级为市级、市级示范或全国的有效工作室${at}`,
      `Studios in force at city, city-demonstration or national level that day${atEn}`,
    ),
    state(
      'cityAndAboveModelWorkerLed',
      {
        zh: '其中市级及以上劳模领衔的市级及以上工作室',
        en: 'Of those, led by a model worker of city level or above',
      },
      `市级及以上工作室中，当日领衔人为在册、持有市级及以上称号且健在的劳模的${at}`,
      `Studios of city level and above whose leader that day was a living model worker on the register with a title of city level or above${atEn}`,
    ),
    flow(
      'promoted',
      { zh: '期内晋升', en: 'Promoted' },
      `区级及以上的有效工作室提档升级的次数，按新等级生效日（基层升区级、撤销后恢复的不计）${at}`,
      `Studios at district level or above raised to a higher level, by the day it took effect (grassroots to district, and restorations after a revocation, not)${atEn}`,
    ),
    flow(
      'promotedToCity',
      { zh: '其中晋升为市级', en: 'Of those, to city level' },
      '其中升为市级的（升为市级示范或全国的不在此列）',
      'Of those, raised to city level (not to city demonstration or national)',
    ),
    flow(
      'revoked',
      { zh: '期内撤销', en: 'Revoked' },
      `复评撤销的工作室，按撤销日${at}`,
      `Studios revoked at re-evaluation, by the day revoked${atEn}`,
    ),
    flow(
      'achievements',
      { zh: '创新成果', en: 'Achievements' },
      `发布日期在期间内的创新成果${atA}`,
      `Achievements by the day published${atAEn}`,
    ),
    flow(
      'conversions',
      { zh: '成果转化', en: 'Conversions' },
      `转化日期在期间内的成果转化（项）${atA}`,
      `Conversions by the day converted${atAEn}`,
    ),
    flow(
      'conversionFen',
      { zh: '成果转化合同金额', en: 'Conversions’ value' },
      `这些成果转化的合同金额合计${atA}`,
      `The contract value of those conversions${atAEn}`,
    ),
    flow(
      'patents',
      { zh: '授权专利', en: 'Patents granted' },
      `授权日期在期间内的专利${atA}`,
      `Patents by the day granted${atAEn}`,
    ),
    flow(
      'inventionPatents',
      { zh: '发明专利', en: 'Invention patents' },
      '其中发明专利',
      'Of those, invention patents',
    ),
    flow(
      'projects',
      { zh: '创新项目', en: 'Innovation projects' },
      '申报日期在期间内、已批准的创新项目资助申请（按申请工会统计）',
      'Approved innovation-project applications, by the day applied, by the applying union',
    ),
    flow(
      'subsidies.approved',
      { zh: '批准（项）', en: 'Approved' },
      '已批准的工作室助推申请（按申请日期，即开启申请的认定或申报日期），加上平台外发放的资助（按批准日期）',
      'Approved studio subsidy applications by the day opened (the recognition or application day), plus grants paid outside the platform by the day approved',
    ),
    flow(
      'subsidies.paidFen',
      { zh: '已发放（按项目）', en: 'Paid (by program)' },
      `这些申请经台账已发放的金额（${paid}），加上平台外发放的金额，按申请工会统计`,
      `What the ledger has paid on those applications (${paidEn}), plus grants paid outside the platform, by the applying union`,
    ),
    flow(
      'subsidies.paidOutsideFen',
      { zh: '其中平台外发放（按项目）', en: 'Of which outside the platform (by program)' },
      '其中登记为已在平台外发放的资助，按批准日期、工作室所在工会计',
      "Of that, grants recorded as paid outside the platform, by the day approved and the studio's union",
    ),
    flow(
      'subsidiesPaidFen',
      { zh: '已发放助推资金', en: 'Subsidies paid' },
      `各项目“已发放”之和（${paid}）`,
      `The sum of the programs' paid amounts (${paidEn})`,
    ),
    flow(
      'subsidiesPaidOutsideFen',
      { zh: '其中平台外发放', en: 'Of which paid outside the platform' },
      '各项目“其中平台外发放”之和',
      "The sum of the programs' amounts paid outside the platform",
    ),
  ];
}

export async function getStudioStats(
  db: Db,
  actor: Actor,
  q: StudioStatsQuery,
  today: string,
  studiosLed: StudiosLedCounter,
) {
  const org = await statsOrgAsked(db, actor, q.orgId, 'reports.read');
  const period = statsPeriod(q, today);
  const { from, to } = period;
  const path = org.path;
  const state = await sumCounts(db, {
    subject: 'innovation.studios',
    path,
    to: period.asOf,
    by: ['dim', 'dim2'],
  });
  // Led by a model worker of city level or above: the register's count as of the period's day, never the
  // dim2 the studio counts kept when its level or leader last changed (issue 41, ADR 66).
  const led = await db.tx((sql) => studiosLed(sql, path, period.asOf));
  const levels = STUDIO_LEVELS.map((level) => {
    const rows = state.filter((r) => r.dim === level);
    return { level, n: rows.reduce((a, r) => a + r.n, 0), modelWorkerLed: led.byLevel[level] ?? 0 };
  });
  const atOrAbove = (min: string, key: 'n' | 'modelWorkerLed' = 'n') =>
    levels.filter((l) => levelRank(l.level) >= levelRank(min)).reduce((a, l) => a + l[key], 0);
  const flows = await sumCounts(db, {
    subject: [
      'innovation.promotions',
      'innovation.revocations',
      'innovation.achievements',
      'innovation.conversions',
      'innovation.patents',
    ],
    path,
    from,
    to,
    by: ['subject', 'dim'],
  });
  const flow = (subject: string, dim?: string) =>
    flows
      .filter((r) => r.subject === subject && (dim === undefined || r.dim === dim))
      .reduce((a, r) => ({ n: a.n + r.n, fen: a.fen + r.fen }), { n: 0, fen: 0 });
  const subsidies = withOutsideGrants(
    await sumSubjectPayments(db, { prefix: 'studio:', path, from, to }),
    await sumCounts(db, { subject: 'innovation.outside_grants', path, from, to, by: ['dim'] }),
  );
  return {
    org: { id: org.id, name: org.name },
    ...period,
    levels,
    districtAndAbove: atOrAbove('district'),
    cityAndAbove: atOrAbove('city'),
    cityAndAboveModelWorkerLed: led.cityLed,
    promoted: flow('innovation.promotions').n,
    promotedToCity: flow('innovation.promotions', 'city').n,
    revoked: flow('innovation.revocations').n,
    achievements: flow('innovation.achievements').n,
    conversions: flow('innovation.conversions').n,
    conversionFen: flow('innovation.conversions').fen,
    patents: flow('innovation.patents').n,
    inventionPatents: flow('innovation.patents', 'invention').n,
    projects: subsidies.find((s) => s.presetKey === 'bjft-innovation-project')?.approved ?? 0,
    subsidies,
    subsidiesPaidFen: subsidies.reduce((a, s) => a + s.paidFen, 0),
    subsidiesPaidOutsideFen: subsidies.reduce((a, s) => a + s.paidOutsideFen, 0),
    notes: studioFigureNotes(period, today),
  };
}

/**
 * The platform's applications about studios by program, with the grants paid outside the platform added to
 * their program's row (approved and paid, on the day approved); a program with only those gets its own row.
 */
function withOutsideGrants(platform: SubjectPaidRow[], outside: CountRow[]) {
  const rows = platform.map((r) => ({ ...r, paidOutsideFen: 0 }));
  for (const o of outside.filter((x) => x.n || x.fen)) {
    let row = rows.find((r) => r.presetKey === o.dim);
    if (!row) {
      const kind = kindOfPreset(o.dim);
      row = {
        presetKey: o.dim,
        programName: kind ? STUDIO_GRANTS[kind].programName : o.dim,
        approved: 0,
        paidFen: 0,
        paidOutsideFen: 0,
      };
      rows.push(row);
    }
    row.approved += o.n;
    row.paidFen += o.fen;
    row.paidOutsideFen += o.fen;
  }
  return rows;
}

export type StudioStats = Awaited<ReturnType<typeof getStudioStats>>;

const yuan = (fen: number) => Math.round(fen) / 100;

/** The statistics' sheets: the figures, studios by level, subsidies by program, what each figure counts. */
export function studioStatsSheets(s: StudioStats): XlsxSheet[] {
  const period = periodText(s);
  return [
    {
      name: '汇总',
      headers: ['指标', '数值'],
      widths: [44, 16],
      rows: [
        unionLine(s.org.name),
        periodLine(s),
        [`区级（局/集团级）及以上工作室，截至${s.asOf}`, s.districtAndAbove],
        [`市级及以上工作室，截至${s.asOf}`, s.cityAndAbove],
        [`其中市级及以上劳模领衔的市级及以上工作室，截至${s.asOf}`, s.cityAndAboveModelWorkerLed],
        [`期内晋升（提档升级）的工作室，${period}`, s.promoted],
        [`其中期内晋升为市级的工作室，${period}`, s.promotedToCity],
        [`期内复评撤销的工作室，${period}`, s.revoked],
        [`期内发布的创新成果，${period}`, s.achievements],
        [`期内成果转化（项，按转化日期），${period}`, s.conversions],
        [`期内成果转化合同金额（元），${period}`, yuan(s.conversionFen)],
        [`期内授权专利（按授权日期），${period}`, s.patents],
        [`其中发明专利，${period}`, s.inventionPatents],
        [`期内批准的创新项目，${period}`, s.projects],
        [`期内已发放助推资金（元，按认定/申报日期），${period}`, yuan(s.subsidiesPaidFen)],
        [`其中平台外发放（元），${period}`, yuan(s.subsidiesPaidOutsideFen)],
      ],
    },
    {
      name: '按等级',
      headers: ['等级', `工作室数（截至${s.asOf}）`, `其中市级及以上劳模领衔（截至${s.asOf}）`],
      // every level's studios on the one day: their 合计 is the subtree's studios in force then
      rows: withTotal(
        3,
        s.levels.map((l) => [LEVEL_WORDS[l.level].zh, l.n, l.modelWorkerLed]),
      ),
    },
    {
      name: '助推资金',
      headers: [
        '项目',
        `批准（项，按认定/申报日期，${period}）`,
        `已发放（元，${period}）`,
        `其中平台外发放（元，${period}）`,
      ],
      widths: [36, 24, 16, 20],
      moneyColumns: [2, 3],
      // the programs' sum under them: the 已发放助推资金 of 汇总
      rows: withTotal(
        4,
        s.subsidies.map((x) => [x.programName, x.approved, yuan(x.paidFen), yuan(x.paidOutsideFen)]),
      ),
    },
    notesSheet(s.notes),
  ];
}

/** The statistics as .xlsx (studioStatsSheets). */
export function studioStatsWorkbook(s: StudioStats): { fileName: string; buffer: Buffer } {
  const buffer = writeWorkbook(studioStatsSheets(s));
  return { fileName: statsFileName(s.org.name, '创新工作室统计', periodText(s)), buffer };
}
