import { type Actor, requireAccess } from '../../access/access.ts';
import { notFound } from '../../shared/errors.ts';
import { type PeriodAsked, periodText, statsPeriod } from '../../shared/period.ts';
import { writeWorkbook, type XlsxSheet } from '../../shared/xlsx-writer.ts';
import { getOrgInScope } from '../org/index.ts';
import { sumCounts } from '../reporting/index.ts';
import type { CongressContext } from './congresses.context.ts';
import { congressesOf, orgNames } from './congresses.stats.repository.ts';

/**
 * The congresses' statistics, by year and by the unions one level below, over a period (years or days). Counts kept
 * with each decision in the reporting layer, by the congress's union:
 * - 'congresses.sessions': a session, on the day it is held — a congress is held on time in a year with one;
 * - 'congresses.proposals_filed' (filing day), '.proposals_accepted' (立案 day), '.proposals_answered' (first
 *   answer's day, dim2 'in_time' | 'late'), '.proposals_rated' (final rating's day, dim the rating);
 * - 'congresses.motions' (closing day, dim the result), 'congresses.disclosures' (publication day, dim category).
 * The congresses themselves (a few per enterprise) are read from their table: a congress counts from its first
 * term's start.
 */
const SUBJECTS = [
  'congresses.sessions',
  'congresses.proposals_filed',
  'congresses.proposals_accepted',
  'congresses.proposals_answered',
  'congresses.proposals_rated',
  'congresses.disclosures',
];

export interface StatsRow {
  congresses: number;
  heldOnTime: number;
  sessions: number;
  filed: number;
  accepted: number;
  answered: number;
  answeredInTime: number;
  rated: number;
  satisfied: number;
  basic: number;
  dissatisfied: number;
  disclosures: number;
}
const empty = (): StatsRow => ({
  congresses: 0,
  heldOnTime: 0,
  sessions: 0,
  filed: 0,
  accepted: 0,
  answered: 0,
  answeredInTime: 0,
  rated: 0,
  satisfied: 0,
  basic: 0,
  dissatisfied: 0,
  disclosures: 0,
});

function add(r: StatsRow, c: { subject: string; dim: string; dim2: string; n: number }) {
  switch (c.subject) {
    case 'congresses.sessions':
      r.sessions += c.n;
      break;
    case 'congresses.proposals_filed':
      r.filed += c.n;
      break;
    case 'congresses.proposals_accepted':
      r.accepted += c.n;
      break;
    case 'congresses.proposals_answered':
      r.answered += c.n;
      if (c.dim2 === 'in_time') r.answeredInTime += c.n;
      break;
    case 'congresses.proposals_rated':
      r.rated += c.n;
      if (c.dim === 'satisfied' || c.dim === 'basic' || c.dim === 'dissatisfied') r[c.dim] += c.n;
      break;
    case 'congresses.disclosures':
      r.disclosures += c.n;
      break;
  }
}

