import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { monthEnd } from '../../shared/dates.ts';
import { type FigureNote, noteMakers, notesSheet } from '../../shared/figure-notes.ts';
import {
  figuresSheet,
  ownRowName,
  periodLine,
  statsFileName,
  unionLine,
} from '../../shared/figures-sheet.ts';
import { periodText } from '../../shared/period.ts';
import { withTotal } from '../../shared/sheet-totals.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { figuresByUnion, findOrgsByIds, type OrgRow, statsUnionChosen, treeSteps } from '../org/index.ts';
import { type CountRow, sumCounts } from '../reporting/index.ts';
import { listCategories } from './cases.calendar.repository.ts';
import { caseErrors } from './cases.errors.ts';
import { casesOnDay } from './cases.repository.ts';
import { CHANNEL_NAMES, SUBJECTS } from './cases.types.ts';
import { CHANNELS } from './cases.vocabulary.ts';

export interface CaseStatsInput {
  orgId?: number;
  /** 'YYYY-MM': the first and last month of the period. */
  from: string;
  to: string;
  /** A day: the requests open and overdue as they stood on it, from the recorded steps (default the period's end). */
  asOf?: string;
}

const statsRoot = (db: Db, actor: Actor, orgId: number | undefined): Promise<OrgRow> =>
  statsUnionChosen(db, actor, orgId, 'cases.read');

type FigureKey =
  | 'filed'
  | 'byChannel'
  | 'byCategory'
  | 'answered'
  | 'onTime'
  | 'onTimeRate'
  | 'rated'
  | 'ratingAverage'
  | 'open'
  | 'overdue';

/**
 * What each figure counts and by which day (issue 41), one list for the page's notes and the export's 说明 sheet.
 * Flows run from the period's first day to its last (or today), states stand on `statesOn`; every request is counted
 * at the union it was filed with, wherever it is handled now.
 */
export function caseFigureNotes(p: {
  from: string;
  asOf: string;
  statesOn: string;
}): FigureNote<FigureKey>[] {
  const { flow } = noteMakers(p);
  const { state } = noteMakers({ from: p.from, asOf: p.statesOn });
  const at = '，按收到诉求的工会统计';
  const atEn = ', at the union that received it';
  return [
    flow(
      'filed',
      { zh: '收到诉求', en: 'Received' },
      `收到日期在期间内的诉求${at}`,
      `Requests by the day received${atEn}`,
    ),
    flow(
      'byChannel',
      { zh: '按渠道', en: 'By channel' },
      '其中按来源渠道分',
      'Of those, by the channel they came by',
    ),
    flow(
      'byCategory',
      { zh: '按类别', en: 'By category' },
      '其中按诉求类别分（停用的类别在期间内有诉求时也列出）',
      'Of those, by category (a retired category too when it has requests in the period)',
    ),
    flow(
      'answered',
      { zh: '已答复', en: 'Answered' },
      `首次答复日期在期间内的诉求${at}`,
      `Requests by the day of their first answer${atEn}`,
    ),
    flow(
      'onTime',
      { zh: '按时答复', en: 'Answered on time' },
      '其中在答复期限内首次答复、且此前未错过受理或答复期限的',
      'Of those, first answered by the answer deadline, with no deadline (acceptance or answer) missed before',
    ),
    flow(
      'onTimeRate',
      { zh: '按时答复率', en: 'On-time rate' },
      '按时答复÷已答复，按首次答复日期',
      'Answered on time ÷ answered, by the day of the first answer',
    ),
    flow(
      'rated',
      { zh: '评价', en: 'Rated' },
      `职工评价日期在期间内的诉求${at}`,
      `Requests by the day the worker rated them${atEn}`,
    ),
    flow(
      'ratingAverage',
      { zh: '平均满意度', en: 'Average rating' },
      '期间内各评价的平均分（1–5分）',
      'The mean of the ratings given in the period (1–5)',
    ),
    state(
      'open',
      { zh: '未办结', en: 'Open' },
      `已收到且尚未办结的诉求（办结后又被职工重新打开的再计入）${at}`,
      `Requests received and not closed (a reopened one counts again)${atEn}`,
    ),
    state(
      'overdue',
      { zh: '逾期', en: 'Overdue' },
      `未办结、尚未答复，且已过答复期限或受理期限已过仍未受理的诉求${at}`,
      `Open requests not answered whose answer deadline has passed, or whose acceptance deadline passed unaccepted${atEn}`,
    ),
  ];
}

const total = (rows: CountRow[], keep: (r: CountRow) => boolean = () => true) =>
  rows.filter(keep).reduce((n, r) => n + r.n, 0);

/**
 * The requests of a union subtree over a period, from the reporting layer (counted at the union each request
 * was filed with): filed by channel, category and union; answered and on time; the average rating; and, at the
 * end of the period, the requests open and overdue.
 */
