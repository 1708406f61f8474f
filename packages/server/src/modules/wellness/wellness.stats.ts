import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { notesSheet } from '../../shared/figure-notes.ts';
import { periodLine, statsFileName, unionLine } from '../../shared/figures-sheet.ts';
import { type PeriodAsked, periodText, periodYears, statsPeriod } from '../../shared/period.ts';
import { withTotal } from '../../shared/sheet-totals.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { figuresByUnion, treeSteps, unionAsked } from '../org/index.ts';
import { sumCounts } from '../reporting/index.ts';
import { countNominationEvents, distinctServed } from './wellness.figures.repository.ts';
import { addFigures, type NominationFigures, noFigures } from './wellness.figures.ts';
import { wellnessFigureNotes } from './wellness.notes.ts';
import { listPrograms } from './wellness.programs.repository.ts';
import type { WellnessKind } from './wellness.repository.ts';

/**
 * The statistics of 疗休养 and 体检 over a period (by the batches' first days): places offered, allocated and used
 * per year and kind, per union that held places, and by group (一线, 新就业形态), from the reporting layer's counts
 * (`wellness.offered`, `.allocated`, `.used`); the distinct workers served (workers who went, each once, plus the
 * people the union's books give for the years before the platform), beside the schemes' targets (五年内服务万名).
 */
const KINDS: WellnessKind[] = ['recuperation', 'checkup'];
const KIND_ZH: Record<WellnessKind, string> = { recuperation: '疗休养', checkup: '健康体检' };

interface Figures extends NominationFigures {
  offered: number;
  allocated: number;
  used: number;
  frontLine: number;
  newEmployment: number;
}
const zero = (): Figures => ({
  offered: 0,
  allocated: 0,
  used: 0,
  frontLine: 0,
  newEmployment: 0,
  ...noFigures(),
});

/**
 * Each figure's heading: what it counts and on which day it is counted, for the period (issue 41, "every figure
 * names its rule"), for the export's column heads; the page and the 说明 sheet say it with wellnessFigureNotes.
 */
export function figureHeadings(p: { from: string; to: string }, readOn: string) {
  const firstDay = '按批次首日计入';
  return {
    firstDay,
    offered: `提供名额（各批次名额，${firstDay}）`,
    allocated: `已分配名额（分给下级工会的名额，${firstDay}）`,
    used: `实际参加（登记到场人数，含往年台账人数，${firstDay}）`,
    frontLine: `其中一线职工（实际参加者，${firstDay}）`,
    newEmployment: `其中新就业形态（实际参加者，${firstDay}）`,
    nominated: '推荐人次（含替补，按推荐日计入）',
    substituted: '被替换（名额转给他人，按替换日计入）',
    withdrawn: '退出（名额退回，按退出日计入）',
    noShows: `未参加（登记未到，${firstDay}）`,
    served: `服务职工（不重复，实际参加者加往年台账人数，${firstDay}）`,
    note: `统计期间${p.from}至${p.to}：各数字按其列名中的日期计入本期间；到场与未到为截至${readOn}已登记的情况。`,
  };
}

