import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { type FigureNote, noteMakers, notesSheet } from '../../shared/figure-notes.ts';
import { periodLine, unionLine } from '../../shared/figures-sheet.ts';
import { type PeriodAsked, periodText, type StatsPeriod, statsPeriod } from '../../shared/period.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { findOrgById, getOrgInScope, sortInTreeOrder, treeSteps, wholeTreeName } from '../org/index.ts';
import { type CountRow, sumCounts } from '../reporting/index.ts';
import { LEARNING_SUBJECTS as S } from './learning.counts.ts';
import { listCourseTitles, listOrgNames, listOrgPaths, listSiteNames } from './learning.repository.ts';
import type { Stats } from './learning.schemas.ts';

type Line = Stats['byCourse'][number];
const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

/** Folds count rows into lines keyed by `keyOf` (enrolments, completions, hours). */
function lines(rows: CountRow[], keyOf: (r: CountRow) => number, names: Map<number, string>): Line[] {
  const out = new Map<number, Line & { minutes: number }>();
  for (const r of rows) {
    const key = keyOf(r);
    const line = out.get(key) ?? {
      key,
      name: names.get(key) ?? '',
      enrolments: 0,
      completions: 0,
      hours: 0,
      minutes: 0,
    };
    if (r.subject === S.enrolments) line.enrolments += r.n;
    if (r.subject === S.completions) line.completions += r.n;
    if (r.subject === S.courseMinutes || r.subject === S.activityMinutes) line.minutes += r.n;
    out.set(key, line);
  }
  return [...out.values()]
    .map(({ minutes, ...l }) => ({ ...l, hours: hours(minutes) }))
    .sort((a, b) => b.enrolments - a.enrolments || b.hours - a.hours || a.key - b.key);
}

/**
 * What each figure counts and by which day (issue 41), as learning.counts.ts keeps it: one list for the page's notes
 * and the export's 说明 sheet. A course's hours are its credited minutes when completed; a union's hours add the
 * minutes of the offline activities its workers attended.
 */
export function learningFigureNotes(p: StatsPeriod): FigureNote[] {
  const { flow } = noteMakers(p);
  const at = '，按报名时职工所在工会统计';
  const atEn = ", by the worker's union at enrolment";
  return [
    flow(
      'enrolments',
      { zh: '报名人次', en: 'Enrolments' },
      `报名日期在期间内的课程报名${at}`,
      `Course enrolments by the day enrolled${atEn}`,
    ),
    flow(
      'completions',
      { zh: '结业人次', en: 'Completions' },
      `结业日期在期间内的课程结业${at}`,
      `Courses completed, by the day completed${atEn}`,
    ),
    flow(
      'courseHours',
      { zh: '课程学时', en: 'Course hours' },
      `期间内结业课程的认定学时合计（按结业日期）${at}`,
      `The credited hours of the courses completed, by the day completed${atEn}`,
    ),
    flow(
      'activityHours',
      { zh: '线下活动时长', en: 'Activity hours' },
      `举办日期在期间内、职工已签到的线下活动时长合计${at}`,
      `The minutes of offline activities workers attended, by the day held, in hours${atEn}`,
    ),
    flow(
      'hours',
      { zh: '学习时长（按课程、示范点）', en: 'Hours (by course, by site)' },
      '课程学时：该课程（示范点）期间内结业的认定学时，线下活动不在其中',
      'Course hours: the credited hours of that course (site) completed in the period; offline activities not',
    ),
    flow(
      'byUnion.hours',
      { zh: '学习时长（按工会）', en: 'Hours (by union)' },
      `课程学时加线下活动时长${at}`,
      `Course hours plus offline activity hours${atEn}`,
    ),
  ];
}

/**
 * Enrolments, completions and hours of a period (a year or any days) by course, site and union (the unions directly below the root
 * union of the report, or the root itself for its own members), read from the reporting layer.
 */
