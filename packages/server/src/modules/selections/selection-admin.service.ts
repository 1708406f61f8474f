import {
  type Actor,
  canAccess,
  offeredCondition,
  requireAccess,
  subtreeCondition,
} from '../../access/access.ts';
import { type Db, isUniqueViolation, type Sql } from '../../db/db.ts';
import { conditions } from '../../db/select.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { insertUser } from '../auth/index.ts';
import { getOrgInScope } from '../org/index.ts';
import { validateRule } from '../programs/index.ts';
import { findLastNominatedOn, setNominationsClosedOn } from './nominations.repository.ts';
import {
  countNominations,
  insertCategory,
  insertCriterion,
  insertJudge,
  insertSelection,
  setSelectionStatus,
  setTieCriterion,
} from './selection-admin.repository.ts';
import {
  invalidField,
  SELECTION,
  type SelectionErrorCode,
  selectionError,
  wrongStage,
} from './selections.errors.ts';
import {
  findSelection,
  listCategories,
  listCriteria,
  listJudges,
  listQuotaUse,
  listSelectionHeads,
  type SelectionHead,
} from './selections.repository.ts';
import type { JudgeInput, SelectionInput } from './selections.types.ts';

/** Checks what the schema cannot: dates in order, names unique, weights and the tie-break criterion, the rule. */
export function checkSelectionInput(input: SelectionInput): void {
  if (input.nominateUntil < input.nominateFrom) {
    throw invalidField(
      'nominateUntil',
      '推荐截止日期早于开始日期',
      'The nomination window ends before it starts',
    );
  }
  const dupe = (names: string[]) => names.find((n, i) => names.indexOf(n) !== i);
  const category = dupe(input.categories.map((c) => c.name.trim()));
  if (category) {
    throw invalidField('categories', `类别名称重复：${category}`, `Category named twice: ${category}`);
  }
  const criterion = dupe(input.criteria.map((c) => c.name.trim()));
  if (criterion) {
    throw invalidField('criteria', `评分项名称重复：${criterion}`, `Criterion named twice: ${criterion}`);
  }
  if (input.tieCriterion && !input.criteria.some((c) => c.name.trim() === input.tieCriterion?.trim())) {
    throw invalidField(
      'tieCriterion',
      `并列时比较的评分项“${input.tieCriterion}”不在评分标准中`,
      `The tie-break criterion "${input.tieCriterion}" is not among the criteria`,
    );
  }
  const problems = input.rule ? validateRule(input.rule) : [];
  if (problems.length) {
    const first = problems[0];
    throw selectionError(
      'SELECTION_RULE_INVALID',
      {
        zh: `参评条件有误（${first.path}）：${first.zh}`,
        en: `Invalid eligibility (${first.path}): ${first.en}`,
      },
      { field: `rule.${first.path}`, problems },
    );
  }
}

/** The categories and the rubric of a new selection, and the criterion that breaks ties. */
async function insertCategoriesAndRubric(sql: Sql, id: number, input: SelectionInput): Promise<void> {
  for (const [i, c] of input.categories.entries()) {
    await insertCategory(sql, {
      selectionId: id,
      position: i + 1,
      name: c.name.trim(),
      title: c.title?.trim() || null,
      criteria: c.criteria?.trim() || null,
      places: c.places,
      quotaPerUnion: c.quotaPerUnion,
      nominationCap: c.nominationCap ?? null,
    });
  }
  for (const [i, c] of input.criteria.entries()) {
    const criterionId = await insertCriterion(sql, {
      selectionId: id,
      position: i + 1,
      name: c.name.trim(),
      weight: c.weight,
    });
    if (input.tieCriterion && c.name.trim() === input.tieCriterion.trim()) {
      await setTieCriterion(sql, id, criterionId);
    }
  }
}

/** Creates a selection with its categories and rubric, open for nominations. */
export async function createSelectionIn(sql: Sql, actor: Actor, input: SelectionInput): Promise<number> {
  checkSelectionInput(input);
  const organiser = await getOrgInScope(sql, actor, input.organiserOrgId);
  requireAccess(actor, 'selections.manage', { orgPath: organiser.path });
  let id: number;
  try {
    id = await insertSelection(sql, {
      organiserOrgId: organiser.id,
      edition: input.edition.trim(),
      title: input.title.trim(),
      year: input.year,
      rule: input.rule ?? null,
      allowSelf: input.allowSelf ?? false,
      nominateFrom: input.nominateFrom,
      nominateUntil: input.nominateUntil,
      noticeDays: input.noticeDays,
      createdBy: actor.userId || null,
    });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    throw invalidField(
      'edition',
      `${organiser.name}已有同名评选：${input.edition}`,
      `${organiser.name} already runs a selection named ${input.edition}`,
    );
  }
  await insertCategoriesAndRubric(sql, id, input);
  await recordAudit(sql, actor, {
    action: 'selection.create',
    entity: 'selection',
    entityId: id,
    orgId: organiser.id,
    after: { edition: input.edition, categories: input.categories.length },
  });
  return id;
}

/** The selection, readable by the organiser's subtree and the unions above it (who may nominate or watch). */
export async function getSelectionHead(sql: Sql, actor: Actor, id: number): Promise<SelectionHead> {
  const s = await findSelection(sql, id);
  if (!s) throw notFound(SELECTION, { id });
  requireAccess(actor, 'selections.read', { offeredBy: s.organiserPath });
  return s;
}