export function createWellnessStats(db: Db, clock: Clock) {
  async function stats(actor: Actor, q: PeriodAsked & { orgId?: number }) {
    const period = statsPeriod(q, todayInChina(clock()));
    return db.tx(async (sql) => {
      const { path, name } = await unionAsked(sql, actor, q.orgId, 'wellness.read');
      const rows = await sumCounts(sql, {
        subject: ['wellness.offered', 'wellness.allocated', 'wellness.used'],
        path,
        from: period.from,
        to: period.to,
        by: ['subject', 'dim', 'dim2', 'org', 'month'],
      });
      const years = new Map<string, Figures & { year: number; kind: WellnessKind }>();
      const unions = new Map<number, Figures & { orgId: number; recuperation: number; checkup: number }>();
      const total = zero();
      const add = (f: Figures, subject: string, dim2: string, n: number) => {
        if (subject === 'wellness.offered') f.offered += n;
        else if (subject === 'wellness.allocated') f.allocated += n;
        else if (dim2 === 'all') f.used += n;
        else if (dim2 === 'front_line') f.frontLine += n;
        else if (dim2 === 'new_employment') f.newEmployment += n;
      };
      for (const r of rows) {
        const kind = r.dim as WellnessKind;
        const year = Number(r.month.slice(0, 4));
        const key = `${year}|${kind}`;
        const y = years.get(key) ?? { year, kind, ...zero() };
        years.set(key, y);
        add(y, r.subject, r.dim2, r.n);
        add(total, r.subject, r.dim2, r.n);
        if (r.subject !== 'wellness.offered') {
          const u = unions.get(r.orgId) ?? { orgId: r.orgId, ...zero(), recuperation: 0, checkup: 0 };
          unions.set(r.orgId, u);
          add(u, r.subject, r.dim2, r.n);
          if (r.subject === 'wellness.used' && r.dim2 === 'all') u[kind] += r.n;
        }
      }
      // nominated, substituted, withdrawn, attended and no-shows: each on its day, added up as the batch's page does
      for (const e of await countNominationEvents(sql, { path, from: period.from, to: period.to })) {
        const key = `${Number(e.on.slice(0, 4))}|${e.kind}`;
        const y = years.get(key) ?? { year: Number(e.on.slice(0, 4)), kind: e.kind, ...zero() };
        years.set(key, y);
        const u = unions.get(e.orgId) ?? { orgId: e.orgId, ...zero(), recuperation: 0, checkup: 0 };
        unions.set(e.orgId, u);
        for (const f of [y, u, total]) addFigures(f, e);
      }
      // a year of the period with nothing counted is a row of 0s for each kind counted in another, not a gap
      const kinds = new Set([...years.values()].map((y) => y.kind));
      for (const year of periodYears(period))
        for (const kind of kinds)
          if (!years.has(`${year}|${kind}`)) years.set(`${year}|${kind}`, { year, kind, ...zero() });
      const served = await distinctServed(sql, path, period.from, period.to);
      const schemes = new Map<
        string,
        { scheme: string; targetPeople: number; fromYear: number; toYear: number }
      >();
      for (const p of (await listPrograms(sql, path)).items) {
        if (!p.orgPath.startsWith(path) || !p.scheme) continue;
        const s = schemes.get(p.scheme) ?? {
          scheme: p.scheme,
          targetPeople: 0,
          fromYear: p.fromYear,
          toYear: p.toYear,
        };
        s.targetPeople = Math.max(s.targetPeople, p.targetPeople);
        s.fromYear = Math.min(s.fromYear, p.fromYear);
        s.toYear = Math.max(s.toYear, p.toYear);
        schemes.set(p.scheme, s);
      }
      return {
        ...period,
        orgName: name,
        byYear: [...years.values()].sort(
          (a, b) => a.year - b.year || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind),
        ),
        // in the union tree's order, as the tree page and every other list of unions show them
        byUnion: (await figuresByUnion(sql, unions)).map((u) => ({
          ...u.figures,
          orgName: u.orgName,
          depth: u.depth,
        })),
        total,
        served: served.people + served.recorded,
        servedOnPlatform: served.people,
        schemes: [...schemes.values()],
        notes: wellnessFigureNotes(period, todayInChina(clock())),
      };
    });
  }

  return {
    stats,
    async statsXlsx(actor: Actor, q: PeriodAsked & { orgId?: number }) {
      const s = await stats(actor, q);
      const when = periodText(s);
      const h = figureHeadings(s, todayInChina(clock()));
      const cells = (f: Figures) => [
        f.allocated,
        f.used,
        f.frontLine,
        f.newEmployment,
        f.nominated,
        f.substituted,
        f.withdrawn,
        f.noShows,
      ];
      const counted = [
        h.allocated,
        h.used,
        h.frontLine,
        h.newEmployment,
        h.nominated,
        h.substituted,
        h.withdrawn,
      ];
      const buffer = writeWorkbook([
        {
          name: '按年度',
          headers: ['年度（计数日所在年）', '类别', h.offered, ...counted, h.noShows],
          rows: [
            ...s.byYear.map((y) => [y.year, KIND_ZH[y.kind], y.offered, ...cells(y)]),
            ['合计', '', s.total.offered, ...cells(s.total)],
            [`${h.served}：${s.served}人`],
            [h.note],
          ],
        },
        {
          name: '按工会',
          headers: [
            '工会（持有名额的工会）',
            ...counted.slice(0, 2),
            `其中疗休养（${h.firstDay}）`,
            `其中健康体检（${h.firstDay}）`,
            ...counted.slice(2),
            h.noShows,
          ],
          // each union indented as it is in the tree below the topmost listed; the 合计 sums the unions
          indents: treeSteps(s.byUnion.map((u) => u.depth)),
          rows: [
            ...withTotal(
              11,
              s.byUnion.map((u) => [
                u.orgName,
                u.allocated,
                u.used,
                u.recuperation,
                u.checkup,
                u.frontLine,
                u.newEmployment,
                u.nominated,
                u.substituted,
                u.withdrawn,
                u.noShows,
              ]),
            ),
            [h.note],
          ],
        },
        notesSheet(s.notes, [unionLine(s.orgName), periodLine(s)]),
      ]);
      return { buffer, fileName: statsFileName(s.orgName, '职工疗休养和健康体检统计', when) };
    },
  };
}