export async function learningStats(
  db: Db,
  actor: Actor,
  q: { orgId?: number } & PeriodAsked,
  today: string,
): Promise<Stats> {
  requireAccess(actor, 'learning.read');
  const asked = q.orgId ? await getOrgInScope(db, actor, q.orgId) : null;
  const rootPath = asked ? asked.path : actor.scopePath;
  if (rootPath === null) requireAccess(actor, 'learning.read', { orgPath: null });
  const path = rootPath as string;
  const period = statsPeriod(q, today);
  const range = { path, from: period.from, to: period.to };
  const course = [S.enrolments, S.completions, S.courseMinutes];
  const [byCourseRows, byOrgRows, activityRows] = await Promise.all([
    sumCounts(db, { ...range, subject: course, by: ['subject', 'dim', 'dim2'] }),
    sumCounts(db, { ...range, subject: [...course, S.activityMinutes], by: ['subject', 'org'] }),
    sumCounts(db, { ...range, subject: S.activityMinutes }),
  ]);
  const ids = (rows: CountRow[], pick: (r: CountRow) => string) => [...new Set(rows.map(pick))].map(Number);
  const unionOf = await rollUp(
    db,
    path,
    ids(byOrgRows, (r) => String(r.orgId)),
  );
  const unionIds = [...new Set(unionOf.values())];
  const depths = new Map(
    (await listOrgPaths(db, unionIds)).map((o) => [Number(o.id), o.path.split('/').filter(Boolean).length]),
  );
  const [courseNames, siteNames, unionNames] = await Promise.all([
    listCourseTitles(
      db,
      ids(byCourseRows, (r) => r.dim),
    ),
    listSiteNames(
      db,
      ids(byCourseRows, (r) => r.dim2),
    ),
    listOrgNames(db, unionIds),
  ]);
  const total = (subject: string, rows = byCourseRows) =>
    rows.filter((r) => r.subject === subject).reduce((s, r) => s + r.n, 0);
  const union = asked ?? (actor.orgId ? await findOrgById(db, actor.orgId) : null);
  return {
    ...period,
    orgName: union ? union.name : await wholeTreeName(db, actor),
    totals: {
      enrolments: total(S.enrolments),
      completions: total(S.completions),
      courseHours: hours(total(S.courseMinutes)),
      activityHours: hours(total(S.activityMinutes, activityRows)),
    },
    byCourse: lines(byCourseRows, (r) => Number(r.dim), courseNames),
    bySite: lines(byCourseRows, (r) => Number(r.dim2), siteNames),
    byUnion: await sortInTreeOrder(
      db,
      lines(byOrgRows, (r) => unionOf.get(r.orgId) as number, unionNames).map((l) => ({
        ...l,
        depth: depths.get(l.key) ?? 0,
      })),
      (l) => l.key,
    ),
    notes: learningFigureNotes(period),
  };
}

/** Maps each union to the union directly below the root it lies under (or the root itself). */
async function rollUp(db: Db, rootPath: string, orgIds: number[]): Promise<Map<number, number>> {
  const rows = await listOrgPaths(db, orgIds);
  const depth = rootPath.split('/').filter(Boolean).length;
  return new Map(
    rows.map((r) => {
      const segments = r.path.split('/').filter(Boolean);
      const at = segments[Math.min(depth, segments.length - 1)];
      return [Number(r.id), Number(rootPath === '/' ? segments[0] : at)];
    }),
  );
}

const HEADERS = ['报名人次（按报名日期）', '结业人次（按结业日期）'];
/** A union's hours hold the offline activities; a course's or a site's only its completed courses' hours. */
const UNION_HOURS = '学习时长（小时，课程与线下活动）';
const COURSE_HOURS = '学习时长（小时，结业课程学时）';

/**
 * The statistics as an .xlsx workbook: by union with the period's total first, then by course and by site; each
 * sheet ends in a 合计 row.
 */
export function statsWorkbook(s: Stats): Buffer {
  const sheet = (name: string, column: string, rows: Line[]) => ({
    name,
    headers: [column, ...HEADERS, column === '工会' ? UNION_HOURS : COURSE_HOURS],
    rows: rows.map((l) => [l.name, l.enrolments, l.completions, l.hours]),
    widths: [36, 22, 22, 32],
  });
  const t = s.totals;
  // the asked union's own line on top, the unions right under it a step in
  const byUnion = {
    ...sheet(`${periodText(s)}按工会`.slice(0, 31), '工会', s.byUnion),
    indents: treeSteps(s.byUnion.map((l) => l.depth)),
  };
  byUnion.rows.push(['合计', t.enrolments, t.completions, t.courseHours + t.activityHours]);
  // a course's or a site's sheet sums to the period's courses (each enrolment is of one course through one site); its
  // hours the sum of the hours shown above, as the auditor adds them
  const ofCourses = (name: string, column: string, rows: Line[]) => {
    const part = sheet(name, column, rows);
    const shownHours = Math.round(rows.reduce((n, l) => n + l.hours, 0) * 10) / 10;
    part.rows.push(['合计', t.enrolments, t.completions, shownHours]);
    return part;
  };
  return writeWorkbook([
    byUnion,
    ofCourses('按课程', '课程', s.byCourse),
    ofCourses('按示范点', '示范点', s.bySite),
    notesSheet(s.notes, [unionLine(s.orgName), periodLine(s)]),
  ]);
}
