import type { Actor } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { giveTurn } from '../../shared/pace.ts';
import { mergeRowFields } from '../../shared/register-columns.ts';
import { defineRegister } from '../../shared/register-define.ts';
import {
  type CellValue,
  cellText,
  type RegisterRow,
  type RegisterRowError,
  readOk,
  rowError,
} from '../../shared/register-sheet.ts';
import { unionOfCell } from '../../shared/row-union.ts';
import { placeOfRow, rowEn, rowZh } from '../../shared/sheet-place.ts';
import { normaliseText } from '../../shared/text.ts';
import { resolveRowUnions } from '../org/index.ts';
import { addCounts } from '../reporting/index.ts';
import { completionCounts, promisedCounts } from './pledges.counts.ts';
import { findPledgesHeld, type ImportedPledge, insertImportedPledges } from './pledges.import.repository.ts';
import { samePledge } from './pledges.import.same.ts';
import { H, type Key, PLEDGE_REGISTER } from './pledges.register.ts';
import type { Category } from './pledges.vocabulary.ts';

/** A project is one by its union, year and title, in the file and on record. */
const projectKey = (p: { orgId: number; year: number; title: string }) =>
  `${p.orgId}|${p.year}|${normaliseText(p.title)}`;

/** The fields that describe the project (not a milestone): first given wins, a different one is an error. */
const PROJECT_FIELDS = [
  'category',
  'description',
  'budget',
  'department',
  'series',
  'completedOn',
  'spent',
  'beneficiaries',
  'beneficiaryNote',
  'outputQty',
  'outputUnit',
] as const satisfies readonly Key[];

interface ProjectPlan {
  rowNo: number;
  /** The first row's sheet, when the file was read from several (sheet-place.ts). */
  sheet?: string;
  orgId: number;
  year: number;
  title: string;
  fields: Partial<Record<(typeof PROJECT_FIELDS)[number], CellValue>>;
  milestones: { rowNo: number; title: string; dueOn: string; doneOn: string | null }[];
  /** A row of the project has a problem. */
  bad: boolean;
  /** The columns a row of the project had a cell of that did not parse: the project's checks over them skipped. */
  unread: Set<Key>;
  /** The rows giving the project. */
  rows: number;
}

export interface PledgeImportCounts {
  created: number;
  /** Rows of projects on record as they stand (a register sent again): skipped. */
  onRecord: number;
  milestones: number;
  completed: number;
}

/**
 * The 办实事 projects register (为职工办实事项目台账) brought in (issue 23): one row per project and milestone —
 * rows with the same union, year and project title form one project, each row adding a milestone (its title, the
 * day planned and the day done). A project is promised for its year and, when the register says so, completed
 * on its day with the money spent, the workers reached and what it delivered — written set-based (issue 42) and
 * counted by the live forms' own count rules, so it counts as they count (`pledges.promised` on 1 January of its year, `.completed` in its year
 * or late, `.beneficiaries`, `.output`, `.series` on the completion day) and the multi-year view shows 2021–2023
 * in their years. Nobody is told; all rows or none.
 */
export function createPledgeImport(db: Db, clock: Clock) {
  return defineRegister(db, clock, {
    spec: PLEDGE_REGISTER,
    permission: 'pledges.write',
    plan: (rows, errors, { actor }) => planProjects(db, actor, rows, errors),
    counts: ({ projects, onRecord }): PledgeImportCounts => ({
      created: projects.length,
      onRecord,
      milestones: projects.reduce((n, p) => n + p.milestones.length, 0),
      completed: projects.filter((p) => p.fields.completedOn).length,
    }),
    unionsOf: ({ projects }) => projects.map((p) => p.orgId),
    dryRunExtras: {},
    write: async (sql, { projects }, _counts, { actor }) => {
      await writeProjects(sql, actor, projects);
      return {};
    },
    audit: { action: 'pledge.import', entity: 'pledge' },
  });
}

/**
 * The rows grouped into projects (union, year, title), each checked; problems go to `errors`, every one a row has
 * that does not follow from another. A row with a cell that did not parse is checked on the others and plans
 * nothing; one whose union, year or title cannot be told belongs to no project, its milestone still checked.
 */
