import { type Actor, requireAccess } from '../../../access/access.ts';
import type { Db, Sql } from '../../../db/db.ts';
import { type PeriodAsked, periodText, statsPeriod } from '../../../shared/period.ts';
import { writeWorkbook } from '../../../shared/xlsx-writer.ts';
import { getOrgInScope } from '../../org/index.ts';
import { type SubjectPaidRow, sumSubjectPayments } from '../../programs/index.ts';
import { type CountRow, sumCounts } from '../../reporting/index.ts';
import { LEVEL_WORDS } from '../innovation.errors.ts';
import { kindOfPreset, STUDIO_GRANTS } from './studios.grant-kinds.ts';
import { levelRank, STUDIO_LEVELS } from './studios.repository.ts';

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
  /** `cityLed` by the studio's level that day. */
  byLevel: Record<string, number>;
}
/** The model workers register's count (modelworkers' `countStudiosLedByModelWorkers`), handed in. */
export type StudiosLedCounter = (sql: Sql, path: string, day: string) => Promise<StudiosLedCount>;

export async function getStudioStats(
  db: Db,
  actor: Actor,
  q: StudioStatsQuery,
  today: string,
  studiosLed: StudiosLedCounter,
) {
  requireAccess(actor, 'reports.read');
  const orgId = q.orgId ?? actor.orgId;
  const org = orgId
    ? await getOrgInScope(db, actor, orgId)
    : { id: 0, name: '全部', path: actor.scopePath ?? '/' };
  requireAccess(actor, 'reports.read', { orgPath: org.path });
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

/** The statistics as .xlsx: the figures, studios by level, subsidies by program. */
export function studioStatsWorkbook(s: StudioStats): { fileName: string; buffer: Buffer } {
  const period = periodText(s);
  const buffer = writeWorkbook([
    {
      name: '汇总',
      headers: ['指标', '数值'],
      widths: [44, 16],
      rows: [
        ['工会', s.org.name],
        ['统计期间', `${s.from} 至 ${s.to}`],
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
      rows: s.levels.map((l) => [LEVEL_WORDS[l.level].zh, l.n, l.modelWorkerLed]),
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
      rows: s.subsidies.map((x) => [x.programName, x.approved, yuan(x.paidFen), yuan(x.paidOutsideFen)]),
    },
  ]);
  return { fileName: `创新工作室统计-${s.org.name}-${period}.xlsx`, buffer };
}
