import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { type FigureNote, noteMakers, notesSheet } from '../../shared/figure-notes.ts';
import { figuresSheet, periodLine, statsFileName, unionLine } from '../../shared/figures-sheet.ts';
import { type PeriodAsked, periodText, type StatsPeriod, statsPeriod } from '../../shared/period.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { statsUnionChosen } from '../org/index.ts';
import { sumCounts } from '../reporting/index.ts';
import { CAUSE_ZH, LEVEL_ZH } from './hardship.types.ts';
import { CAUSES, FILE_LEVELS } from './hardship.vocabulary.ts';

/**
 * What each figure counts and by which day (issue 41), as hardship.counts.ts keeps it: one list for the page's notes
 * and the export's 说明 sheet. Every file counts at its union.
 */
export function hardshipFigureNotes(p: StatsPeriod): FigureNote[] {
  const { flow, state } = noteMakers(p);
  return [
    state(
      'inForce',
      { zh: '在档', en: 'In force' },
      '已认定、未过有效期且未销档的档案户数，按档案所在工会统计',
      'Files verified, not past their expiry and not closed, by the file’s union',
    ),
    state(
      'expired',
      { zh: '已过期未复核', en: 'Expired, not reviewed' },
      '已过有效期、既未复核也未销档的档案户数，按档案所在工会统计',
      'Files past their expiry, neither reviewed nor closed, by the file’s union',
    ),
    flow(
      'verified',
      { zh: '认定', en: 'Verified' },
      '认定日期在期间内的档案户数（首次认定；年度复核不计），按档案所在工会统计',
      'Files by the day verified (the first verification; yearly reviews not), by the file’s union',
    ),
    state(
      'byCause.inForce',
      { zh: '按致困原因在档', en: 'In force by cause' },
      '在档档案按致困原因分，一户有几个原因的每个原因各计一次',
      'Files in force by cause; a file with several causes counts under each',
    ),
  ];
}

/**
 * A union subtree's hardship files for a period (a year or any days), from the reporting layer: verified in the
 * period, and on its last day (today, if later) the files in force and the expired ones, by level and the files in
 * force by cause.
 */
export async function getHardshipStats(
  db: Db,
  actor: Actor,
  input: { orgId?: number } & PeriodAsked,
  today: string,
) {
  const org = await statsUnionChosen(db, actor, input.orgId, 'hardship.read');
  const period = statsPeriod(input, today);
  const { asOf } = period;
  const [states, flows] = await Promise.all([
    sumCounts(db, {
      subject: ['hardship.files', 'hardship.causes', 'hardship.expired'],
      path: org.path,
      to: asOf,
      by: ['subject', 'dim'],
    }),
    sumCounts(db, {
      subject: 'hardship.verified',
      path: org.path,
      from: period.from,
      to: period.to,
      by: ['dim'],
    }),
  ]);
  const n = (rows: typeof states, subject: string, dim: string) =>
    rows.filter((r) => r.subject === subject && r.dim === dim).reduce((s, r) => s + r.n, 0);
  const byLevel = FILE_LEVELS.map((level) => ({
    level,
    inForce: n(states, 'hardship.files', level),
    expired: n(states, 'hardship.expired', level),
    verified: n(flows, 'hardship.verified', level),
  }));
  const total = (k: 'inForce' | 'expired' | 'verified') => byLevel.reduce((s, r) => s + r[k], 0);
  return {
    orgId: org.id,
    orgName: org.name,
    ...period,
    inForce: total('inForce'),
    expired: total('expired'),
    verified: total('verified'),
    byLevel,
    byCause: CAUSES.map((cause) => ({ cause, inForce: n(states, 'hardship.causes', cause) })).filter(
      (r) => r.inForce,
    ),
    notes: hardshipFigureNotes(period),
  };
}

export async function exportHardshipStats(
  db: Db,
  actor: Actor,
  input: { orgId?: number } & PeriodAsked,
  today: string,
) {
  const s = await getHardshipStats(db, actor, input, today);
  const during = periodText(s);
  const buffer = writeWorkbook([
    figuresSheet(
      '概况',
      [
        unionLine(s.orgName),
        periodLine(s),
        ['状态截至', s.asOf],
        ['在档（户）', s.inForce],
        ['已过期未复核（户）', s.expired],
        [`${during}认定（户）`, s.verified],
      ],
      [28, 36],
    ),
    {
      name: '按困难类别',
      headers: ['困难类别', `截至${s.asOf}在档（户）`, '已过期未复核（户）', `${during}认定（户）`],
      widths: [20, 22, 20, 18],
      rows: [
        ...s.byLevel.map((r) => [LEVEL_ZH[r.level], r.inForce, r.expired, r.verified]),
        ['合计', s.inForce, s.expired, s.verified],
      ],
    },
    {
      name: '按致困原因',
      headers: ['致困原因', `截至${s.asOf}在档（户）`],
      widths: [20, 22],
      rows: s.byCause.map((r) => [CAUSE_ZH[r.cause], r.inForce]),
    },
    notesSheet(s.notes),
  ]);
  return { buffer, fileName: statsFileName(s.orgName, '困难职工档案统计', during) };
}
