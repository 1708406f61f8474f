import { type Actor, canAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { chinaDayOf, effectiveDay } from '../../shared/effective.ts';
import { type Bilingual, notFound, notYours } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { findOrgsWithReviewers } from '../auth/index.ts';
import { getOrgInScope } from '../org/index.ts';
import { validateProgram } from './program-validate.ts';
import { PROGRAM, paging, programError } from './programs.errors.ts';
import {
  countApplicationsByStatus,
  ensureUsageRows,
  findLastAppliedOn,
  findProgramById,
  getVersion,
  insertProgram,
  insertVersion,
  listPrograms,
  listUsage,
  listVersions,
  setProgramStatus,
  updateProgramColumns,
} from './programs.repository.ts';
import type { ProgramInput, ProgramPatch, ProgramRow } from './programs.types.ts';
import type { ProgramStatus } from './programs.vocabulary.ts';
import { listChainUnions } from './review-chain.repository.ts';
import { periodKeys } from './review-chain.ts';
import type { AmountRule, Rule } from './rules/index.ts';
import { normaliseRuleText } from './rules/index.ts';

/** True when the actor may see the program: it is owned in their subtree or by one of their ancestors. */
export function canSeeProgram(actor: Actor, p: ProgramRow): boolean {
  return canAccess(actor, 'programs.read', { offeredBy: p.ownerOrgPath });
}

export async function getProgramVisible(sql: Sql, actor: Actor, id: number): Promise<ProgramRow> {
  const p = await findProgramById(sql, id);
  if (!p) throw notFound(PROGRAM, { id });
  if (!canSeeProgram(actor, p)) throw notYours();
  return p;
}

/** True when the actor's union owns the program or is above its owner: they may edit, publish and pay it. */
export function mayManageProgram(actor: Actor, p: ProgramRow): boolean {
  return canAccess(actor, 'programs.read', { orgPath: p.ownerOrgPath });
}

/** The program, if the actor's union owns it or is above its owner (may edit, publish, pay). */
export async function getProgramManaged(sql: Sql, actor: Actor, id: number, lock = false) {
  const p = await findProgramById(sql, id, lock);
  if (!p) throw notFound(PROGRAM, { id });
  if (!canSeeProgram(actor, p) || !mayManageProgram(actor, p)) throw notYours();
  return p;
}

/** The managed program, locked, refused with PROGRAM_STATUS (saying `refusal`) unless it is in `status`. */
async function getProgramIn(sql: Sql, actor: Actor, id: number, status: ProgramStatus, refusal: Bilingual) {
  const p = await getProgramManaged(sql, actor, id, true);
  if (p.status !== status) throw programError('PROGRAM_STATUS', refusal, { status: p.status });
  return p;
}

/** What a published program keeps as it is, each named as the program's form names it (for the refusal). */
const LOCKED_AFTER_PUBLISH = {
  category: { zh: '类别', en: 'its category' },
  periodStart: { zh: '开始日期', en: 'its start' },
  periodEnd: { zh: '结束日期', en: 'its end' },
  periodUnit: { zh: '限额周期', en: 'the period its limits count' },
  applicantType: { zh: '申请主体', en: 'its applicant' },
  limitMode: { zh: '享受次数限制', en: 'how often it may be had' },
  subjectKind: { zh: '按哪类记录计次', en: 'the kind of record it counts' },
  reviewChain: { zh: '审核层级', en: 'its review chain' },
  prerequisiteProgramId: { zh: '前置项目', en: 'the program it requires first' },
} as const satisfies Partial<Record<keyof ProgramPatch, Bilingual>>;

function defaultLabel(start: string, end: string) {
  const a = start.slice(0, 4);
  const b = end.slice(0, 4);
  return a === b ? `${a}年` : `${a}—${b}年`;
}

async function checkPrerequisite(sql: Sql, actor: Actor, id: number | null | undefined, self?: number) {
  if (!id) return;
  if (id === self) {
    throw programError(
      'PROGRAM_INVALID',
      { zh: '前置项目不能是本项目', en: 'A program cannot require itself' },
      {
        field: 'prerequisiteProgramId',
      },
    );
  }
  await getProgramVisible(sql, actor, id);
}

export async function createProgram(db: Db | Sql, actor: Actor, input: ProgramInput): Promise<ProgramDetail> {
  const run = async (sql: Sql) => {
    const ownerId = input.ownerOrgId ?? actor.orgId;
    if (!ownerId) {
      throw programError(
        'PROGRAM_INVALID',
        { zh: '请指定主办工会', en: 'Choose the owner union' },
        {
          field: 'ownerOrgId',
        },
      );
    }
    const owner = await getOrgInScope(sql, actor, ownerId);
    validateProgram(input, owner.level);
    const rule = normaliseRuleText(input.rule);
    await checkPrerequisite(sql, actor, input.prerequisiteProgramId);
    const id = await insertProgram(
      sql,
      {
        ...input,
        ownerOrgId: owner.id,
        periodLabel: input.periodLabel?.trim() || defaultLabel(input.periodStart, input.periodEnd),
      },
      actor.userId || null,
    );
    await insertVersion(sql, id, rule, input.amount, actor.userId || null);
    const { managed, ...created } = await getProgramDetail(sql, actor, id);
    await recordAudit(sql, actor, {
      action: 'program.create',
      entity: 'program',
      entityId: id,
      orgId: owner.id,
      after: created,
    });
    return { ...created, managed };
  };
  return 'tx' in db ? db.tx(run) : run(db);
}

export async function updateProgram(db: Db, actor: Actor, id: number, patch: ProgramPatch) {
  return db.tx(async (sql) => {
    const before = await getProgramManaged(sql, actor, id, true);
    if (before.status === 'closed') {
      throw programError('PROGRAM_NOT_EDITABLE', { zh: '项目已结束，不能修改', en: 'The program is closed' });
    }
    if (before.status === 'published') {
      for (const [field, name] of Object.entries(LOCKED_AFTER_PUBLISH) as [
        keyof typeof LOCKED_AFTER_PUBLISH,
        Bilingual,
      ][]) {
        const value = patch[field];
        if (value !== undefined && JSON.stringify(value) !== JSON.stringify(before[field])) {
          throw programError(
            'PROGRAM_NOT_EDITABLE',
            {
              zh: `项目已发布，不能再修改${name.zh}`,
              en: `The program is published; ${name.en} can no longer change`,
            },
            { field },
          );
        }
      }
    }
    const current = await getVersion(sql, id, before.currentVersion);
    const merged: ProgramInput = {
      ...before,
      description: before.description,
      claimStartsAt: before.claimStartsAt?.toISOString() ?? null,
      claimEndsAt: before.claimEndsAt?.toISOString() ?? null,
      ...stripUndefined(patch),
      rule: patch.rule ?? current.rule,
      amount: patch.amount ?? current.amount,
    } as ProgramInput;
    validateProgram(merged, before.ownerOrgLevel);
    merged.rule = normaliseRuleText(merged.rule);
    await checkPrerequisite(sql, actor, patch.prerequisiteProgramId, id);
    const { rule, amount, ...columns } = patch;
    await updateProgramColumns(sql, id, columns);
    const ruleChanged = rule !== undefined && JSON.stringify(merged.rule) !== JSON.stringify(current.rule);
    const amountChanged = amount !== undefined && JSON.stringify(amount) !== JSON.stringify(current.amount);
    if (ruleChanged || amountChanged) {
      await insertVersion(sql, id, merged.rule, merged.amount, actor.userId || null);
    }
    if (before.status === 'published') await ensureUsageRows(sql, id, periodKeys(merged));
    const { managed, ...after } = await getProgramDetail(sql, actor, id);
    await recordAudit(sql, actor, {
      action: 'program.update',
      entity: 'program',
      entityId: id,
      orgId: before.ownerOrgId,
      before,
      after,
    });
    return { ...after, managed };
  });
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The day a program's publication or closing took effect, when given (ADR 40): else the database's moment. */
export interface ProgramDay {
  effectiveOn?: string | null;
  now: Date;
}

/**
 * Publishes a draft on `day.effectiveOn` (default today; a past day, 补录, needs `history.backdate`): its
 * `published_at` is that day. A draft follows no earlier fact, so any past day may be given.
 */
export async function publishProgram(db: Db | Sql, actor: Actor, id: number, day?: ProgramDay) {
  const run = async (sql: Sql) => {
    const p = await getProgramIn(sql, actor, id, 'draft', {
      zh: '只有草稿可以发布',
      en: 'Only a draft can be published',
    });
    const when = day && effectiveDay(actor, day.effectiveOn, { zh: '发布', en: 'publication' }, [], day);
    await ensureUsageRows(sql, id, periodKeys(p));
    await setProgramStatus(sql, id, 'published', when?.at);
    await recordAudit(sql, actor, {
      action: 'program.publish',
      entity: 'program',
      entityId: id,
      orgId: p.ownerOrgId,
      after: {
        status: 'published',
        version: p.currentVersion,
        ...(when?.backdated && { effectiveOn: when.day }),
      },
    });
    return getProgramDetail(sql, actor, id);
  };
  return 'tx' in db ? db.tx(run) : run(db);
}

/**
 * Closes a published program on `day.effectiveOn` (default today; a past day needs `history.backdate`): not before
 * its publication nor before the last application's day.
 */
export async function closeProgram(db: Db, actor: Actor, id: number, day?: ProgramDay) {
  return db.tx(async (sql) => {
    const p = await getProgramIn(sql, actor, id, 'published', {
      zh: '只有已发布的项目可以结束',
      en: 'Only a published program can be closed',
    });
    const when =
      day &&
      effectiveDay(
        actor,
        day.effectiveOn,
        { zh: '结束', en: 'closing' },
        [
          {
            day: p.publishedAt && chinaDayOf(p.publishedAt),
            name: { zh: '发布日期', en: 'publication date' },
          },
          {
            day: await findLastAppliedOn(sql, id),
            name: { zh: '最后一份申请的日期', en: 'date of the last application' },
          },
        ],
        day,
      );
    await setProgramStatus(sql, id, 'closed', when?.at);
    await recordAudit(sql, actor, {
      action: 'program.close',
      entity: 'program',
      entityId: id,
      orgId: p.ownerOrgId,
      after: { status: 'closed', ...(when?.backdated && { effectiveOn: when.day }) },
    });
    return getProgramDetail(sql, actor, id);
  });
}

export interface ProgramDetail extends ProgramRow {
  rule: Rule;
  amount: AmountRule;
  usage: { periodKey: string; quotaUsed: number; budgetUsedFen: number }[];
  counts: Record<string, number>;
  chainWithoutReviewers: { count: number; unions: { orgId: number; name: string }[] };
  /** The caller may manage it (mayManageProgram): the page offers editing only then. Not kept in the audit. */
  managed: boolean;
}

/**
 * The unions of a program's review chain where no account can review (ADR 58): the program page warns of them
 * before it opens and while it runs, and the union above takes their step at once.
 */
export async function findChainWithoutReviewers(sql: Sql, p: ProgramRow) {
  const unions = await listChainUnions(sql, { id: p.ownerOrgId, path: p.ownerOrgPath }, p.reviewChain);
  const staffed = await findOrgsWithReviewers(
    sql,
    unions.map((u) => u.id),
  );
  const without = unions.filter((u) => !staffed.has(u.id));
  return { count: without.length, unions: without.slice(0, 50).map((u) => ({ orgId: u.id, name: u.name })) };
}

export async function getProgramDetail(sql: Sql, actor: Actor, id: number): Promise<ProgramDetail> {
  const p = await getProgramVisible(sql, actor, id);
  const version = await getVersion(sql, id, p.currentVersion);
  const usage = await listUsage(sql, id);
  const rows = await countApplicationsByStatus(sql, id);
  return {
    ...p,
    rule: version.rule,
    amount: version.amount,
    usage,
    counts: Object.fromEntries(rows.map((r) => [r.status, r.n])),
    chainWithoutReviewers: await findChainWithoutReviewers(sql, p),
    managed: mayManageProgram(actor, p),
  };
}

export async function findPrograms(
  db: Db,
  actor: Actor,
  q: { status?: string; category?: string; q?: string; page?: number; pageSize?: number },
) {
  const { page, pageSize } = paging(q, 20);
  const r = await listPrograms(db, { actor, ...q, q: q.q?.trim() || undefined, page, pageSize });
  return { ...r, page, pageSize };
}

export async function getProgramVersions(db: Db, actor: Actor, id: number) {
  await getProgramVisible(db, actor, id);
  return listVersions(db, id);
}