export async function getCaseStats(db: Db, actor: Actor, asked: CaseStatsInput, today?: string) {
  const root = await statsRoot(db, actor, asked.orgId);
  // A month stands for its days: from its first, to its last.
  const input = {
    ...asked,
    from: asked.from.length === 7 ? `${asked.from}-01` : asked.from,
    to: asked.to.length === 7 ? monthEnd(`${asked.to}-01`) : asked.to,
  };
  if (input.from > input.to) throw caseErrors.period();
  // Nothing is known of a day that has not come: states stand on today at the latest, as flows run to it.
  const notAfterToday = (day: string) => (today && day > today ? today : day);
  input.asOf = input.asOf ? notAfterToday(input.asOf) : undefined;
  const statesOn = input.asOf ?? notAfterToday(input.to);
  const flows = await sumCounts(db, {
    subject: [SUBJECTS.filed, SUBJECTS.answered, SUBJECTS.rated],
    path: root.path,
    from: input.from,
    to: input.to,
    by: ['subject', 'dim', 'dim2', 'org'],
  });
  // Open and overdue as they stood on the day, from the recorded steps, whether the day was asked or not: one
  // rule for both, so a request entered or brought in after its deadlines counts the same either way (issue 42).
  const states = await casesOnDay(db, root.path, statesOn);
  const is = (subject: string) => (r: CountRow) => r.subject === subject;
  const filed = flows.filter(is(SUBJECTS.filed));
  const answered = flows.filter(is(SUBJECTS.answered));
  const rated = flows.filter(is(SUBJECTS.rated));
  const ratedN = total(rated);
  const ratingSum = rated.reduce((s, r) => s + Number(r.dim) * r.n, 0);
  const onTime = total(answered, (r) => r.dim === 'on_time');
  const answeredN = total(answered);
  return {
    orgId: root.id,
    orgName: root.name,
    from: input.from,
    to: input.to,
    statesOn,
    filed: total(filed),
    byChannel: CHANNELS.map((channel) => ({ channel, n: total(filed, (r) => r.dim === channel) })),
    byCategory: (await listCategories(db))
      .map((c) => ({
        category: c.code,
        name: { zh: c.nameZh, en: c.nameEn },
        n: total(filed, (r) => r.dim2 === c.code),
        active: c.active,
      }))
      .filter((c) => c.active || c.n > 0)
      .map(({ active: _, ...c }) => c),
    answered: answeredN,
    onTime,
    onTimeRate: answeredN ? onTime / answeredN : null,
    rated: ratedN,
    ratingAverage: ratedN ? ratingSum / ratedN : null,
    open: total(states, is(SUBJECTS.open)),
    overdue: total(states, is(SUBJECTS.overdue)),
    byUnion: await byUnion(db, root, [...flows, ...states]),
    notes: caseFigureNotes({ from: input.from, asOf: notAfterToday(input.to), statesOn }),
  };
}

/** The figures of each union directly below `root` (and of `root` itself). */
async function byUnion(db: Db, root: OrgRow, rows: CountRow[]) {
  const counted = await findOrgsByIds(db, [...new Set(rows.map((r) => r.orgId))]);
  const childOf = new Map<number, number | null>();
  for (const o of counted) {
    const below = o.path.slice(root.path.length).split('/')[0];
    childOf.set(o.id, below ? Number(below) : null);
  }
  const out = new Map<
    number | null,
    { filed: number; answered: number; onTime: number; open: number; overdue: number }
  >();
  for (const r of rows) {
    const id = childOf.get(r.orgId) ?? null;
    const row = out.get(id) ?? { filed: 0, answered: 0, onTime: 0, open: 0, overdue: 0 };
    if (r.subject === SUBJECTS.filed) row.filed += r.n;
    if (r.subject === SUBJECTS.answered) {
      row.answered += r.n;
      if (r.dim === 'on_time') row.onTime += r.n;
    }
    if (r.subject === SUBJECTS.open) row.open += r.n;
    if (r.subject === SUBJECTS.overdue) row.overdue += r.n;
    out.set(id, row);
  }
  // the union's own row (its id and name) first, then the unions below in the tree's order
  return (await figuresByUnion(db, out, root.name))
    .map((u) => ({
      orgId: u.orgId ?? root.id,
      orgName: u.orgName,
      // the union's own requests (本级), not its subtree's: each page and the .xlsx say so beside its name
      own: u.orgId === null,
      depth: u.depth,
      ...u.figures,
    }))
    .filter((r) => r.filed || r.answered || r.open || r.overdue);
}

/** The statistics as .xlsx: the figures, by channel and category, then the unions below. */
export async function exportCaseStats(db: Db, actor: Actor, input: CaseStatsInput, today?: string) {
  const s = await getCaseStats(db, actor, input, today);
  const buffer = writeWorkbook([
    figuresSheet(
      '诉求办理情况',
      [
        unionLine(s.orgName),
        // flows are counted up to today while the period runs on
        periodLine({ ...s, asOf: today }),
        ['收到诉求（件）', s.filed],
        ['已答复（件）', s.answered],
        ['按时答复（件）', s.onTime],
        ['按时答复率', s.onTimeRate ?? '—'],
        ['评价（件）', s.rated],
        ['平均满意度（1–5分）', s.ratingAverage === null ? '—' : Math.round(s.ratingAverage * 100) / 100],
        [`截至${s.statesOn}未办结（件）`, s.open],
        [`截至${s.statesOn}逾期（件）`, s.overdue],
        ...s.byChannel.map((r): [string, number] => [`渠道：${CHANNEL_NAMES[r.channel].zh}`, r.n]),
        ...s.byCategory.map((r): [string, number] => [`类别：${r.name.zh}`, r.n]),
      ],
      [30, 24],
    ),
    {
      name: '下级工会',
      headers: ['工会', '收到（件）', '已答复（件）', '按时答复（件）', '未办结（件）', '逾期（件）'],
      widths: [36, 12, 12, 14, 12, 12],
      indents: treeSteps(s.byUnion.map((r) => r.depth)),
      rows: withTotal(
        6,
        s.byUnion.map((r) => [
          r.own ? ownRowName(r.orgName) : r.orgName,
          r.filed,
          r.answered,
          r.onTime,
          r.open,
          r.overdue,
        ]),
      ),
    },
    notesSheet(s.notes),
  ]);
  return { buffer, fileName: statsFileName(s.orgName, '职工诉求统计', periodText(s)) };
}
