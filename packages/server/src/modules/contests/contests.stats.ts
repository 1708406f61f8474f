import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { monthEnd } from '../../shared/dates.ts';
import { type FigureNote, notesSheet } from '../../shared/figure-notes.ts';
import { periodLine, periodWords, statsFileName, unionLine } from '../../shared/figures-sheet.ts';
import { periodText, statsPeriod } from '../../shared/period.ts';
import { withTotal } from '../../shared/sheet-totals.ts';
import { writeWorkbook, type XlsxSheet } from '../../shared/xlsx-writer.ts';
import { statsOrgAsked } from '../org/index.ts';
import { sumCounts } from '../reporting/index.ts';
import { LEVEL_TEXT, SUBJECTS } from './contests.types.ts';
import { CONTEST_LEVELS, type ContestLevel } from './contests.vocabulary.ts';

/**
 * Contest statistics of a union's subtree over a period (a year or any days; nothing asked: all time), read from the counts kept with each decision
 * (registration, withdrawal, publication), all dated by the contest's end date: participating unions, entries
 * by mode, persons entered, and prizes by level and prize.
 */
export interface StatsQuery {
  orgId?: number;
  year?: number;
  /** 'YYYY-MM-DD' (or 'YYYY-MM', its first day): the first day counted. */
  from?: string;
  /** 'YYYY-MM-DD' (or 'YYYY-MM', its last day): the last day counted. */
  to?: string;
}

export interface Figures {
  units: number;
  individuals: number;
  teams: number;
  unitEntries: number;
  people: number;
  prizes: number;
}

export interface ContestStats {
  org: { id: number | null; name: string };
  from: string | null;
  to: string | null;
  /** The day the figures stand on: entries and prizes as registered and published by it (today at the latest). */
  asOf: string;
  totals: Figures;
  byLevel: (Figures & { level: ContestLevel })[];
  prizes: { level: ContestLevel; prize: string; n: number }[];
  notes: FigureNote<keyof Figures>[];
}

/**
 * What each figure counts and by which day (issue 41), one list for the page's notes and the export's 说明 sheet.
 * Every figure is dated by its contest's last day (contests.recount.repository.ts): a contest ending in the period
 * counts with its entries as they stand on asOf (withdrawn ones not), even when it has not ended yet.
 */
export function contestFigureNotes(p: {
  from: string | null;
  to: string | null;
  asOf: string;
}): FigureNote<keyof Figures>[] {
  const zhDays =
    p.from && p.to ? `结束日期在${p.from}至${p.to}的竞赛，计至${p.asOf}` : `全部竞赛，截至${p.asOf}`;
  const enDays =
    p.from && p.to
      ? `contests ending ${p.from} to ${p.to}, counted to ${p.asOf}`
      : `all contests, as of ${p.asOf}`;
  const note = (key: keyof Figures, zh: string, en: string, what: string, whatEn: string) => ({
    key,
    label: { zh, en },
    note: { zh: `${what}，按报名工会统计（${zhDays}）`, en: `${whatEn}, by the entering union (${enDays})` },
  });
  return [
    note(
      'units',
      '参赛工会（家次）',
      'Unions taking part',
      '有报名的工会，每项竞赛计一次（同一工会参加两项竞赛计2家次）',
      'Unions with an entry, once per contest (a union in two contests counts twice)',
    ),
    note(
      'individuals',
      '个人报名',
      'Individual entries',
      '个人赛的报名项数（已退出的不计）',
      'Individual entries (withdrawn ones not)',
    ),
    note(
      'teams',
      '团队报名',
      'Team entries',
      '团体赛的报名项数（已退出的不计）',
      'Team entries (withdrawn ones not)',
    ),
    note(
      'unitEntries',
      '单位报名',
      'Unit entries',
      '以单位名义的报名项数（已退出的不计）',
      'Entries in a unit’s name (withdrawn ones not)',
    ),
    note(
      'people',
      '参赛人次',
      'Person-times',
      '各项报名名单上的人数，同一职工参加两项计2人次',
      'Persons on the entries’ lists (one person in two entries counts twice)',
    ),
    note(
      'prizes',
      '获奖',
      'Prizes',
      '已公布获奖的报名项数（按奖项列出）',
      'Entries with a published prize (listed by prize)',
    ),
  ];
}

const empty = (): Figures => ({ units: 0, individuals: 0, teams: 0, unitEntries: 0, people: 0, prizes: 0 });

