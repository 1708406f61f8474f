import { type Actor, requireAccess } from '../../../access/access.ts';
import type { Db, Sql } from '../../../db/db.ts';
import type { Clock } from '../../../shared/clock.ts';
import { todayInChina } from '../../../shared/dates.ts';
import {
  checkRegisterFile,
  type RegisterFileInput,
  type RegisterFileMark,
} from '../../../shared/register-files.ts';
import {
  openRegister,
  type RegisterRowError,
  refuseRows,
  registerTemplate,
} from '../../../shared/register-sheet.ts';
import { recordAudit } from '../../audit/index.ts';
import type { IdProtector } from '../../people/index.ts';
import { upsertSourcedRecords } from '../../records/index.ts';
import { addCounts, type CountDelta } from '../../reporting/index.ts';
import { conversionDelta, patentDelta, patentRecord, publishedDelta } from './achievements.facts.ts';
import {
  type AchievementImportCounts,
  addCountsOf,
  inventorsWritten,
  noCounts,
} from './achievements.import.counts.ts';
import { AchievementSpread, type Gathered, gatherAchievements } from './achievements.import.gather.ts';
import { type AchievementPlan, SETTLE_CHUNK, settleAchievements } from './achievements.import.plan.ts';
import {
  federationOf,
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
import { ACHIEVEMENT_REGISTER } from './achievements.import.sheet.ts';

/**
 * The achievements register (创新成果台账) brought in (issue 23): achievements with their team, patent, conversions
 * and the day each was published, from a union's sheet (achievements.import.sheet.ts; the rows checked and gathered
 * in achievements.import.plan.ts). Each fact is written with its own day and counted on it as the live code counts
 * it — a patent on its grant day, a conversion on its day with its value, a publication on its day — and the
 * patent goes on every inventor's records (source innovation). Set-based: a few statements however many rows.
 * Nobody is told. All rows or none.
 */
/** Noon China time of a day: when an achievement published that day counts as published (as publishing live). */
const publishInstant = (on: string) => `${on}T12:00:00+08:00`;

export function createAchievementImport(
  db: Db,
  ids: Pick<IdProtector, 'hash' | 'lookups'>,
  clock: Clock,
  /** Achievements held before the oldest are written while the file is read, and how many at a time (ADR 97). */
  stream: { hold: number; chunk: number } = { hold: HOLD, chunk: SETTLE_CHUNK },
) {
  /** The register opened, its rows read batch by batch, each batch's parsed rows let go once joined. */
  async function read(input: { file: Buffer; fileName: string }, today: string) {
    const register = await openRegister(ACHIEVEMENT_REGISTER, input.file, input.fileName, today);
    const file = { register, errors: [] as RegisterRowError[], total: 0, batches };
    async function* batches() {
      for await (const batch of register.batches(READ_BATCH)) {
        file.total += batch.rows.length + new Set(batch.errors.map((e) => e.rowNo)).size;
        for (const e of batch.errors) file.errors.push(e);
        yield batch.rows;
      }
    }
    return file;
  }
  type File = Awaited<ReturnType<typeof read>>;
  const refused = (file: File) => {
    file.errors.sort((a, b) => a.rowNo - b.rowNo);
    return refuseRows(ACHIEVEMENT_REGISTER.title, file.errors, file.total);
  };
  /** The import's audit row and its file's mark (a file brought in already is refused, register-files.ts). */
  const audit = async (
    sql: Sql,
    actor: Actor,
    mark: RegisterFileMark,
    fileName: string,
    counts: AchievementImportCounts,
  ) => {
    await recordAudit(sql, actor, {
      action: 'achievement.import',
      entity: 'achievement',
      orgId: actor.orgId,
      after: { fileName, ...counts },
    });
    await mark.keep(sql, counts.created);
  };

  /**
   * The file read, settled and written in one pass (ADR 97): the oldest achievements are settled and written while
   * the rest is read, in the import's one transaction. A row joining an achievement written already, or any
   * problem, stops it (AchievementSpread, RestartWhole): the transaction is rolled back and the file read whole.
   */
  async function importStreamed(
    actor: Actor,
    mark: RegisterFileMark,
    input: { file: Buffer; fileName: string },
    today: string,
  ) {
    const file = await read(input, today);
    const counts = noCounts();
    return db.tx(async (sql) => {
      // What is on record read on another connection on PostgreSQL (it sees what was there before the import, not
      // queued behind the chunk being written); PGlite has one, the transaction's (ADR 93).
      const read = db.kind === 'postgres' ? db : sql;
      const writer = achievementWriter(sql, actor);
      const write = async (chunk: Gathered) => {
        if (file.errors.length) throw new RestartWhole();
        await settleAchievements(read, chunk, file.errors, today, async (plans) => {
          if (file.errors.length) throw new RestartWhole();
          addCountsOf(counts, plans);
          await writer.write(plans);
        });
        if (file.errors.length) throw new RestartWhole();
      };
      try {
        const rest = await gatherAchievements(read, actor, ids, file.batches(), file.errors, today, {
          ...stream,
          take: write,
        });
        await write(rest);
      } finally {
        await writer.settle();
      }
      await writer.finish();
      await audit(sql, actor, mark, input.fileName, counts);
      return { dryRun: false, total: file.total, ...counts, errors: [], ...file.register.notes() };
    });
  }

  /**
   * The file gathered whole, then settled: written chunk by chunk as settled (ADR 94), or, for the check (预检) and
   * a file with problems, settled only, every problem reported.
   */
  async function importWhole(
    actor: Actor,
    mark: RegisterFileMark,
    input: { file: Buffer; fileName: string; dryRun: boolean },
    today: string,
  ) {
    const file = await read(input, today);
    const gathered = await gatherAchievements(db, actor, ids, file.batches(), file.errors, today);
    const counts = noCounts();
    const tally = (plans: AchievementPlan[]) => addCountsOf(counts, plans);
    if (input.dryRun || file.errors.length) {
      await settleAchievements(db, gathered, file.errors, today, tally);
      file.errors.sort((a, b) => a.rowNo - b.rowNo);
      if (!input.dryRun) throw refused(file);
      return { dryRun: true, total: file.total, ...counts, errors: file.errors, ...file.register.notes() };
    }
    await db.tx(async (sql) => {
      const writer = achievementWriter(sql, actor);
      try {
        await settleAchievements(sql, gathered, file.errors, today, async (plans) => {
          tally(plans);
          if (!file.errors.length) await writer.write(plans);
        });
      } finally {
        await writer.settle();
      }
      if (file.errors.length) throw refused(file);
      await writer.finish();
      await audit(sql, actor, mark, input.fileName, counts);
    });
    return { dryRun: false, total: file.total, ...counts, errors: [], ...file.register.notes() };
  }

  return {
    template(actor: Actor) {
      requireAccess(actor, 'innovation.write');
      return registerTemplate(ACHIEVEMENT_REGISTER);
    },

    /**
     * Reads and checks a register; writes it unless `dryRun` or any row is wrong (then nothing is written). The
     * import is read, settled and written in one pass; a file it cannot take so (an achievement's rows far apart,
     * or a problem) is read again whole, its achievements written a chunk at a time as they are settled in the
     * import's one transaction, which a problem found in a later one rolls back.
     */
    async importFile(actor: Actor, input: RegisterFileInput) {
      requireAccess(actor, 'innovation.write');
      const today = todayInChina(clock());
      const mark = await checkRegisterFile(db, actor, input);
      if (!input.dryRun) {
        try {
          return await importStreamed(actor, mark, input, today);
        } catch (e) {
          if (!(e instanceof AchievementSpread || e instanceof RestartWhole)) throw e;
        }
      }
      return importWhole(actor, mark, input, today);
    },
  };
}

/** A problem found in a streamed import: the file is read again whole, so that every problem is reported. */
class RestartWhole extends Error {}

/** Achievements held while a file is read before the oldest are settled and written (ADR 97). */
const HOLD = 10_000;

/**
 * Rows read and checked at a time: a batch's cells, parsed rows and team look-ups die young (5,000 rows outlived
 * the young generation while their members were looked up and went to the old one as garbage, some 100 MB over
 * 100,000 rows; 500 leave a few — issue 45). Smaller batches cost the server more look-ups.
 */
const READ_BATCH = 500;

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
 * chunk would be rewritten as often). Node and the database take turns no more: `write` makes a chunk's
 * achievements (their segmented texts and array literals) while the database writes the chunk before, and returns
 * once it is being written; `finish` waits for the last and adds the counts; `settle`, after a failure, waits for
 * the write under way.
 */
