import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import { type FigureNote, noteMakers, notesSheet } from '../../shared/figure-notes.ts';
import { ownRowName, periodLine, statsFileName, unionLine } from '../../shared/figures-sheet.ts';
import { type PeriodAsked, periodText, type StatsPeriod, statsPeriod } from '../../shared/period.ts';
import { BELOW_FIVE, type Cell, suppressSmall, suppressTable } from '../../shared/small-cells.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { figuresByUnion, treeSteps, unionAsked } from '../org/index.ts';
import { sumCounts } from '../reporting/index.ts';

/**
 * Counselling statistics by union (the next level of the subtree) and by month: sessions, assessments, referrals
 * (crisis flags), volunteers and counsellors (as they stood on the period's last day) and training hours. Counts
 * only, from the reporting layer; a cell from 1 to 4 is shown as "<5" (suppressed), and one that would give a
 * hidden cell away by subtraction from its column's 合计 as "*" (ADR 161), here for the page and the .xlsx export
 * alike, so no small group of workers can be picked out (ADR 54).
 */
export type { Cell } from '../../shared/small-cells.ts';
export const SUPPRESSED = BELOW_FIVE;
/** Small-cell suppression: 1–4 become "<5"; 0 and 5 or more are shown. */
export const suppress = suppressSmall;

const FLOWS = {
  sessions: 'counselling.sessions',
  peopleServed: 'counselling.people_served',
  assessments: 'counselling.assessments',
  referrals: 'counselling.referrals',
  trainingHours: 'counselling.training_hours',
} as const;
type Flow = keyof typeof FLOWS;
const FLOW_KEYS = Object.keys(FLOWS) as Flow[];

interface Raw {
  sessions: number;
  peopleServed: number;
  assessments: number;
  referrals: number;
  trainingHours: number;
  volunteers: number;
  counsellors: number;
}
const zero = (): Raw => ({
  sessions: 0,
  peopleServed: 0,
  assessments: 0,
  referrals: 0,
  trainingHours: 0,
  volunteers: 0,
  counsellors: 0,
});
const RAW_KEYS = Object.keys(zero()) as (keyof Raw)[];
type Cells = Record<keyof Raw, Cell>;

/**
 * Each figure's name, in both languages, defined once: the page's column heads (read from the notes), the export's
 * column heads and its 说明 sheet all say these (trial 44, finding 8).
 */
export const COUNSELLING_FIGURE_LABELS = {
  sessions: { zh: '会谈场次', en: 'Sessions' },
  peopleServed: { zh: '服务人数', en: 'People served' },
  assessments: { zh: '心理测评', en: 'Assessments' },
  referrals: { zh: '高风险转介', en: 'High-risk referrals' },
  counsellors: { zh: '心理咨询师', en: 'Counsellors' },
  volunteers: { zh: '心理关爱志愿者', en: 'Volunteers' },
  trainingHours: { zh: '培训学时', en: 'Training hours' },
} as const satisfies Record<keyof Raw, { zh: string; en: string }>;
const L = COUNSELLING_FIGURE_LABELS;

/**
 * Each figure's heading: what it counts and over which days or as of which day (issue 41, "every figure names its
 * rule"), for the export's column heads; the page and the 说明 sheet say it with counsellingFigureNotes.
 */
export function figureHeadings(p: { from: string; to: string; asOf: string }) {
  const days = `${p.from}至${p.to}`;
  return {
    sessions: `${L.sessions.zh}（未取消的预约与台账导入的场次，按会谈日或台账所在月份的第一日，${days}）`,
    peopleServed: `${L.peopleServed.zh}（台账导入，按所在月份的第一日，${days}）`,
    assessments: `${L.assessments.zh}（职工完成的测评，按测评日，${days}）`,
    referrals: `${L.referrals.zh}（测评达到危机等级，按测评日，${days}）`,
    counsellors: `${L.counsellors.zh}（已登记，截至${p.asOf}）`,
    volunteers: `${L.volunteers.zh}（已登记，截至${p.asOf}）`,
    trainingHours: `${L.trainingHours.zh}（登记的培训，按培训日，${days}）`,
    note: `说明：小于5的数字及可据此推算出的数字不显示（1至4显示为“<5”，可据以推算出它的数字显示为“*”），以保护职工隐私；场次、测评、转介和学时按括号中的日期计入${days}，咨询师与志愿者人数为截至${p.asOf}登记的人数。`,
  };
}

