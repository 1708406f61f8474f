import {
  type Actor,
  canAccess,
  offeredCondition,
  requireAccess,
  requirePermission,
} from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { notFound } from '../../shared/errors.ts';
import { normaliseText } from '../../shared/text.ts';
import { listEdits, recordAudit } from '../audit/index.ts';
import { findOrgById } from '../org/index.ts';
import { applyContestEdit, type EditContestInput } from './contests.edit.ts';
import { contestErrors } from './contests.errors.ts';
import {
  findContest,
  findLastEnteredOn,
  insertContest,
  listContests,
  setContestStatus,
  setRegistrationClosedOn,
} from './contests.repository.ts';
import type { ContestDetail, ContestKind } from './contests.types.ts';
import type { ContestLevel, ContestStatus, EntryMode } from './contests.vocabulary.ts';

export const CONTEST = { zh: '竞赛', en: 'Contest' };

export interface ContestInput {
  orgId: number;
  name: string;
  level: ContestLevel;
  kind: ContestKind;
  startsOn: string;
  endsOn: string;
  limitPerUnion?: number | null;
  events: { name: string; mode: EntryMode; limitPerUnion?: number | null; teamSize?: number | null }[];
}

export interface ContestQuery {
  status?: ContestStatus;
  year?: number;
  page?: number;
  pageSize?: number;
}

/** The contest as the actor sees it: with whether they may manage it (the organiser's subtree). */
export const viewOf = (actor: Actor, contest: ContestDetail) => ({
  ...contest,
  mayManage: canAccess(actor, 'contests.manage', { orgPath: contest.orgPath }),
});
export type ContestView = ReturnType<typeof viewOf>;

/** The contest, or NOT_FOUND; optionally locked for a decision. */
export async function getContest(sql: Sql, id: number, lock = false): Promise<ContestDetail> {
  const contest = await findContest(sql, id, lock);
  if (!contest) throw notFound(CONTEST, { id });
  return contest;
}

/** The contest as the organiser's staff manage it (results, publication). */
export async function getManagedContest(sql: Sql, actor: Actor, id: number, lock = false) {
  const contest = await getContest(sql, id, lock);
  requireAccess(actor, 'contests.manage', { orgPath: contest.orgPath });
  return contest;
}

function checkContest(input: ContestInput) {
  if (input.endsOn < input.startsOn) throw contestErrors.datesReversed();
  const seen = new Set<string>();
  // names are kept as typed (（电工） stays full-width); two events are the same when their text reads the same
  const events = input.events.map((e) => {
    const name = e.name.trim();
    const key = normaliseText(name);
    if (seen.has(key)) throw contestErrors.eventNamesRepeated(name);
    seen.add(key);
    if (e.mode !== 'team' && e.teamSize != null) throw contestErrors.teamSizeForTeamsOnly(name);
    return { name, mode: e.mode, limitPerUnion: e.limitPerUnion ?? null, teamSize: e.teamSize ?? null };
  });
  return { name: input.name.trim(), events };
}

/** Creates a contest with its events, open for registration, in the caller's transaction. */
export async function createInTx(sql: Sql, actor: Actor, input: ContestInput): Promise<number> {
  const { name, events } = checkContest(input);
  const org = await findOrgById(sql, input.orgId);
  if (!org) throw notFound({ zh: '工会', en: 'Union' }, { id: input.orgId });
  requireAccess(actor, 'contests.manage', { orgPath: org.path });
  const id = await insertContest(sql, {
    ...input,
    name,
    events,
    limitPerUnion: input.limitPerUnion ?? null,
    createdBy: actor.userId || null,
  });
  await recordAudit(sql, actor, {
    action: 'contest.create',
    entity: 'contest',
    entityId: id,
    orgId: org.id,
    after: { name, level: input.level, kind: input.kind, events: events.map((e) => e.name) },
  });
  return id;
}

/**
 * Ends registration on `effectiveOn` (default the day of `now`; a past day needs `history.backdate`), not before
 * the last entry's day (ADR 40), in the caller's transaction.
 */
export async function closeInTx(
  sql: Sql,
  actor: Actor,
  id: number,
  effectiveOn: string | null | undefined,
  now: Date,
): Promise<void> {
  const contest = await getManagedContest(sql, actor, id, true);
  if (contest.status !== 'open') throw contestErrors.notOpen();
  const { day } = effectiveDay(
    actor,
    effectiveOn,
    { zh: '报名截止', en: 'close of registration' },
    [
      {
        day: await findLastEnteredOn(sql, id),
        name: { zh: '最后一份报名的日期', en: 'day of the last entry' },
      },
    ],
    { now },
  );
  await setContestStatus(sql, id, 'closed');
  await setRegistrationClosedOn(sql, id, day);
  await recordAudit(sql, actor, {
    action: 'contest.close',
    entity: 'contest',
    entityId: id,
    orgId: contest.orgId,
    before: { status: 'open' },
    after: { status: 'closed', registrationClosedOn: day },
  });
}

export function createContestUseCases(db: Db, clock: Clock) {
  return {
    async createContest(actor: Actor, input: ContestInput): Promise<ContestView> {
      const id = await db.tx((sql) => createInTx(sql, actor, input));
      return viewOf(actor, await getContest(db, id));
    },

    async listContests(actor: Actor, q: ContestQuery) {
      requirePermission(actor, 'contests.read');
      const page = q.page ?? 1;
      const pageSize = q.pageSize ?? 20;
      const { items, total } = await listContests(
        db,
        {
          offered: (column, params) => offeredCondition(actor, column, params),
          status: q.status,
          year: q.year,
        },
        page,
        pageSize,
      );
      return { items, total, page, pageSize };
    },

    async getContest(actor: Actor, id: number) {
      const contest = await getContest(db, id);
      requireAccess(actor, 'contests.read', { offeredBy: contest.orgPath });
      return { ...viewOf(actor, contest), edits: await listEdits(db, 'contest', id) };
    },

    /** Corrects a contest's name, level and dates before its results are published (ADR 60). */
    async editContest(actor: Actor, id: number, input: EditContestInput): Promise<ContestView> {
      await db.tx(async (sql) => {
        const contest = await getManagedContest(sql, actor, id, true);
        await applyContestEdit(sql, actor, contest, input);
      });
      return viewOf(actor, await getContest(db, id));
    },

    /** Ends registration: no entry is added or withdrawn after it; results may be entered. */
    async closeRegistration(actor: Actor, id: number, effectiveOn?: string | null): Promise<ContestView> {
      await db.tx((sql) => closeInTx(sql, actor, id, effectiveOn, clock()));
      return viewOf(actor, await getContest(db, id));
    },
  };
}
