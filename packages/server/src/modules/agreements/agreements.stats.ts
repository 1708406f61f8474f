import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import { invalid } from '../../shared/errors.ts';
import { notesSheet } from '../../shared/figure-notes.ts';
import {
  figuresSheet,
  ownRowName,
  periodLine,
  statsFileName,
  unionLine,
} from '../../shared/figures-sheet.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { figuresByUnion, findOrgsByIds, type OrgRow, statsUnionChosen, treeSteps } from '../org/index.ts';
import { sumCounts } from '../reporting/index.ts';
import { agreementFigureNotes } from './agreements.notes.ts';
import { dueOnDay, kindsSigned, signedBetween, statesOnDay } from './agreements.stats.repository.ts';
import { KIND_NAMES } from './agreements.types.ts';
import { AGREEMENT_KINDS, type AgreementKind, STATS_KIND } from './agreements.vocabulary.ts';
import { SUBJECTS } from './coverage.counts.ts';

export interface StatsInput {
  orgId?: number;
  kind?: AgreementKind;
  /** A calendar year: signed in it, states at its end (this month's end for the current year). */
  year?: number;
  /**
   * A period of days: signed within it, states as they stood on `to` (read from the rows, any day); without `to`
   * it runs to today, without `from` it starts on 1 January of `to`'s year.
   */
  from?: string;
  to?: string;
}

const statsRoot = (db: Db, actor: Actor, orgId: number | undefined): Promise<OrgRow> =>
  statsUnionChosen(db, actor, orgId, 'agreements.read');

/**
 * A union subtree's agreements of one kind for a year, read from the reporting layer: signed in the year (by
 * level), and at the year's end (for the current year: today, read from the agreements themselves) the agreements in force and the enterprises,
 * workers and women workers covered, each enterprise once. The coverage rate divides the covered enterprises that
 * should have an agreement by those that should, both on the last day (from the union tree as it stood that day:
 * enterprises with a union open that day, for women workers' agreements with women workers). The measures of the
 * agreements signed in the period are summed as recorded: what they cost and the people they reached. Broken down by
 * the unions directly below, in tree order, with their total (the sum of those rows).
 */
export async function getAgreementStats(db: Db, actor: Actor, input: StatsInput, now: Date) {
  const root = await statsRoot(db, actor, input.orgId);
  const kind = input.kind ?? (await kindOpened(db, root.path));
  const today = todayInChina(now);
  let from: string;
  let asOf: string;
  let signedRows: SignedRow[];
  let stateRows: { subject: string; dim: string; dim2: string; orgId: number; n: number }[];
  const thisYear = input.year === undefined || String(input.year) === today.slice(0, 4);
  if (input.to || input.from || thisYear) {
    // Any days, and this year so far: read from the agreements and their coverage as they stood on the last day
    // (today without one), so a figure is never as of a day still to come.
    asOf = input.to ?? today;
    from = input.from ?? `${asOf.slice(0, 4)}-01-01`;
    if (from > asOf) {
      throw invalid(
        'AGREEMENT_STATS_PERIOD',
        {
          zh: `开始日期 ${from} 晚于截止日期 ${asOf}`,
          en: `The period starts (${from}) after it ends (${asOf})`,
        },
        { field: 'from' },
      );
    }
    signedRows = await signedBetween(db, root.path, kind, from, asOf);
    stateRows = await statesOnDay(db, root.path, kind, asOf);
  } else {
    const y = String(input.year ?? Number(today.slice(0, 4)));
    from = `${y}-01-01`;
    asOf = `${y}-12-31`;
    signedRows = await signedFromCounts(db, root.path, kind, y);
    stateRows = (
      await sumCounts(db, {
        subject: [SUBJECTS.inForce, SUBJECTS.enterprises, SUBJECTS.workers, SUBJECTS.women],
        path: root.path,
        to: asOf,
        by: ['subject', 'dim', 'dim2', 'org'],
      })
    ).filter((r) => r.dim === kind);
  }
  const year = Number(asOf.slice(0, 4));
  const sum = <R extends { n: number }>(rows: R[], keep: (r: R) => boolean) =>
    rows.filter(keep).reduce((n, r) => n + r.n, 0);
  const is = (subject: string) => (r: { subject: string }) => r.subject === subject;
  const { due, dueCovered } = await dueOnDay(db, root.path, kind, asOf);
  const unions = await byUnion(db, root, signedRows, stateRows);
  return {
    orgId: root.id,
    orgName: root.name,
    kind,
    year,
    from,
    asOf,
    signed: sum(signedRows, () => true),
    signedByLevel: {
      area: sum(signedRows, (r) => r.dim2 === 'area'),
      industry: sum(signedRows, (r) => r.dim2 === 'industry'),
      enterprise: sum(signedRows, (r) => r.dim2 === 'enterprise'),
    },
    inForce: sum(stateRows, is(SUBJECTS.inForce)),
    enterprises: sum(stateRows, is(SUBJECTS.enterprises)),
    dueCovered,
    due,
    rate: due ? dueCovered / due : null,
    workers: sum(stateRows, is(SUBJECTS.workers)),
    womenWorkers: sum(stateRows, is(SUBJECTS.women)),
    measureCostFen: signedRows.reduce((n, r) => n + r.costFen, 0),
    measureReach: signedRows.reduce((n, r) => n + r.reach, 0),
    byUnion: unions,
    byUnionTotal: {
      signed: sumOf(unions, 'signed'),
      enterprises: sumOf(unions, 'enterprises'),
      workers: sumOf(unions, 'workers'),
      measureCostFen: sumOf(unions, 'measureCostFen'),
      measureReach: sumOf(unions, 'measureReach'),
    },
    notes: agreementFigureNotes({ from, asOf }, kind),
  };
}