export async function getContestStats(
  db: Db,
  actor: Actor,
  q: StatsQuery,
  today: string,
): Promise<ContestStats> {
  const month = (m: string | undefined, end: boolean) =>
    m && /^\d{4}-\d{2}$/.test(m) ? (end ? monthEnd(`${m}-01`) : `${m}-01`) : m;
  const asked = { year: q.year, from: month(q.from, false), to: month(q.to, true) };
  const period = asked.year || asked.from || asked.to ? statsPeriod(asked, today) : null;
  const asOf = period?.asOf ?? today;
  const org = await statsOrgAsked(db, actor, q.orgId, 'contests.read');
  const rows = await sumCounts(db, {
    subject: Object.values(SUBJECTS),
    path: org.path,
    from: period?.from,
    to: period?.to,
    by: ['subject', 'dim', 'dim2'],
  });
  const levels = new Map<ContestLevel, Figures>(CONTEST_LEVELS.map((l) => [l, empty()]));
  const prizes: ContestStats['prizes'] = [];
  for (const r of rows) {
    if (r.n === 0) continue;
    const level = (r.subject === SUBJECTS.entries ? r.dim2 : r.dim) as ContestLevel;
    const f = levels.get(level);
    if (!f) continue;
    if (r.subject === SUBJECTS.units) f.units += r.n;
    if (r.subject === SUBJECTS.people) f.people += r.n;
    if (r.subject === SUBJECTS.entries) {
      if (r.dim === 'individual') f.individuals += r.n;
      if (r.dim === 'team') f.teams += r.n;
      if (r.dim === 'unit') f.unitEntries += r.n;
    }
    if (r.subject === SUBJECTS.prizes) {
      f.prizes += r.n;
      prizes.push({ level, prize: r.dim2, n: r.n });
    }
  }
  const byLevel = [...levels.entries()]
    .map(([level, f]) => ({ level, ...f }))
    .filter((l) => Object.values(l).some((v) => typeof v === 'number' && v !== 0));
  const totals = empty();
  for (const l of byLevel) for (const k of Object.keys(totals) as (keyof Figures)[]) totals[k] += l[k];
  prizes.sort(
    (a, b) =>
      CONTEST_LEVELS.indexOf(a.level) - CONTEST_LEVELS.indexOf(b.level) ||
      b.n - a.n ||
      (a.prize < b.prize ? -1 : 1),
  );
  return {
    org: { id: org.id, name: org.name },
    from: period?.from ?? null,
    to: period?.to ?? null,
    asOf,
    totals,
    byLevel,
    prizes,
    notes: contestFigureNotes({ from: period?.from ?? null, to: period?.to ?? null, asOf }),
  };
}

/** Unions and persons count once per contest they take part in (家次, 人次), as the statistics page says. */
const FIGURE_HEADERS = ['参赛工会（家次）', '个人报名', '团队报名', '单位报名', '参赛人次', '获奖'];
const figureCells = (f: Figures) => [f.units, f.individuals, f.teams, f.unitEntries, f.people, f.prizes];

/** The statistics' sheets: by level (with the total), the prizes (with theirs), and what each figure counts. */
export function contestStatsSheets(s: ContestStats): XlsxSheet[] {
  return [
    {
      name: '按级别',
      headers: ['竞赛级别', ...FIGURE_HEADERS],
      rows: [
        ...s.byLevel.map((l) => [LEVEL_TEXT[l.level].zh, ...figureCells(l)]),
        ['合计', ...figureCells(s.totals)],
      ],
    },
    {
      name: '获奖',
      headers: ['竞赛级别', '奖项', '数量'],
      // the 合计 of the prizes is the 获奖 of 按级别's 合计: the two reconcile
      rows: withTotal(
        3,
        s.prizes.map((p) => [LEVEL_TEXT[p.level].zh, p.prize, p.n]),
        2,
      ),
    },
    notesSheet(s.notes, [unionLine(s.org.name), periodLine(s)]),
  ];
}

/** The statistics as .xlsx (contestStatsSheets). */
export function contestStatsWorkbook(s: ContestStats): { fileName: string; buffer: Buffer } {
  const period = s.from && s.to ? periodText({ from: s.from, to: s.to }) : periodWords(s);
  const buffer = writeWorkbook(contestStatsSheets(s));
  return { fileName: statsFileName(s.org.name, '竞赛统计', period), buffer };
}