export function achievementWriter(
  sql: Sql,
  actor: Actor,
  names: LabelNames = { studios: new Map(), unions: new Map() },
  chunkSize = WRITE_CHUNK,
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
        // Made while the database writes the chunk before.
        const params = fresh.length
          ? importedAchievementParams(
              fresh.map((p) => imported(p, by)),
              names,
            )
          : null;
        if (writing) await writing;
        writing = writeChunk(sql, by, chunk, fresh, params);
        // awaited by the next write, finish or settle; until then its failure must not count as unhandled
        writing.catch(() => undefined);
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

/**
 * One chunk: the new achievements first (their ids: while the database writes them, achievements.import.ts makes
 * the next chunk's), then their team, patents and publications on record, conversions and inventors' records.
 */
async function writeChunk(
  sql: Sql,
  by: number | null,
  plans: AchievementPlan[],
  fresh: AchievementPlan[],
  params: string[] | null,
): Promise<void> {
  const freshIds = await insertImportedAchievements(sql, params);
  const idOf = new Map<AchievementPlan, number>(fresh.map((p, i) => [p, freshIds[i]]));
  for (const p of plans) if (p.existing) idOf.set(p, p.existing.id);
  const id = (p: AchievementPlan) => idOf.get(p) as number;
  const onRecord = plans.filter((p) => p.existing);

  // The team's columns made straight from the plans: 200,000 members were an object each (issue 45).
  const team: TeamColumns = { achievementIds: [], personIds: [], positions: [], federationIds: [] };
  for (const p of plans) {
    const federation = p.existing?.federationId ?? federationOf(p.orgPath);
    p.newMembers.forEach((personId, i) => {
      team.achievementIds.push(id(p));
      team.personIds.push(personId);
      team.positions.push(p.teamBefore.length + i + 1);
      team.federationIds.push(federation);
    });
  }
  await insertTeamMembers(sql, team);
  await setPatents(
    sql,
    onRecord.flatMap((p) => (p.addPatent ? [{ id: id(p), patent: p.addPatent }] : [])),
  );
  await setPublishedAt(
    sql,
    onRecord.flatMap((p) => (p.publishOn ? [{ id: id(p), at: publishInstant(p.publishOn) }] : [])),
  );
  await insertConversions(
    sql,
    plans.flatMap((p) => p.newConversions.map((c) => ({ achievementId: id(p), ...c }))),
  );
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
  // A new achievement's inventors' records are named by its new id: none is on record to look up (records.sourced.ts).
  await upsertSourcedRecords(sql, inventors(onRecord));
  await upsertSourcedRecords(sql, inventors(fresh), { newFacts: true });
}