async function planProjects(
  sql: Sql,
  actor: Actor,
  rows: RegisterRow<Key>[],
  errors: RegisterRowError[],
): Promise<{ projects: ProjectPlan[]; onRecord: number }> {
  const unions = await resolveRowUnions(sql, actor, rows, 'union');
  const projects = new Map<string, ProjectPlan>();
  for (const row of rows) {
    await giveTurn();
    const { rowNo, values: v } = row;
    let p: ProjectPlan | undefined;
    let rowBad = false;
    const bad = (key: Key, zh: string, en: string) => {
      errors.push(rowError(rowNo, H[key], zh, en));
      rowBad = true;
    };
    const found = unionOfCell(row, unions, actor, 'pledges.write');
    if (found?.problem) bad('union', found.problem.zh, found.problem.en);
    const hit = found?.union;
    let year = readOk(row, 'year') ? (v.year as number) : undefined;
    if (year !== undefined && (year < 2000 || year > 2100)) {
      bad('year', `「${year}」不是年度（2000—2100）`, `"${year}" is not a year (2000–2100)`);
      year = undefined;
    }
    if (hit && year !== undefined && readOk(row, 'title')) {
      const title = String(v.title);
      const key = projectKey({ orgId: hit.id, year, title });
      p = projects.get(key);
      if (!p) {
        p = {
          ...placeOfRow(row),
          orgId: hit.id,
          year,
          title,
          fields: {},
          milestones: [],
          bad: false,
          unread: new Set(),
          rows: 0,
        };
        projects.set(key, p);
      }
      p.rows++;
      for (const u of row.unread ?? []) p.unread.add(u);
      for (const k of mergeRowFields(p.fields, v, PROJECT_FIELDS)) {
        bad(k, `与该项目${rowZh(p)}填写的不一致`, `differs from what ${rowEn(p)} of this project gives`);
      }
    }
    const milestone = milestoneOf(row, year, bad);
    if (p && milestone) p.milestones.push(milestone);
    if (p && (rowBad || row.unread)) p.bad = true;
  }
  const plans = [...projects.values()];
  const held = new Map(
    (
      await findPledgesHeld(
        sql,
        [...new Set(plans.map((p) => p.orgId))],
        [...new Set(plans.map((p) => p.year))],
      )
    ).map((h) => [projectKey(h), h]),
  );
  const out: ProjectPlan[] = [];
  let onRecord = 0;
  for (const p of plans) {
    const before = errors.length;
    checkProject(p, errors);
    // a project on record (ADR 150): skipped as it stands, refused per differing column, never written over
    const kept = held.get(projectKey(p));
    if (kept) {
      if (errors.length === before && !p.bad && samePledge(p, kept, errors)) onRecord += p.rows;
    } else if (errors.length === before && !p.bad) out.push(p);
  }
  return { projects: out, onRecord };
}

/**
 * A row's milestone, checked (its due day against the project's year when that is known); undefined when it has
 * none, or a check over it cannot be judged (a cell that did not parse).
 */
function milestoneOf(
  row: RegisterRow<Key>,
  year: number | undefined,
  bad: (key: Key, zh: string, en: string) => void,
) {
  if (!readOk(row, 'milestone', 'dueOn', 'doneOn')) return undefined;
  const v = row.values;
  const milestone = cellText(v.milestone);
  const dueOn = cellText(v.dueOn);
  const doneOn = cellText(v.doneOn);
  if (!milestone && (dueOn || doneOn)) {
    bad('milestone', '填写了节点日期，请填写进度节点', 'A milestone date needs the milestone');
  } else if (milestone && !dueOn) {
    bad('dueOn', '请填写进度节点的计划完成日期', "The milestone's due day is required");
  } else if (milestone && dueOn) {
    if (year !== undefined && Number(dueOn.slice(0, 4)) < year) {
      bad(
        'dueOn',
        `计划完成日期 ${dueOn} 早于项目年度（${year}年）`,
        `Due on ${dueOn}, before the project's year (${year})`,
      );
    }
    return { rowNo: row.rowNo, title: milestone, dueOn, doneOn };
  }
  return undefined;
}