/**
 * What each figure counts and by which day (issue 41), as counselling.recount.repository.ts counts it: one list for
 * the page's notes and the export's 说明 sheet. Flows are counted over the period's days (a session on its day, so a
 * booked one whose day has not come counts too), the people registered as they stood on asOf; every figure by the
 * worker's (or the counsellor's) union.
 */
export function counsellingFigureNotes(p: StatsPeriod): FigureNote<keyof Raw>[] {
  const { over, state } = noteMakers(p);
  const hidden = '；1至4显示为“<5”，可据以推算出它的数字显示为“*”';
  const hiddenEn = '; 1 to 4 shown as "<5", and a figure from which one could be worked out as "*"';
  return [
    over(
      'sessions',
      L.sessions,
      `未取消的预约（含会谈日尚未到的），按会谈日、职工所在工会计；以及台账导入的会谈场次，按所在月份的第一天、填报的工会计${hidden}`,
      `Bookings not cancelled (those still to come too), on the session's day, by the worker's union; and the sessions of the register brought in, on their month's first day, by the union named${hiddenEn}`,
      p.from,
      p.to,
    ),
    over(
      'peopleServed',
      L.peopleServed,
      `台账导入的每月服务人数（只有数量，无姓名），按所在月份的第一天、填报的工会计${hidden}`,
      `People served as the register brought in says (counts only, no names), on their month's first day, by the union named${hiddenEn}`,
      p.from,
      p.to,
    ),
    over(
      'assessments',
      L.assessments,
      `职工完成的测评，按测评日、职工所在工会计${hidden}`,
      `Assessments workers completed, on the day taken, by the worker's union${hiddenEn}`,
      p.from,
      p.to,
    ),
    over(
      'referrals',
      L.referrals,
      `结果达到危机等级的测评，按测评日、职工所在工会计${hidden}`,
      `Assessments at the crisis level, on the day taken, by the worker's union${hiddenEn}`,
      p.from,
      p.to,
    ),
    state(
      'counsellors',
      L.counsellors,
      `已登记的心理咨询师（按登记的加入日期），按其所在工会计${hidden}`,
      `Counsellors registered (by the day they joined), by their union${hiddenEn}`,
    ),
    state(
      'volunteers',
      L.volunteers,
      `已登记的心理关爱志愿者（按登记的加入日期），按其所在工会计${hidden}`,
      `Volunteers registered (by the day they joined), by their union${hiddenEn}`,
    ),
    over(
      'trainingHours',
      L.trainingHours,
      `咨询师和志愿者登记的培训学时，按培训日、其所在工会计${hidden}`,
      `Training hours recorded for counsellors and volunteers, on the training's day, by their union${hiddenEn}`,
      p.from,
      p.to,
    ),
  ];
}

