import type { Actor } from '../../../access/access.ts';
import { besideTransaction, type Db, type Sql } from '../../../db/db.ts';
import type { Clock } from '../../../shared/clock.ts';
import { todayInChina } from '../../../shared/dates.ts';
import { registerShell } from '../../../shared/register-define.ts';
import type { RegisterFileMark } from '../../../shared/register-files.ts';
import { openRegister, type RegisterRowError, refuseRows } from '../../../shared/register-sheet.ts';
import { recordAudit } from '../../audit/index.ts';
import type { IdProtector } from '../../people/index.ts';
import { type AchievementImportCounts, addCountsOf, noCounts } from './achievements.import.counts.ts';
import { AchievementSpread, type Gathered, gatherAchievements } from './achievements.import.gather.ts';
import { type AchievementPlan, SETTLE_CHUNK, settleAchievements } from './achievements.import.plan.ts';
import { ACHIEVEMENT_REGISTER } from './achievements.import.sheet.ts';
import { achievementWriter } from './achievements.import.write.ts';

/**
 * The achievements register (创新成果台账) brought in (issue 23): achievements with their team, patent, conversions
 * and the day each was published, from a union's sheet (achievements.import.sheet.ts; the rows checked and gathered
 * in achievements.import.plan.ts). Each fact is written with its own day and counted on it as the live code counts
 * it — a patent on its grant day, a conversion on its day with its value, a publication on its day — and the
 * patent goes on every inventor's records (source innovation). Set-based: a few statements however many rows.
 * Nobody is told. All rows or none.
 */
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
        file.total += batch.count;
        for (const e of batch.errors) file.errors.push(e);
        yield batch.rows;
      }
    }
    return file;
  }
  type File = Awaited<ReturnType<typeof read>>;
  /**
   * The rows that bring nothing in: all they give (the achievement, its team, patent and conversions) is on record
   * already, as in a ledger sent again whole (ADR 150). An achievement is added to, never written over.
   */
  const onRecordOf = (file: File, counts: AchievementImportCounts) => file.total - counts.created;
  /** The answer of a file written: its counts and notes (with the unions its achievements belong to). */
  const written = (file: File, counts: AchievementImportCounts) => ({
    dryRun: false,
    total: file.total,
    ...counts,
    onRecord: onRecordOf(file, counts),
    errors: [] as RegisterRowError[],
    ...file.register.notes(),
  });
  /** The refusal of a file with problems, once `finishErrors` has put them as the answer gives them. */
  const refused = (file: File) => refuseRows(ACHIEVEMENT_REGISTER.title, file.errors, file.total);
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
    const unions = new Set<number>();
    return db.tx(async (sql) => {
      // What is on record read on another connection on PostgreSQL (it sees what was there before the import, not
      // queued behind the chunk being written); PGlite has one, the transaction's (ADR 93).
      const read = besideTransaction(db, sql);
      const writer = achievementWriter(sql, actor, undefined, undefined, read);
      const write = async (chunk: Gathered) => {
        if (file.errors.length) throw new RestartWhole();
        await settleAchievements(read, chunk, file.errors, today, async (plans) => {
          if (file.errors.length) throw new RestartWhole();
          addCountsOf(counts, plans);
          for (const p of plans) unions.add(p.orgId);
          await writer.write(plans);
        });
        if (file.errors.length) throw new RestartWhole();
      };
      try {
        const rest = await gatherAchievements(read, actor, ids, file.batches(), file.errors, today, {
          stream: { ...stream, take: write },
          sheets: file.register.sheets,
        });
        await write(rest);
      } finally {
        await writer.settle();
      }
      await writer.finish();
      await audit(sql, actor, mark, input.fileName, counts);
      return { ...written(file, counts), unionIds: [...unions] };
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
    const gathered = await gatherAchievements(db, actor, ids, file.batches(), file.errors, today, {
      sheets: file.register.sheets,
    });
    const counts = noCounts();
    const unions = new Set<number>();
    const tally = (plans: AchievementPlan[]) => {
      addCountsOf(counts, plans);
      for (const p of plans) unions.add(p.orgId);
    };
    if (input.dryRun || file.errors.length) {
      await settleAchievements(db, gathered, file.errors, today, tally);
      await file.register.finishErrors(file.errors);
      if (!input.dryRun) throw refused(file);
      const onRecord = file.errors.length ? undefined : onRecordOf(file, counts);
      return {
        dryRun: true,
        total: file.total,
        ...counts,
        onRecord,
        errors: file.errors,
        ...file.register.notes(),
      };
    }
    await db.tx(async (sql) => {
      const writer = achievementWriter(sql, actor, undefined, undefined, besideTransaction(db, sql));
      try {
        await settleAchievements(sql, gathered, file.errors, today, async (plans) => {
          tally(plans);
          if (!file.errors.length) await writer.write(plans);
        });
      } finally {
        await writer.settle();
      }
      if (file.errors.length) {
        await file.register.finishErrors(file.errors);
        throw refused(file);
      }
      await writer.finish();
      await audit(sql, actor, mark, input.fileName, counts);
    });
    return { ...written(file, counts), unionIds: [...unions] };
  }

  /**
   * Reads and checks a register; writes it unless `dryRun` or any row is wrong (then nothing is written). The
   * import is read, settled and written in one pass; a file it cannot take so (an achievement's rows far apart,
   * or a problem) is read again whole, its achievements written a chunk at a time as they are settled in the
   * import's one transaction, which a problem found in a later one rolls back.
   */
  return registerShell(db, ACHIEVEMENT_REGISTER, 'innovation.write', async (actor, input, mark) => {
    const today = todayInChina(clock());
    if (!input.dryRun) {
      try {
        return await importStreamed(actor, mark, input, today);
      } catch (e) {
        if (!(e instanceof AchievementSpread || e instanceof RestartWhole)) throw e;
      }
    }
    return importWhole(actor, mark, input, today);
  });
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