/** The selection locked for a change by its organiser: stage `wanted` required. */
export async function lockForOrganiser(
  sql: Sql,
  actor: Actor,
  id: number,
  wanted: SelectionHead['status'],
): Promise<SelectionHead> {
  const s = await findSelection(sql, id, true);
  if (!s) throw notFound(SELECTION, { id });
  requireAccess(actor, 'selections.manage', { orgPath: s.organiserPath });
  if (s.status !== wanted) throw wrongStage(s.status, wanted);
  return s;
}

export async function listSelections(db: Db, actor: Actor, q: { status?: SelectionHead['status'] }) {
  requireAccess(actor, 'selections.read');
  const params: unknown[] = [];
  const { where, add } = conditions(params, offeredCondition(actor, 'o.path', params));
  if (q.status) add('s.status = ?', q.status);
  const { items, total } = await listSelectionHeads(db, where, params);
  return { items: items.map(({ rule: _r, organiserPath: _p, organiserLevel: _l, ...s }) => s), total };
}

/** The selection with categories, rubric, panel and the quota used by the unions the actor reaches. */
export async function getSelectionDetail(db: Db, actor: Actor, id: number) {
  const s = await getSelectionHead(db, actor, id);
  const organiser = canAccess(actor, 'selections.manage', { orgPath: s.organiserPath });
  const params: unknown[] = [];
  const [categories, criteria, judges, quotaUse] = await Promise.all([
    listCategories(db, id),
    listCriteria(db, id),
    organiser ? listJudges(db, id) : Promise.resolve([]),
    listQuotaUse(db, id, [subtreeCondition(actor, 'o.path', params)], params),
  ]);
  const { organiserPath: _p, organiserLevel: _l, ...head } = s;
  return {
    ...head,
    canManage: organiser,
    categories,
    criteria,
    judges: judges.map(({ orgPath: _o, ...j }) => j),
    quotaUse,
  };
}

/** Moves a selection from one stage to the next, with its audit row. */
export async function advanceStage(
  sql: Sql,
  actor: Actor,
  s: SelectionHead,
  to: 'judging' | 'notice' | 'final',
  extra: Record<string, unknown> = {},
): Promise<void> {
  await setSelectionStatus(sql, s.id, to);
  await recordAudit(sql, actor, {
    action: `selection.${to}`,
    entity: 'selection',
    entityId: s.id,
    orgId: s.organiserOrgId,
    before: { status: s.status },
    after: { status: to, ...extra },
  });
}

/**
 * Closes nominations: the selection goes to its panel, on `effectiveOn` (default the day of `now`; a past day
 * needs `history.backdate`), not before nominations opened nor before the last nomination's day (ADR 40).
 */
export async function closeNominationsIn(
  sql: Sql,
  actor: Actor,
  id: number,
  effectiveOn: string | null | undefined,
  now: Date,
): Promise<void> {
  const s = await lockForOrganiser(sql, actor, id, 'nominating');
  if ((await countNominations(sql, id)) === 0)
    throw stageError('SELECTION_STATUS', '尚无任何推荐，不能进入评审', 'No nominations yet');
  const { day } = effectiveDay(
    actor,
    effectiveOn,
    { zh: '推荐截止', en: 'close of nominations' },
    [
      { day: s.nominateFrom, name: { zh: '推荐开始日期', en: 'opening of nominations' } },
      {
        day: await findLastNominatedOn(sql, id),
        name: { zh: '最后一份推荐的日期', en: 'day of the last nomination' },
      },
    ],
    { now },
  );
  await setNominationsClosedOn(sql, id, day);
  await advanceStage(sql, actor, s, 'judging', { nominationsClosedOn: day });
}

const stageError = (code: SelectionErrorCode, zh: string, en: string) => selectionError(code, { zh, en });

/**
 * Adds a judge to the panel: a new account of the judge role (which reaches nothing but the panels it sits
 * on), who must change the password the organiser chose at the first sign-in.
 */
export async function addJudgeIn(
  sql: Sql,
  actor: Actor,
  id: number,
  input: JudgeInput,
  options: { mustChangePassword: boolean } = { mustChangePassword: true },
): Promise<number> {
  const s = await findSelection(sql, id, true);
  if (!s) throw notFound(SELECTION, { id });
  requireAccess(actor, 'selections.manage', { orgPath: s.organiserPath });
  if (s.status === 'notice' || s.status === 'final') throw wrongStage(s.status, 'judging');
  const org = input.orgId ? await getOrgInScope(sql, actor, input.orgId) : null;
  let userId: number;
  try {
    userId = await insertUser(sql, {
      username: input.username.trim(),
      displayName: input.displayName.trim(),
      password: input.password,
      roles: [{ role: 'judge', orgId: null }],
      mustChangePassword: options.mustChangePassword,
    });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    throw selectionError(
      'SELECTION_JUDGE_EXISTS',
      { zh: `用户名已被使用：${input.username}`, en: `The username is taken: ${input.username}` },
      { field: 'username' },
    );
  }
  const judgeId = await insertJudge(sql, { selectionId: id, userId, orgId: org?.id ?? null });
  await recordAudit(sql, actor, {
    action: 'selection.judge.add',
    entity: 'selection',
    entityId: id,
    orgId: s.organiserOrgId,
    after: { judgeId, username: input.username, orgId: org?.id ?? null },
  });
  return judgeId;
}
