import type { Actor } from '../../access/access.ts';
import { type FigureNote, noteMakers, notesSheet } from '../../shared/figure-notes.ts';
import { periodLine, statsFileName, unionLine } from '../../shared/figures-sheet.ts';
import { type PeriodAsked, periodText, type StatsPeriod, statsPeriod } from '../../shared/period.ts';
import { totalRow } from '../../shared/sheet-totals.ts';
import { writeWorkbook, type XlsxSheet } from '../../shared/xlsx-writer.ts';
import { figuresByUnion, statsUnionAsked, treeSteps } from '../org/index.ts';
import { sumCounts } from '../reporting/index.ts';
import { type ActivitiesContext, err } from './activities.context.ts';
import { ACTIVITY_KINDS, type ActivityKind } from './activities.vocabulary.ts';

export const KIND_ZH: Record<ActivityKind, string> = {
  sports: '文体',
  family: '亲子',
  class: '培训班',
  social: '联谊',
  show: '观影/演出',
  volunteer: '志愿服务',
  other: '其他',
};
interface Counts {
  activities: number;
  signups: number;
  attendance: number;
  pairs: number;
}
const zero = (): Counts => ({ activities: 0, signups: 0, attendance: 0, pairs: 0 });
const add = (t: Counts, k: Counts): Counts => ({
  activities: t.activities + k.activities,
  signups: t.signups + k.signups,
  attendance: t.attendance + k.attendance,
  pairs: t.pairs + k.pairs,
});
const FIELD_OF: Record<string, keyof Counts> = {
  'activities.held': 'activities',
  'activities.signups': 'signups',
  'activities.attendance': 'attendance',
  'activities.pairs': 'pairs',
};

/**
 * What each figure counts and by which day (issue 41), as the recount (activities.recount.repository.ts) counts it:
 * one list for the page's notes and the export's 说明 sheet. Every figure is counted on a day in [from, to]; only an
 * activity's first session can lie after today, so the others run to asOf.
 */
export function activityFigureNotes(p: StatsPeriod): FigureNote<keyof Counts>[] {
  const { flow, over } = noteMakers(p);
  return [
    over(
      'activities',
      { zh: '活动场数', en: 'Activities' },
      '首场日期在期间内的活动（含已取消的和尚未举办的），按主办工会统计',
      "Activities by the day of their first session (cancelled and not yet held ones too), by the organiser's union",
      p.from,
      p.to,
    ),
    flow(
      'signups',
      { zh: '报名人次', en: 'Sign-ups' },
      '报名日期在期间内的报名（含候补和已取消的），按报名时职工所在工会统计',
      "Sign-ups by the day signed up (waiting and cancelled ones too), by the worker's union at sign-up",
    ),
    flow(
      'attendance',
      { zh: '参加人次', en: 'Person-times' },
      '场次日期在期间内的签到（含未报名现场签到的），按签到时职工所在工会统计',
      "Check-ins by the session's day (walk-ins too), by the worker's union at check-in",
    ),
    flow(
      'pairs',
      { zh: '牵手对数', en: 'Mutual pairs' },
      '联谊中双方互有好感的对数，按后点亮的一方的日期计，按主办工会统计',
      "Pairs at a mixer whose interest became mutual, by the day of the second mark, by the organiser's union",
    ),
  ];
}

