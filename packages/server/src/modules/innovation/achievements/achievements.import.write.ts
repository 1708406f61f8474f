import type { Actor } from '../../../access/access.ts';
import type { Sql } from '../../../db/db.ts';
import { drawIds } from '../../../db/draw-ids.ts';
import { federationOfPath } from '../../../shared/org-path.ts';
import { settled } from '../../../shared/settled.ts';
import { upsertSourcedRecords } from '../../records/index.ts';
import { addCounts, type CountDelta } from '../../reporting/index.ts';
import { conversionDelta, patentDelta, patentRecord, publishedDelta } from './achievements.facts.ts';
import { inventorsWritten } from './achievements.import.counts.ts';
import type { AchievementPlan } from './achievements.import.plan.ts';
import {
  findLabelNames,
  type ImportedAchievement,
  importedAchievementParams,
  insertConversions,
  insertImportedAchievements,
  insertTeamMembers,
  type LabelNames,
  setPatents,
  setPublishedAt,
  type TeamColumns,
} from './achievements.import.repository.ts';

/** Noon China time of a day: when an achievement published that day counts as published (as publishing live). */
export const publishInstant = (on: string) => `${on}T12:00:00+08:00`;

/**
 * Achievements written per statement: set-based, with the statements' parameters (array literals, segmented
 * texts, the inventors' records) bounded in memory — issue 45: a go-live's achievements step held 10,000
 * achievements' at once. 1,000 a statement made no less garbage and cost the server a fifth more (its statement
 * triggers and index work per statement).
 */
const WRITE_CHUNK = 5000;

/** The plans' count deltas, each fact on its day. */
const deltasOf = (p: AchievementPlan) => {
  const type = p.existing?.type ?? p.type;
  return [
    ...(p.addPatent
      ? patentDelta({ orgId: p.orgId, patentType: p.addPatent.type, patentOn: p.addPatent.grantedOn }, 1)
      : []),
    ...publishedDelta({ orgId: p.orgId, type, publishedOn: p.publishOn }, 1),
    ...p.newConversions.map((c) => conversionDelta(p, c)),
  ];
};

/**
 * The register's achievements in a few statements per 5,000 — the new achievements (with their patent and
 * publication), the team members, the patents and publications of achievements on record, the conversions, the
 * inventors' patent records — and the counts, each fact on its own day, once at the end (a cell counted in every
 * chunk would be rewritten as often). Node and the database take turns no more: `write` draws a chunk's new ids
 * (on `draw`, another connection on PostgreSQL: a sequence is outside the transaction) and makes every statement's
 * parameters while the database writes the chunk before, and returns once it is being written; `finish` waits for
 * the last and adds the counts; `settle`, after a failure, waits for the write under way.
 */
export function achievementWriter(
  sql: Sql,
  actor: Actor,
  names: LabelNames = { studios: new Map(), unions: new Map() },
  chunkSize = WRITE_CHUNK,
  draw: Sql = sql,
) {
  const by = actor.userId || null;
  const deltas: CountDelta[] = [];
  let writing: Promise<void> | null = null;
  return {
    async write(plans: AchievementPlan[]) {
      for (let i = 0; i < plans.length; i += chunkSize) {
        const chunk = plans.slice(i, i + chunkSize);
        for (const p of chunk) for (const d of deltasOf(p)) deltas.push(d);
        const fresh = chunk.filter((p) => !p.existing);
        // The names of studios and unions not met before (a register's first chunks).
        await findLabelNames(sql, fresh, names);
        const ids = await drawIds(draw, 'innovation_achievements', fresh.length);
        // Made while the database writes the chunk before.
        const statements = chunkStatements(by, chunk, fresh, ids, names);
        if (writing) await writing;
        // awaited by the next write, finish or settle; until then its failure must not count as unhandled
        writing = settled(writeChunk(sql, statements));
      }
    },
    async finish() {
      if (writing) await writing;
      await addCounts(sql, deltas);
    },
    settle: async () => {
      await writing?.catch(() => undefined);
    },
  };
}

/**
 * The plans written chunk by chunk (achievementWriter), the names of their studios and unions read first. The
 * plans are taken from `plans` as they are written (it ends empty), so those written are let go.
 */