export function counsellingStats(db: Db, clock: () => Date) {
  async function stats(actor: Actor, q: PeriodAsked & { orgId?: number }) {
    return db.tx(async (sql) => {
      const { org: root, path, name } = await unionAsked(sql, actor, q.orgId, 'counselling.read');
      const period = statsPeriod(q, todayInChina(clock()));
      const flows = await sumCounts(sql, {
        subject: Object.values(FLOWS),
        path,
        from: period.from,
        to: period.to,
        by: ['subject', 'child', 'month'],
      });
      const states = await sumCounts(sql, {
        subject: 'counselling.volunteers',
        path,
        to: period.asOf,
        by: ['child', 'dim'],
      });
      const byChild = new Map<number | null, Raw>();
      const byMonth = new Map<string, Raw>();
      const total = zero();
      const get = <K>(m: Map<K, Raw>, k: K) => {
        let r = m.get(k);
        if (!r) {
          r = zero();
          m.set(k, r);
        }
        return r;
      };
      for (const f of flows) {
        const key = FLOW_KEYS.find((k) => FLOWS[k] === f.subject) as Flow;
        get(byChild, f.child ?? null)[key] += f.n;
        get(byMonth, f.month)[key] += f.n;
        total[key] += f.n;
      }
      for (const s of states) {
        const key = s.dim === 'counsellor' ? 'counsellors' : 'volunteers';
        get(byChild, s.child ?? null)[key] += s.n;
        total[key] += s.n;
      }
      const rootName = root?.name ?? '全部工会';
      const months: string[] = [];
      for (let m = period.from.slice(0, 7); m <= period.to.slice(0, 7); ) {
        months.push(m);
        const [y, mm] = m.split('-').map(Number);
        m = mm === 12 ? `${y + 1}-01` : `${y}-${String(mm + 1).padStart(2, '0')}`;
      }
      // each table's columns sum to the period's 合计: small cells hidden, with those that would give them away
      const unions = suppressTable(
        (await figuresByUnion(sql, byChild, rootName)).map((u) => ({
          orgId: u.orgId ?? root?.id ?? 0,
          orgName: u.orgName,
          own: u.orgId === null,
          depth: u.depth,
          ...u.figures,
        })),
        total,
        RAW_KEYS,
      );
      const byMonthShown = suppressTable(
        months.map((month) => {
          const { counsellors: _c, volunteers: _v, ...flows } = byMonth.get(month) ?? zero();
          return { month, ...flows };
        }),
        total,
        FLOW_KEYS,
      );
      return {
        ...period,
        orgName: name,
        // the union's own row first (its id is the root's, `own`; each page says 本级 in its language), then the
        // unions below in tree order
        byUnion: unions.rows,
        byMonth: byMonthShown.rows,
        total: unions.total,
        notes: counsellingFigureNotes(period),
      };
    });
  }

  return {
    stats,
    async statsXlsx(actor: Actor, q: PeriodAsked & { orgId?: number }) {
      const s = await stats(actor, q);
      const h = figureHeadings(s);
      const row = (c: Cells) => [
        c.sessions,
        c.peopleServed,
        c.assessments,
        c.referrals,
        c.counsellors,
        c.volunteers,
        c.trainingHours,
      ];
      const note = [[h.note]];
      const buffer = writeWorkbook([
        {
          name: '按工会',
          headers: [
            '工会',
            h.sessions,
            h.peopleServed,
            h.assessments,
            h.referrals,
            h.counsellors,
            h.volunteers,
            h.trainingHours,
          ],
          // the union's own row on top, the unions right under it a step in
          indents: treeSteps(s.byUnion.map((u) => u.depth)),
          rows: [
            ...s.byUnion.map((u) => [u.own ? ownRowName(u.orgName) : u.orgName, ...row(u)]),
            ['合计', ...row(s.total)],
            ...note,
          ],
        },
        {
          name: '按月份',
          headers: ['月份', h.sessions, h.peopleServed, h.assessments, h.referrals, h.trainingHours],
          rows: [
            ...s.byMonth.map((m) => [
              m.month,
              m.sessions,
              m.peopleServed,
              m.assessments,
              m.referrals,
              m.trainingHours,
            ]),
            // the months split the period, so their 合计 is the period's, as on 按工会
            [
              '合计',
              s.total.sessions,
              s.total.peopleServed,
              s.total.assessments,
              s.total.referrals,
              s.total.trainingHours,
            ],
            ...note,
          ],
        },
        notesSheet(s.notes, [['统计', '心理关爱统计'], unionLine(s.orgName), periodLine(s)]),
      ]);
      return { buffer, fileName: statsFileName(s.orgName, '心理关爱统计', periodText(s)) };
    },
  };
}