/**
 * A project's own checks: what it must say, its completion whole and not before its year; a check over a column
 * whose cell did not parse on a row of the project (and is given by none) skipped.
 */
function checkProject(p: ProjectPlan, errors: RegisterRowError[]) {
  const bad = (key: Key, zh: string, en: string) => {
    // the value a cell that did not parse would have given cannot be judged
    if (p.unread.has(key) && (p.fields[key as keyof typeof p.fields] ?? null) === null) return;
    errors.push(rowError(p.rowNo, H[key], zh, en));
  };
  const f = p.fields;
  if (!f.category) bad('category', '请填写项目类别', 'The category is required');
  if (f.budget === undefined || f.budget === null) bad('budget', '请填写预算金额', 'The budget is required');
  if (!f.department) bad('department', '请填写责任部门', 'The responsible department is required');
  if (p.milestones.length > 24)
    bad('milestone', '一个项目最多24个进度节点', 'At most 24 milestones a project');
  const completedOn = f.completedOn as string | undefined | null;
  if (completedOn) {
    if (Number(completedOn.slice(0, 4)) < p.year) {
      bad(
        'completedOn',
        `项目完成日期 ${completedOn} 早于项目年度（${p.year}年）`,
        `Completed on ${completedOn}, before the project's year (${p.year})`,
      );
    }
    if (f.spent === undefined || f.spent === null)
      bad('spent', '项目完成时请填写实际投入', 'Give the money spent');
    if (f.beneficiaries === undefined || f.beneficiaries === null) {
      bad('beneficiaries', '项目完成时请填写受益职工人数', 'Give the workers reached');
    }
  } else if (!p.unread.has('completedOn')) {
    // what only a completed project gives: not judged when its completion day did not parse
    for (const k of ['spent', 'beneficiaries', 'beneficiaryNote', 'outputQty', 'outputUnit'] as const) {
      if (f[k] !== undefined && f[k] !== null) {
        bad(
          k,
          `填写了${H[k]}，请填写项目完成日期`,
          `"${PLEDGE_REGISTER.columns.find((c) => c.key === k)?.en}" needs the day the project was completed`,
        );
      }
    }
  }
  const qty = f.outputQty as number | undefined | null;
  if (qty === 0) bad('outputQty', '完成数量须大于 0', 'The quantity delivered must be above 0');
  if (!!qty !== !!f.outputUnit) {
    bad(
      qty ? 'outputUnit' : 'outputQty',
      '完成数量与单位须同时填写',
      'Give both the quantity delivered and its unit',
    );
  }
}

/**
 * Each project promised for its year and, when done, completed on its day — written in a statement per table,
 * counted as the live code counts (promisedCounts, completionCounts) in one statement.
 */
async function writeProjects(sql: Sql, actor: Actor, projects: ProjectPlan[]) {
  const text = (v: CellValue | undefined) => (v === undefined ? null : cellText(v));
  const list: ImportedPledge[] = projects.map((p) => {
    const f = p.fields;
    return {
      orgId: p.orgId,
      year: p.year,
      title: p.title,
      category: f.category as Category,
      description: text(f.description),
      budgetFen: f.budget as number,
      department: String(f.department),
      series: text(f.series),
      milestones: p.milestones.map((m) => ({ title: m.title, dueOn: m.dueOn, doneOn: m.doneOn })),
      createdBy: actor.userId || null,
      completion: f.completedOn
        ? {
            completedOn: String(f.completedOn),
            spentFen: f.spent as number,
            beneficiaryCount: f.beneficiaries as number,
            beneficiaryNote: text(f.beneficiaryNote),
            outputQty: (f.outputQty as number | undefined) ?? null,
            outputUnit: text(f.outputUnit),
          }
        : null,
    };
  });
  await insertImportedPledges(sql, list);
  await addCounts(
    sql,
    list.flatMap((p) => [
      ...promisedCounts(p),
      ...(p.completion ? completionCounts({ ...p, series: p.series ?? null }, p.completion) : []),
    ]),
  );
}
