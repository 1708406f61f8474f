import { type Actor, requireAccess } from '../../../access/access.ts';
import type { Db, Sql } from '../../../db/db.ts';
import type { Clock } from '../../../shared/clock.ts';
import { todayInChina } from '../../../shared/dates.ts';
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
import { gatherAchievements } from './achievements.import.gather.ts';
import { type AchievementPlan, settleAchievements } from './achievements.import.plan.ts';
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
export interface AchievementImportCounts {
  /** Rows that bring something in. */
  created: number;
  /** New achievements, and achievements on record the register adds to. */
  achievements: number;
  existing: number;
  patents: number;
  patentsExisting: number;
  conversions: number;
  conversionsExisting: number;
  conversionFen: number;
  published: number;
  /** Patent records written onto the inventors' records. */
  inventorRecords: number;
}

export function countAchievementPlans(plans: AchievementPlan[]): AchievementImportCounts {
  const sum = (f: (p: AchievementPlan) => number) => plans.reduce((n, p) => n + f(p), 0);
  return {
    created: sum((p) => p.addingRows),
    achievements: sum((p) => (p.existing ? 0 : 1)),
    existing: sum((p) => (p.existing ? 1 : 0)),
    patents: sum((p) => (p.addPatent ? 1 : 0)),
    patentsExisting: sum((p) => (p.patentKnown ? 1 : 0)),
    conversions: sum((p) => p.newConversions.length),
    conversionsExisting: sum((p) => p.knownConversions),
    conversionFen: sum((p) => p.newConversions.reduce((n, c) => n + c.valueFen, 0)),
    published: sum((p) => (p.publishOn ? 1 : 0)),
    inventorRecords: sum((p) => inventorsWritten(p).length),
  };
}

/** The members a patent is written for: the whole team for a patent gained, the added members for one on record. */
const inventorsWritten = (p: AchievementPlan): { personId: number; order: number }[] => {
  if (!p.patent) return [];
  const team = [...p.teamBefore, ...p.newMembers];
  const from = p.addPatent ? 0 : p.teamBefore.length;
  return team.slice(from).map((personId, i) => ({ personId, order: from + i + 1 }));
};

/** Noon China time of a day: when an achievement published that day counts as published (as publishing live). */
const publishInstant = (on: string) => `${on}T12:00:00+08:00`;

export function createAchievementImport(db: Db, ids: Pick<IdProtector, 'hash' | 'lookups'>, clock: Clock) {
  return {
    template(actor: Actor) {
      requireAccess(actor, 'innovation.write');
      return registerTemplate(ACHIEVEMENT_REGISTER);
    },

    /**
     * Reads and checks a register; writes it unless `dryRun` or any row is wrong (then nothing is written). The
     * achievements are written a chunk at a time as they are settled, in the import's one transaction, which a
     * problem found in a later one rolls back: no plan is held past its chunk.
     */
    async importFile(actor: Actor, input: { file: Buffer; fileName: string; dryRun: boolean }) {
      requireAccess(actor, 'innovation.write');
      const today = todayInChina(clock());
      const register = await openRegister(ACHIEVEMENT_REGISTER, input.file, input.fileName, today);
      const errors: RegisterRowError[] = [];
      let total = 0;
      // The file read batch by batch: each batch's parsed rows are let go once joined to their achievements.
      async function* batches() {
        for await (const batch of register.batches(READ_BATCH)) {
          total += batch.rows.length + new Set(batch.errors.map((e) => e.rowNo)).size;
          for (const e of batch.errors) errors.push(e);
          yield batch.rows;
        }
      }
      const gathered = await gatherAchievements(db, actor, ids, batches(), errors, today);
      const counts = noCounts();
      const tally = (plans: AchievementPlan[]) => addCountsOf(counts, plans);
      const refused = () => {
        errors.sort((a, b) => a.rowNo - b.rowNo);
        return refuseRows(ACHIEVEMENT_REGISTER.title, errors, total);
      };
      if (input.dryRun || errors.length) {
        await settleAchievements(db, gathered, errors, today, tally);
        errors.sort((a, b) => a.rowNo - b.rowNo);
        if (!input.dryRun) throw refused();
        return { dryRun: true, total, ...counts, errors, ...register.notes() };
      }
      await db.tx(async (sql) => {
        const writer = achievementWriter(
          sql,
          actor,
          await findLabelNames(sql, [...gathered.groups.values()]),
        );
        try {
          await settleAchievements(sql, gathered, errors, today, async (plans) => {
            tally(plans);
            if (!errors.length) await writer.write(plans);
          });
        } finally {
          await writer.settle();
        }
        if (errors.length) throw refused();
        await writer.finish();
        await recordAudit(sql, actor, {
          action: 'achievement.import',
          entity: 'achievement',
          orgId: actor.orgId,
          after: { fileName: input.fileName, ...counts },
        });
      });
      return { dryRun: false, total, ...counts, errors: [], ...register.notes() };
    },
  };
}

const noCounts = (): AchievementImportCounts => ({
  created: 0,
  achievements: 0,
  existing: 0,
  patents: 0,
  patentsExisting: 0,
  conversions: 0,
  conversionsExisting: 0,
  conversionFen: 0,
  published: 0,
  inventorRecords: 0,
});

/** Adds a chunk of plans' counts to `counts`. */
function addCountsOf(counts: AchievementImportCounts, plans: AchievementPlan[]) {
  const c = countAchievementPlans(plans);
  for (const k of Object.keys(counts) as (keyof AchievementImportCounts)[]) counts[k] += c[k];
}

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
export function achievementWriter(sql: Sql, actor: Actor, names: LabelNames, chunkSize = WRITE_CHUNK) {
  const by = actor.userId || null;
  const deltas: CountDelta[] = [];
  let writing: Promise<void> | null = null;
  return {
    async write(plans: AchievementPlan[]) {
      for (let i = 0; i < plans.length; i += chunkSize) {
        const chunk = plans.slice(i, i + chunkSize);
        for (const p of chunk) for (const d of deltasOf(p)) deltas.push(d);
        const fresh = chunk.filter((p) => !p.existing);
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
  const names = await findLabelNames(
    sql,
    plans.filter((p) => !p.existing),
  );
  const writer = achievementWriter(sql, actor, names, chunkSize);
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
  await upsertSourcedRecords(
    sql,
    plans.flatMap((p) => {
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
    }),
  );
}
