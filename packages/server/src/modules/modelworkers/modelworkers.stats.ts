import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { notesSheet } from '../../shared/figure-notes.ts';
import {
  figuresSheet,
  ownRowName,
  periodLine,
  statsFileName,
  unionLine,
} from '../../shared/figures-sheet.ts';
import { type PeriodAsked, periodText, statsPeriod } from '../../shared/period.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { visitsOfPersons } from '../care/index.ts';
import { figuresByUnion, treeSteps, unionAsked } from '../org/index.ts';
import { sumCounts } from '../reporting/index.ts';
import { KIND_ZH, LEVEL_ZH } from './modelworkers.errors.ts';
import { modelWorkerFigureNotes } from './modelworkers.notes.ts';
import { findRegisterLinks } from './modelworkers.repository.ts';
import { countStudiosLedByModelWorkers } from './modelworkers.studios.ts';
import { KINDS, LEVELS, type Level } from './modelworkers.vocabulary.ts';

/** The living by level (total: the living), of them the retired, and the deceased (on the register, not living). */
type ByLevel = Record<Level, number> & { total: number; retired: number; deceased: number };
const emptyLevels = (): ByLevel => ({
  national: 0,
  provincial: 0,
  city: 0,
  district: 0,
  total: 0,
  retired: 0,
  deceased: 0,
});

/** Adds a count of `modelworkers.workers` (dim level, dim2 status) to a tally: the deceased apart. */
function tally(t: ByLevel, level: Level, status: string, n: number) {
  if (status === 'deceased') {
    t.deceased += n;
    return;
  }
  t[level] += n;
  t.total += n;
  if (status === 'retired') t.retired += n;
}

/**
 * Model workers of a subtree (issue 28): the living by level as they stood on the period's last day, of them the
 * retired, and the deceased apart (issue 41), by the unions one level below (the districts, seen from the
 * federation); titles given in the period by level and kind; the studios they lead (the register's one count,
 * `countStudiosLedByModelWorkers`, as of the period's last day); and the visits made to them (care's visits, by
 * the visit's day).
 */
export async function getModelWorkerStats(
  db: Db,
  actor: Actor,
  q: { orgId?: number } & PeriodAsked,
  today: string,
) {
  const period = statsPeriod(q, today);
  return db.tx(async (sql) => {
    const { path, name } = await unionAsked(sql, actor, q.orgId, 'modelworkers.read');
    const { from, to, asOf } = period;
    const state = await sumCounts(sql, {
      subject: 'modelworkers.workers',
      path,
      to: asOf,
      by: ['child', 'dim', 'dim2'],
    });
    const byLevel = emptyLevels();
    const units = new Map<number | null, ByLevel>();
    for (const c of state) {
      const level = c.dim as Level;
      if (!LEVELS.includes(level)) continue;
      tally(byLevel, level, c.dim2, c.n);
      const u = units.get(c.child ?? null) ?? emptyLevels();
      tally(u, level, c.dim2, c.n);
      units.set(c.child ?? null, u);
    }
    // the union's own row (本级, no name) first, then the unions below in the union tree's order
    const byUnion = (await figuresByUnion(sql, units))
      .filter((u) => u.figures.total !== 0 || u.figures.deceased !== 0)
      .map((u) => ({
        orgId: u.orgId,
        orgName: u.orgId === null ? null : u.orgName,
        depth: u.depth,
        ...u.figures,
      }));
    const titles = await sumCounts(sql, {
      subject: 'modelworkers.honours',
      path,
      from,
      to,
      by: ['dim', 'dim2'],
    });
    const honours = LEVELS.flatMap((level) =>
      KINDS.map((kind) => ({
        level,
        kind,
        n: titles.filter((t) => t.dim === level && t.dim2 === kind).reduce((s, t) => s + t.n, 0),
      })),
    ).filter((h) => h.n > 0);
    const links = await findRegisterLinks(sql, path);
    const { byLevel: _l, ...studios } = await countStudiosLedByModelWorkers(sql, path, asOf);
    const visited = (await visitsOfPersons(sql, links.personIds)).filter(
      (v) => v.visitedOn >= from && v.visitedOn <= to,
    );
    const visits = {
      visits: visited.length,
      people: new Set(visited.map((v) => v.personId)).size,
      grantFen: visited.reduce((s, v) => s + Number(v.grantFen), 0),
    };
    const notes = modelWorkerFigureNotes(period);
    return { ...period, orgName: name, byLevel, byUnion, honours, studios, visits, notes };
  });
}

/** The statistics as .xlsx: by level and union, titles, studios, visits, and the period. */
export async function modelWorkerStatsXlsx(
  db: Db,
  actor: Actor,
  q: { orgId?: number } & PeriodAsked,
  today: string,
) {
  const s = await getModelWorkerStats(db, actor, q, today);
  const levelCells = (r: ByLevel) => [...LEVELS.map((l) => r[l]), r.total, r.retired, r.deceased];
  const asOf = `截至${s.asOf}`;
  const period = periodText(s);
  const buffer = writeWorkbook([
    {
      name: '劳模按级别与单位',
      headers: [
        '单位',
        ...LEVELS.map((l) => `在世${LEVEL_ZH[l]}劳模（${asOf}）`),
        `在世劳模合计（含退休，${asOf}）`,
        `其中退休（${asOf}）`,
        `已故劳模（在名册、不计在世，${asOf}）`,
      ],
      // the union's own row (本级) on top, the unions right under it a step in
      indents: treeSteps(s.byUnion.map((u) => u.depth)),
      rows: [
        ...s.byUnion.map((u) => [
          u.orgName ?? (s.orgName ? ownRowName(s.orgName) : '本级'),
          ...levelCells(u),
        ]),
        ['合计', ...levelCells(s.byLevel)],
      ],
    },
    {
      name: '荣誉称号',
      headers: ['级别', '类别', `期内授予的称号数（按授予年度，${period}）`],
      rows: s.honours.map((h) => [LEVEL_ZH[h.level], KIND_ZH[h.kind], h.n]),
    },
    figuresSheet(
      '工作室与走访',
      [
        unionLine(s.orgName),
        periodLine(s),
        ['状态截至', s.asOf],
        [`在世劳模（在职和退休，${asOf}）`, s.byLevel.total],
        [`其中退休（${asOf}）`, s.byLevel.retired],
        [`已故劳模（${asOf}）`, s.byLevel.deceased],
        [`名册中的劳模（含已故，${asOf}）`, s.byLevel.total + s.byLevel.deceased],
        [`市级及以上职工创新工作室，${asOf}`, s.studios.cityTotal],
        [`其中市级及以上劳模领衔的市级及以上工作室，${asOf}`, s.studios.cityLed],
        [`市级及以上劳模领衔的工作室（各级），${asOf}`, s.studios.led],
        [`期内走访慰问次数（按走访日期），${period}`, s.visits.visits],
        [`期内走访慰问的劳模人数，${period}`, s.visits.people],
        [`期内慰问金（元），${period}`, s.visits.grantFen / 100],
      ],
      [60, 16],
    ),
    notesSheet(s.notes),
  ]);
  return { buffer, fileName: statsFileName(s.orgName, '劳模统计', period) };
}