export async function writeAchievements(
  sql: Sql,
  actor: Actor,
  plans: AchievementPlan[],
  chunkSize = WRITE_CHUNK,
): Promise<void> {
  const writer = achievementWriter(sql, actor, undefined, chunkSize);
  try {
    while (plans.length) await writer.write(plans.splice(0, chunkSize));
  } finally {
    await writer.settle();
  }
  await writer.finish();
}

const imported = (p: AchievementPlan, by: number | null): ImportedAchievement => ({
  studioId: p.studioId,
  orgId: p.orgId,
  orgPath: p.orgPath,
  title: p.title,
  type: p.type,
  industry: p.industry,
  year: p.year,
  abstract: p.abstract,
  stage: p.stage,
  patent: p.addPatent,
  publishedAt: p.publishOn ? publishInstant(p.publishOn) : null,
  createdBy: by,
});

type ChunkStatements = ReturnType<typeof chunkStatements>;

/**
 * One chunk's statements, their parameters made in node before any is sent: the new achievements under the ids
 * drawn for them (`ids`, in the order of `fresh`), their team, the patents and publications of achievements on
 * record, the conversions and the inventors' records.
 */
function chunkStatements(
  by: number | null,
  plans: AchievementPlan[],
  fresh: AchievementPlan[],
  ids: number[],
  names: LabelNames,
) {
  const achievements = fresh.length
    ? importedAchievementParams(
        fresh.map((p) => imported(p, by)),
        names,
        ids,
      )
    : null;
  const idOf = new Map<AchievementPlan, number>(fresh.map((p, i) => [p, ids[i]]));
  for (const p of plans) if (p.existing) idOf.set(p, p.existing.id);
  const id = (p: AchievementPlan) => idOf.get(p) as number;
  const onRecord = plans.filter((p) => p.existing);

  // The team's columns made straight from the plans: 200,000 members were an object each (issue 45).
  const team: TeamColumns = { achievementIds: [], personIds: [], positions: [], federationIds: [] };
  for (const p of plans) {
    const federation = p.existing?.federationId ?? federationOfPath(p.orgPath);
    p.newMembers.forEach((personId, i) => {
      team.achievementIds.push(id(p));
      team.personIds.push(personId);
      team.positions.push(p.teamBefore.length + i + 1);
      team.federationIds.push(federation);
    });
  }
  const inventors = (of: AchievementPlan[]) =>
    of.flatMap((p) => {
      if (!p.patent) return [];
      const a = {
        id: id(p),
        orgId: p.orgId,
        title: p.existing?.title ?? p.title,
        patentType: p.patent.type,
        patentNo: p.patent.number,
        patentOn: p.patent.grantedOn,
      };
      return inventorsWritten(p).map((m) => patentRecord(a, m.personId, m.order, by));
    });
  return {
    achievements,
    team,
    patents: onRecord.flatMap((p) => (p.addPatent ? [{ id: id(p), patent: p.addPatent }] : [])),
    published: onRecord.flatMap((p) => (p.publishOn ? [{ id: id(p), at: publishInstant(p.publishOn) }] : [])),
    conversions: plans.flatMap((p) => p.newConversions.map((c) => ({ achievementId: id(p), ...c }))),
    inventorsOnRecord: inventors(onRecord),
    inventorsFresh: inventors(fresh),
  };
}

/**
 * One chunk written: its statements sent at once, in the order the chunk needs them (the achievements before their
 * team, conversions and records), and queued on the transaction's connection (db.ts), so that PostgreSQL
 * runs them back to back instead of waiting on node between them. It settles only once every statement has
 * answered (none is sent after it, into the next transaction), failing with the first failure.
 */
async function writeChunk(sql: Sql, s: ChunkStatements): Promise<void> {
  let failure: { error: unknown } | null = null;
  const caught = (p: Promise<unknown>) =>
    p.catch((error) => {
      failure ??= { error };
    });
  await Promise.all([
    caught(insertImportedAchievements(sql, s.achievements)),
    caught(insertTeamMembers(sql, s.team)),
    caught(setPatents(sql, s.patents)),
    caught(setPublishedAt(sql, s.published)),
    caught(insertConversions(sql, s.conversions)),
    // A new achievement's inventors' records are named by its new id: none is on record to look up
    // (records.sourced.ts).
    caught(
      upsertSourcedRecords(sql, s.inventorsOnRecord).then(() =>
        upsertSourcedRecords(sql, s.inventorsFresh, { newFacts: true }),
      ),
    ),
  ]);
  if (failure) throw (failure as { error: unknown }).error;
}