/** Agreements signed in year `y`, by union and level, with their measures' cost and reach, from the counts. */
/**
 * The kind the statistics open on when none is asked: the general collective contract, unless the subtree has signed
 * none and has signed another kind (a union keeping only women workers' special agreements opens on theirs).
 */
async function kindOpened(db: Db, path: string): Promise<AgreementKind> {
  const signed = await kindsSigned(db, path);
  if (!signed.length || signed.includes(STATS_KIND)) return STATS_KIND;
  return AGREEMENT_KINDS.find((k) => signed.includes(k)) ?? STATS_KIND;
}

async function signedFromCounts(db: Db, path: string, kind: AgreementKind, y: string): Promise<SignedRow[]> {
  const rows = (
    await sumCounts(db, {
      subject: [SUBJECTS.signed, SUBJECTS.measureCost, SUBJECTS.measureReach],
      path,
      from: y,
      to: y,
      by: ['subject', 'dim', 'dim2', 'org'],
    })
  ).filter((r) => r.dim === kind);
  const out = new Map<string, SignedRow>();
  for (const r of rows) {
    const key = `${r.orgId}|${r.dim2}`;
    const row = out.get(key) ?? { orgId: r.orgId, dim: r.dim, dim2: r.dim2, n: 0, costFen: 0, reach: 0 };
    if (r.subject === SUBJECTS.signed) row.n += r.n;
    if (r.subject === SUBJECTS.measureCost) row.costFen += r.fen;
    if (r.subject === SUBJECTS.measureReach) row.reach += r.n;
    out.set(key, row);
  }
  return [...out.values()];
}

const sumOf = <K extends string>(rows: Record<K, number>[], key: K) => rows.reduce((n, r) => n + r[key], 0);

type Row = { subject: string; orgId: number; n: number };
/** Agreements signed by a union at a level, and what their measures cost (fen) and the people they reached. */
type SignedRow = { orgId: number; dim: string; dim2: string; n: number; costFen: number; reach: number };
interface UnionRow {
  orgId: number;
  orgName: string;
  /** Its depth in the tree, null for the union's own row (figuresByUnion): the sheet indents by it. */
  depth: number | null;
  signed: number;
  enterprises: number;
  workers: number;
  measureCostFen: number;
  measureReach: number;
}

/**
 * The counts of each union directly below `root` (and of `root` itself), by where each counted org lies, in the
 * union tree's order (the root first).
 */
