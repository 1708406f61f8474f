import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { effectiveDay } from '../../shared/effective.ts';
import { notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import {
  AWARD_LEVELS,
  deleteSourcedRecords,
  type SourcedRecord,
  upsertSourcedRecords,
} from '../records/index.ts';
import { addCounts, type CountDelta } from '../reporting/index.ts';
import { contestErrors } from './contests.errors.ts';
import {
  findEntry,
  listEntries,
  markPublished,
  type ResultInput,
  setContestStatus,
  updateResults,
} from './contests.repository.ts';
import { getContest, getManagedContest, viewOf } from './contests.service.ts';
import { AWARD_LEVEL_OF, type ContestDetail, type EntryRow, SUBJECTS } from './contests.types.ts';

const ENTRY = { zh: '报名', en: 'Entry' };

/** A result as stored: the prize as typed (blank is none), the score to the hundredth. */
export function normaliseResult(r: Partial<ResultInput>): ResultInput {
  const prize = r.prize ? r.prize.trim() : '';
  return {
    rank: r.rank ?? null,
    score: r.score == null ? null : Math.round(r.score * 100) / 100,
    prize: prize || null,
  };
}

/** Results may be entered once registration is closed (also after publication, as a correction). */
export function checkResultsOpen(contest: ContestDetail) {
  if (contest.status === 'open') throw contestErrors.stillOpen();
}

const sourceRef = (contestId: number, entryId: number, personId: number) =>
  `contest:${contestId}:entry:${entryId}:person:${personId}`;

/**
 * The award records of the contest's prizes, one per person of each entry with a prize. The competition is
 * the contest's name; a person holding the same prize in two events of one contest gets the event's name
 * added, so the two awards stay two records.
 */
function awardRecords(contest: ContestDetail, entries: EntryRow[]): SourcedRecord[] {
  const level = AWARD_LEVEL_OF[contest.level];
  const seen = new Set<string>();
  return entries.flatMap((e) =>
    e.prize === null
      ? []
      : e.members.map((m) => {
          const key = `${m.personId}:${e.prize}`;
          const competition = seen.has(key) ? `${contest.name}（${e.eventName}）` : contest.name;
          seen.add(key);
          return {
            kind: 'award' as const,
            occurredOn: contest.endsOn,
            grade: null,
            occupation: null,
            issuer: null,
            number: null,
            level,
            levelRank: AWARD_LEVELS.indexOf(level),
            rank: e.prize,
            competition,
            course: null,
            organiser: contest.orgName,
            feeFen: null,
            result: null,
            patentType: null,
            patentNo: null,
            title: null,
            personId: m.personId,
            source: 'contest' as const,
            sourceRef: sourceRef(contest.id, e.id, m.personId),
            orgId: e.orgId,
          };
        }),
  );
}

/** The prize counts a publication changes: the prizes it last counted taken back, the current ones added. */
function prizeDeltas(contest: ContestDetail, changed: EntryRow[]): CountDelta[] {
  const at = (orgId: number, prize: string, n: number) => ({
    subject: SUBJECTS.prizes,
    orgId,
    on: contest.endsOn,
    dim: contest.level,
    dim2: prize,
    n,
  });
  return changed.flatMap((e) => [
    ...(e.publishedPrize === null ? [] : [at(e.orgId, e.publishedPrize, -1)]),
    ...(e.prize === null ? [] : [at(e.orgId, e.prize, 1)]),
  ]);
}

/**
 * Publishes in the caller's transaction on `publishedOn` (ADR 40; default today): not in the future, not before
 * the contest ended nor before its last publication; a past day needs history.backdate. The prizes count on the
 * contest's last day, as their award records are dated. Returns what changed.
 */
export async function publishInTx(
  sql: Sql,
  actor: Actor,
  contest: ContestDetail,
  publishedOn: string | null | undefined,
  now: Date,
) {
  checkResultsOpen(contest);
  const when = effectiveDay(
    actor,
    publishedOn,
    { zh: '成绩发布', en: 'publication' },
    [
      { day: contest.endsOn, name: { zh: '比赛结束日期', en: 'last day of the contest' } },
      { day: contest.publishedOn, name: { zh: '上次发布日期', en: 'day of the last publication' } },
    ],
    { field: 'publishedOn', now },
  );
  const entries = await listEntries(sql, contest.id, { path: '/' });
  const changed = entries.filter((e) => e.prize !== e.publishedPrize);
  if (contest.status === 'published' && !changed.length) throw contestErrors.nothingToPublish();
  const withdrawn = changed
    .filter((e) => e.prize === null && e.publishedPrize !== null)
    .flatMap((e) => e.members.map((m) => sourceRef(contest.id, e.id, m.personId)));
  await deleteSourcedRecords(sql, withdrawn);
  const records = await upsertSourcedRecords(sql, awardRecords(contest, entries));
  await addCounts(sql, prizeDeltas(contest, changed));
  await markPublished(sql, contest.id);
  await setContestStatus(sql, contest.id, 'published', when.at);
  const summary = {
    changedEntries: changed.length,
    records: records.length,
    recordsRemoved: withdrawn.length,
  };
  await recordAudit(sql, actor, {
    action: 'contest.publish',
    entity: 'contest',
    entityId: contest.id,
    orgId: contest.orgId,
    before: { status: contest.status },
    after: { status: 'published', ...summary, ...(when.backdated ? { effectiveOn: when.day } : {}) },
  });
  return summary;
}

export function createResultUseCases(db: Db, clock: Clock) {
  return {
    /** Enters or corrects one entry's result (rank, score, prize); it counts once published. */
    async setResult(actor: Actor, entryId: number, input: Partial<ResultInput>): Promise<EntryRow> {
      await db.tx(async (sql) => {
        const entry = await findEntry(sql, entryId, true);
        if (!entry) throw notFound(ENTRY, { id: entryId });
        const contest = await getContest(sql, entry.contestId);
        requireAccess(actor, 'contests.manage', { orgPath: contest.orgPath });
        checkResultsOpen(contest);
        const result = normaliseResult(input);
        await updateResults(sql, [{ entryId, ...result }]);
        await recordAudit(sql, actor, {
          action: 'contest_entry.result',
          entity: 'contest_entry',
          entityId: entryId,
          orgId: entry.orgId,
          before: { rank: entry.rank, score: entry.score, prize: entry.prize },
          after: result,
        });
      });
      return (await findEntry(db, entryId)) as EntryRow;
    },

    /**
     * Publishes the results: each prize becomes an award record for every person of its entry, and the prize
     * counts follow. Publishing again after a correction updates those records and counts, never adds twice.
     */
    async publishResults(actor: Actor, contestId: number, publishedOn?: string | null) {
      const summary = await db.tx(async (sql) =>
        publishInTx(sql, actor, await getManagedContest(sql, actor, contestId, true), publishedOn, clock()),
      );
      return { contest: viewOf(actor, await getContest(db, contestId)), ...summary };
    },
  };
}