export function createStatsUseCases(ctx: CongressContext) {
  const { db, today } = ctx;

  async function figures(actor: Actor, q: { orgId?: number } & PeriodAsked) {
    const period = statsPeriod(q, today());
    return db.tx(async (sql) => {
      const id = q.orgId ?? actor.orgId;
      const root = id ? await getOrgInScope(sql, actor, id) : null;
      const path = root?.path ?? actor.scopePath;
      if (!path) throw notFound({ zh: '工会', en: 'Union' });
      requireAccess(actor, 'congresses.read', { orgPath: path });
      const { from, to } = period;
      const [fromYear, toYear] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))];
      const childOf = (orgPath: string) => {
        const part = orgPath.slice(path.length).split('/')[0];
        return part ? Number(part) : null;
      };
      const congresses = (await congressesOf(sql, path)).filter(
        (c) => c.since !== null && (c.since as string) <= to,
      );
      // a session is held once its day has come: one planned for later this year is not held yet (nor counted)
      const asOf = today();
      const heldTo = [to, asOf].sort()[0];
      const held = new Set(
        (
          await sumCounts(sql, {
            subject: 'congresses.sessions',
            path,
            from,
            to: heldTo,
            by: ['org', 'month'],
          })
        )
          .filter((c) => c.n > 0)
          .map((c) => `${c.orgId}:${c.month.slice(0, 4)}`),
      );
      const years = new Map<number, StatsRow>();
      for (let y = fromYear; y <= toYear; y += 1) years.set(y, empty());
      const unions = new Map<number | null, StatsRow>();
      const unionRow = (k: number | null) => {
        const r = unions.get(k) ?? empty();
        unions.set(k, r);
        return r;
      };
      const total = empty();
      for (const c of congresses) {
        let onTime = true;
        for (let y = fromYear; y <= toYear; y += 1) {
          if ((c.since as string) > `${y}-12-31`) continue;
          const r = years.get(y) as StatsRow;
          r.congresses += 1;
          if (held.has(`${c.orgId}:${y}`)) r.heldOnTime += 1;
          else onTime = false;
        }
        const u = unionRow(childOf(c.orgPath));
        u.congresses += 1;
        total.congresses += 1;
        if (onTime) {
          u.heldOnTime += 1;
          total.heldOnTime += 1;
        }
      }
      for (const c of await sumCounts(sql, {
        subject: SUBJECTS,
        path,
        from,
        to: heldTo,
        by: ['subject', 'dim', 'dim2', 'month'],
      })) {
        const r = years.get(Number(c.month.slice(0, 4)));
        if (r) add(r, c);
        add(total, c);
      }
      for (const c of await sumCounts(sql, {
        subject: SUBJECTS,
        path,
        from,
        to: heldTo,
        by: ['subject', 'dim', 'dim2', 'child'],
      }))
        add(unionRow(c.child ?? null), c);
      const names = await orgNames(
        sql,
        [...unions.keys()].filter((k): k is number => k !== null),
      );
      return {
        ...period,
        orgName: root?.name ?? '全部',
        years: [...years.entries()].map(([year, r]) => ({ year, ...r })),
        unions: [...unions.entries()]
          .map(([k, r]) => ({
            orgId: k ?? root?.id ?? null,
            orgName: k === null ? (root?.name ?? '') : (names.get(k) ?? ''),
            own: k === null,
            ...r,
          }))
          .sort((a, b) => Number(a.own) - Number(b.own) || a.orgName.localeCompare(b.orgName, 'zh')),
        total,
      };
    });
  }

  const HEADERS = [
    '职代会数',
    '按期召开',
    '召开会议',
    '提出提案',
    '立案',
    '答复',
    '按期答复',
    '评价',
    '满意',
    '基本满意',
    '不满意',
    '满意率',
    '厂务公开',
  ];
  const cells = (r: StatsRow) => [
    r.congresses,
    r.heldOnTime,
    r.sessions,
    r.filed,
    r.accepted,
    r.answered,
    r.answeredInTime,
    r.rated,
    r.satisfied,
    r.basic,
    r.dissatisfied,
    r.rated ? `${Math.round(((r.satisfied + r.basic) * 1000) / r.rated) / 10}%` : null,
    r.disclosures,
  ];

  return {
    congressStats: figures,
    async congressStatsXlsx(actor: Actor, q: { orgId?: number } & PeriodAsked) {
      const s = await figures(actor, q);
      const when = periodText(s);
      const sheets: XlsxSheet[] = [
        {
          name: '按年度',
          headers: ['年度', ...HEADERS],
          rows: [...s.years.map((y) => [`${y.year}年`, ...cells(y)]), ['合计', ...cells(s.total)]],
        },
        {
          name: '按单位',
          headers: ['单位', ...HEADERS],
          rows: [
            ...s.unions.map((u) => [u.own ? `${u.orgName}（本级）` : u.orgName, ...cells(u)]),
            ['合计', ...cells(s.total)],
          ],
        },
      ];
      return { file: writeWorkbook(sheets), name: `${s.orgName}职代会统计-${when}.xlsx` };
    },
  };
}