/** The statistics of activities over a period, by kind and by the unions below, with their .xlsx. */
export function createActivityStats({ db, today }: ActivitiesContext) {
  const statsService = {
    /**
     * Activities, sign-ups, person-times and 牵手 pairs over a period of days, for a union's subtree: by kind, and by
     * the unions directly below it (each with its own subtree; the union's own row holds what is counted at it).
     */
    async stats(actor: Actor, q: { orgId?: number } & PeriodAsked) {
      return db.tx(async (sql) => {
        // the union counted: the one asked, else the clerk's own (none: the administrator's whole tree)
        const union = await statsUnionAsked(sql, actor, q.orgId, 'activities.read');
        const path = union.path;
        if (q.from && q.to && q.to < q.from)
          throw err(
            'invalid',
            'ACTIVITY_STATS_RANGE',
            '结束日期不能早于开始日期',
            'The range ends before it starts',
            'to',
          );
        const period = statsPeriod(q, today());
        const rows = await sumCounts(sql, {
          subject: Object.keys(FIELD_OF),
          path,
          from: period.from,
          to: period.to,
          by: ['subject', 'dim', 'child'],
        });
        const rootId = union.orgId ?? 0;
        const kinds = new Map(ACTIVITY_KINDS.map((k) => [k, zero()]));
        const unions = new Map<number | null, { total: Counts; kinds: Map<ActivityKind, Counts> }>();
        for (const r of rows) {
          const field = FIELD_OF[r.subject];
          const kind = r.dim as ActivityKind;
          if (!field || !kinds.has(kind)) continue;
          (kinds.get(kind) as Counts)[field] += r.n;
          const union = r.child ?? null;
          let u = unions.get(union);
          if (!u) {
            u = { total: zero(), kinds: new Map() };
            unions.set(union, u);
          }
          u.total[field] += r.n;
          const uk = u.kinds.get(kind) ?? zero();
          uk[field] += r.n;
          u.kinds.set(kind, uk);
        }
        const byKind = ACTIVITY_KINDS.map((kind) => ({ kind, ...(kinds.get(kind) as Counts) }));
        // the union's own row (its own id and name) first, then the unions below in the tree's order
        const byUnion = (await figuresByUnion(sql, unions, union.orgName ?? '')).map(
          ({ orgId, orgName, depth, figures: u }) => ({
            orgId: orgId ?? rootId,
            orgName,
            depth,
            ...u.total,
            kinds: ACTIVITY_KINDS.filter((k) => u.kinds.has(k)).map((kind) => ({
              kind,
              ...(u.kinds.get(kind) as Counts),
            })),
          }),
        );
        const total = byKind.reduce((t, k) => add(t, k), zero());
        const notes = activityFigureNotes(period);
        return { ...period, orgName: union.orgName ?? '', byKind, byUnion, total, notes };
      });
    },

    /** The statistics as .xlsx: a sheet by kind, one by union and kind, and what each figure counts. */
    async statsXlsx(actor: Actor, q: { orgId?: number } & PeriodAsked) {
      const s = await statsService.stats(actor, q);
      const counts = (c: Counts) => [c.activities, c.signups, c.attendance, c.pairs];
      const heads = ['活动场数', '报名人次', '参加人次', '牵手对数'];
      // each union's kinds, then its 小计; the 合计 is the sum of the 小计 rows
      const subtotals = s.byUnion.map((u) => [u.orgName, '小计', ...counts(u)]);
      const steps = treeSteps(s.byUnion.map((u) => u.depth));
      const sheets: XlsxSheet[] = [
        {
          name: '按类型',
          headers: ['类型', ...heads],
          rows: [...s.byKind.map((k) => [KIND_ZH[k.kind], ...counts(k)]), ['合计', ...counts(s.total)]],
        },
        {
          name: '按工会',
          headers: ['工会', '类型', ...heads],
          // a union's rows indented as the union is in the tree
          indents: s.byUnion.flatMap((u, i) => [...u.kinds.map(() => steps[i]), steps[i]]),
          rows: [
            ...s.byUnion.flatMap((u, i) => [
              ...u.kinds.map((k) => [u.orgName, KIND_ZH[k.kind], ...counts(k)]),
              subtotals[i],
            ]),
            ...(subtotals.length ? [totalRow(heads.length + 2, subtotals, 2)] : []),
          ],
        },
        notesSheet(s.notes, [['统计', '职工活动统计'], unionLine(s.orgName), periodLine(s)]),
      ];
      return {
        buffer: writeWorkbook(sheets),
        fileName: statsFileName(s.orgName, '职工活动统计', periodText(s)),
      };
    },
  };
  return statsService;
}