async function byUnion(db: Db, root: OrgRow, signed: SignedRow[], states: Row[]): Promise<UnionRow[]> {
  const counted = await findOrgsByIds(db, [...new Set([...signed, ...states].map((r) => r.orgId))]);
  const childOf = new Map<number, number | null>();
  for (const o of counted) {
    const below = o.path.slice(root.path.length).split('/')[0];
    childOf.set(o.id, below ? Number(below) : null);
  }
  const out = new Map<number | null, Omit<UnionRow, 'orgId' | 'orgName' | 'depth'>>();
  const at = (orgId: number) => {
    const child = childOf.get(orgId) ?? null;
    let row = out.get(child);
    if (!row) {
      row = { signed: 0, enterprises: 0, workers: 0, measureCostFen: 0, measureReach: 0 };
      out.set(child, row);
    }
    return row;
  };
  for (const r of signed) {
    const row = at(r.orgId);
    row.signed += r.n;
    row.measureCostFen += r.costFen;
    row.measureReach += r.reach;
  }
  for (const r of states) {
    if (r.subject === SUBJECTS.enterprises) at(r.orgId).enterprises += r.n;
    if (r.subject === SUBJECTS.workers) at(r.orgId).workers += r.n;
  }
  return (await figuresByUnion(db, out, root.name))
    .map((u) => ({ orgId: u.orgId ?? root.id, orgName: u.orgName, depth: u.depth, ...u.figures }))
    .filter((r) => r.signed || r.enterprises || r.workers || r.measureCostFen || r.measureReach);
}

/**
 * What the sheets call the measures' sums, naming what is counted and over which days, as the page's notes do:
 * the measures of the agreements signed in the period, as recorded.
 */
export function measureHeadings(s: { from: string; asOf: string }) {
  const period = `${s.from}至${s.asOf}签订合同的`;
  return {
    cost: `${period}措施投入金额（元）`,
    reach: `${period}措施惠及人数（人）`,
    note:
      `措施投入金额、措施惠及人数：${s.from}至${s.asOf}签订的合同所登记的措施投入金额与惠及人数之和（未登记的不计），` +
      '按签订日期计入签约工会。',
  };
}

/** The statistics as .xlsx: the figures, then the unions below (tree order) and their total. */
export async function exportAgreementStats(db: Db, actor: Actor, input: StatsInput, now: Date) {
  const s = await getAgreementStats(db, actor, input, now);
  const kindName = KIND_NAMES[s.kind].zh;
  const m = measureHeadings(s);
  const unionRow = (name: string, r: (typeof s)['byUnionTotal']) => [
    name,
    r.signed,
    r.enterprises,
    r.workers,
    r.measureCostFen / 100,
    r.measureReach,
  ];
  const buffer = writeWorkbook([
    figuresSheet(
      '签订与覆盖情况',
      [
        unionLine(s.orgName),
        ['合同类别', kindName],
        // the days asked, or the year asked, counted to today while it runs on
        periodLine({ from: s.from, to: input.from || input.to ? s.asOf : `${s.year}-12-31`, asOf: s.asOf }),
        ['签订（份）', s.signed],
        ['其中：区域', s.signedByLevel.area],
        ['其中：行业', s.signedByLevel.industry],
        ['其中：企业', s.signedByLevel.enterprise],
        [m.cost, s.measureCostFen / 100],
        [m.reach, s.measureReach],
        [`截至${s.asOf}有效（份）`, s.inForce],
        ['覆盖企业（家）', s.enterprises],
        ['覆盖职工（人）', s.workers],
        ['覆盖女职工（人）', s.womenWorkers],
        ['应签企业（家）', s.due],
        ['应签企业中已签（家）', s.dueCovered],
        ['签订率', s.rate ?? '—'],
        [m.note],
      ],
      [48, 24],
    ),
    {
      name: '下级工会',
      headers: [
        '工会',
        `${s.from}至${s.asOf}签订（份）`,
        `截至${s.asOf}覆盖企业（家）`,
        '覆盖职工（人）',
        m.cost,
        m.reach,
      ],
      widths: [36, 16, 16, 16, 24, 20],
      moneyColumns: [4],
      // the union's own row on top, the unions right under it a step in
      indents: treeSteps(s.byUnion.map((r) => r.depth)),
      // a table of unions and their total only: what the measures' sums hold is said in 说明
      rows: [
        ...s.byUnion.map((r) => unionRow(r.depth === null ? ownRowName(r.orgName) : r.orgName, r)),
        unionRow('合计', s.byUnionTotal),
      ],
    },
    notesSheet(s.notes),
  ]);
  return { buffer, fileName: statsFileName(s.orgName, `${kindName}统计`, `截至${s.asOf}`) };
}
