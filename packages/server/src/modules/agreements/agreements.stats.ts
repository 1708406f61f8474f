import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { monthEnd, todayInChina } from '../../shared/dates.ts';
import { invalid } from '../../shared/errors.ts';
import { notesSheet } from '../../shared/figure-notes.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { findOrgById, findOrgsByIds, type OrgRow } from '../org/index.ts';
import { sumCounts } from '../reporting/index.ts';
import { agreementErrors } from './agreements.errors.ts';
import { agreementFigureNotes } from './agreements.notes.ts';
import { dueOnDay, signedBetween, statesOnDay } from './agreements.repository.ts';
import { type AgreementKind, KIND_NAMES } from './agreements.types.ts';
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

async function statsRoot(db: Db, actor: Actor, orgId: number | undefined): Promise<OrgRow> {
  requireAccess(actor, 'agreements.read');
  const id = orgId ?? actor.orgId;
  if (!id) {
    throw invalid('AGREEMENT_STATS_UNION', { zh: '请选择工会', en: 'Choose a union' }, { field: 'orgId' });
  }
  const org = await findOrgById(db, id);
  if (!org) throw agreementErrors.unionNotFound();
  requireAccess(actor, 'agreements.read', { orgPath: org.path });
  return org;
}

/**
 * A union subtree's agreements of one kind for a year, read from the reporting layer: signed in the year (by
 * level), and at the year's end (or this month's, for the current year) the agreements in force and the enterprises,
 * workers and women workers covered, each enterprise once. The coverage rate divides the covered enterprises that
 * should have an agreement by those that should, both on the last day (from the union tree as it stood that day:
 * enterprises with a union open that day, for women workers' agreements with women workers). Broken down by the
 * unions directly below.
 */
export async function getAgreementStats(db: Db, actor: Actor, input: StatsInput, now: Date) {
  const root = await statsRoot(db, actor, input.orgId);
  const kind = input.kind ?? 'women';
  const today = todayInChina(now);
  let from: string;
  let asOf: string;
  let signedRows: { dim: string; dim2: string; orgId: number; n: number }[];
  let stateRows: { subject: string; dim: string; dim2: string; orgId: number; n: number }[];
  if (input.to || input.from) {
    // Any days: read from the agreements and their coverage as they stood on the last (today without one).
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
    asOf = monthEnd(y === today.slice(0, 4) ? today : `${y}-12-31`);
    signedRows = (
      await sumCounts(db, {
        subject: SUBJECTS.signed,
        path: root.path,
        from: y,
        to: y,
        by: ['dim', 'dim2', 'org'],
      })
    ).filter((r) => r.dim === kind);
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
    byUnion: await byUnion(db, root, signedRows, stateRows),
    notes: agreementFigureNotes({ from, asOf }, kind),
  };
}

type Row = { subject: string; orgId: number; n: number };

/** The counts of each union directly below `root` (and of `root` itself), by where each counted org lies. */
async function byUnion(db: Db, root: OrgRow, signed: Omit<Row, 'subject'>[], states: Row[]) {
  const counted = await findOrgsByIds(db, [...new Set([...signed, ...states].map((r) => r.orgId))]);
  const childOf = new Map<number, number>();
  for (const o of counted) {
    const below = o.path.slice(root.path.length).split('/')[0];
    childOf.set(o.id, below ? Number(below) : root.id);
  }
  const names = new Map((await findOrgsByIds(db, [...new Set(childOf.values())])).map((o) => [o.id, o.name]));
  const out = new Map<
    number,
    { orgId: number; orgName: string; signed: number; enterprises: number; workers: number }
  >();
  const at = (orgId: number) => {
    const child = childOf.get(orgId) ?? root.id;
    let row = out.get(child);
    if (!row) {
      row = { orgId: child, orgName: names.get(child) ?? root.name, signed: 0, enterprises: 0, workers: 0 };
      out.set(child, row);
    }
    return row;
  };
  for (const r of signed) at(r.orgId).signed += r.n;
  for (const r of states) {
    if (r.subject === SUBJECTS.enterprises) at(r.orgId).enterprises += r.n;
    if (r.subject === SUBJECTS.workers) at(r.orgId).workers += r.n;
  }
  return [...out.values()]
    .filter((r) => r.signed || r.enterprises || r.workers)
    .sort((a, b) => b.signed - a.signed || b.enterprises - a.enterprises || a.orgId - b.orgId);
}

const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

/** The statistics as .xlsx: the figures, then the unions below. */
export async function exportAgreementStats(db: Db, actor: Actor, input: StatsInput, now: Date) {
  const s = await getAgreementStats(db, actor, input, now);
  const kindName = KIND_NAMES[s.kind].zh;
  const buffer = writeWorkbook([
    {
      name: '签订与覆盖情况',
      headers: ['项目', '数值'],
      widths: [36, 24],
      rows: [
        ['工会', s.orgName],
        ['合同类别', kindName],
        ['签订期间', `${s.from} 至 ${s.asOf}`],
        ['签订（份）', s.signed],
        ['其中：区域', s.signedByLevel.area],
        ['其中：行业', s.signedByLevel.industry],
        ['其中：企业', s.signedByLevel.enterprise],
        [`截至${s.asOf}有效（份）`, s.inForce],
        ['覆盖企业（家）', s.enterprises],
        ['覆盖职工（人）', s.workers],
        ['覆盖女职工（人）', s.womenWorkers],
        ['应签企业（家）', s.due],
        ['应签企业中已签（家）', s.dueCovered],
        ['签订率', percent(s.rate)],
      ],
    },
    {
      name: '下级工会',
      headers: ['工会', `${s.from}至${s.asOf}签订（份）`, `截至${s.asOf}覆盖企业（家）`, '覆盖职工（人）'],
      widths: [36, 16, 16, 16],
      rows: s.byUnion.map((r) => [r.orgName, r.signed, r.enterprises, r.workers]),
    },
    notesSheet(s.notes),
  ]);
  return { buffer, fileName: `${s.orgName}${kindName}统计（截至${s.asOf}）.xlsx` };
}
