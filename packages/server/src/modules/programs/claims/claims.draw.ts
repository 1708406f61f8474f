import { randomBytes } from 'node:crypto';
import type { Actor } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import { chinaDayOf, effectiveDay } from '../../../shared/effective.ts';
import { recordAudit } from '../../audit/index.ts';
import { getProgramManaged } from '../program-admin.service.ts';
import {
  drawPool,
  ensureUsageRow,
  findDraw,
  insertDraw,
  insertDrawEntitlements,
  insertDrawnEvents,
  insertDrawWinners,
  insertWinnerNotices,
  lockUsage,
  markDrawEntries,
  takeDrawnPlaces,
} from './claims.draw.repository.ts';
import { claimError, loadClaimProgram } from './claims.plan.ts';

export interface DrawResult {
  programId: number;
  seed: string;
  entries: number;
  winners: number;
  stock: number | null;
  entriesDigest: string;
  drawnAt: string;
}

/**
 * The lottery draw, once per program, after the window has closed or the organiser closed the program. Winners are the entrants ordered by
 * md5(seed || ':' || person_id) (ties by person id), as many as the stock left (and the budget) allows.
 * The seed, the number of entries and a digest of the entrant list are kept, so anyone can recompute the
 * draw. Winners get approved applications (intake 'claim') and, for money stock, ledger entitlements;
 * the places are taken from the program's usage row by one guarded UPDATE in the same transaction.
 */
export async function drawLottery(
  db: Db,
  actor: Actor,
  programId: number,
  input: { seed?: string | null; effectiveOn?: string | null },
  now: Date,
): Promise<DrawResult> {
  return db.tx(async (sql) => {
    const program = await getProgramManaged(sql, actor, programId);
    const cp = await loadClaimProgram(sql, programId, now);
    if (!program.lottery) {
      throw claimError('invalid', 'CLAIM_NOT_LOTTERY', {
        zh: '本项目为先到先得，不抽签',
        en: 'This program is first come, first served; there is no draw',
      });
    }
    // Entries end with the window, or earlier when the organiser closes the program (no entry is taken after).
    const closedEarly =
      program.status === 'closed' &&
      program.closedAt !== null &&
      program.claimEndsAt !== null &&
      new Date(program.closedAt).getTime() < new Date(program.claimEndsAt).getTime();
    const entriesEnd = closedEarly ? program.closedAt : program.claimEndsAt;
    const over =
      program.status === 'closed' || (entriesEnd && now.getTime() >= new Date(entriesEnd).getTime());
    if (!entriesEnd || !over) {
      throw claimError(
        'conflict',
        'CLAIM_DRAW_TOO_EARLY',
        { zh: '报名尚未结束，结束后才能抽签', en: 'Entries are still open; draw after the window closes' },
        { claimEndsAt: program.claimEndsAt },
      );
    }
    const plan = cp.plan;
    if (!plan) {
      throw claimError('invalid', 'CLAIM_NOT_CLAIMABLE', {
        zh: '抢领时间不在项目期内',
        en: 'The claim window lies outside the program period',
      });
    }
    // A draw held on a past day (补录, ADR 40): the winners are approved and entitled on that day, not before the
    // window closed.
    const when = effectiveDay(
      actor,
      input.effectiveOn,
      { zh: '抽签', en: 'draw' },
      [
        closedEarly
          ? { day: chinaDayOf(entriesEnd), name: { zh: '项目结束日期', en: 'day the program was closed' } }
          : { day: chinaDayOf(entriesEnd), name: { zh: '抢领结束日期', en: 'end of the claim window' } },
      ],
      { now },
    );
    const seed = input.seed?.trim() || randomBytes(16).toString('hex');
    await ensureUsageRow(sql, programId, plan.periodKey);
    // The guard row lock serialises two staff pressing "draw" at once (and any late grant); after it, the
    // second sees the first one's draw. It is the only lock taken before the inserts, as in a grant.
    const usage = await lockUsage(sql, programId, plan.periodKey);
    const done = await findDraw(sql, programId);
    if (done) {
      throw claimError(
        'conflict',
        'CLAIM_ALREADY_DRAWN',
        { zh: '本项目已抽签，不能重抽', en: 'This program has already been drawn' },
        { drawnAt: done.drawnAt },
      );
    }
    const { used, budgetUsed } = usage;
    const byQuota = program.quota === null ? Number.MAX_SAFE_INTEGER : Math.max(0, program.quota - used);
    const byBudget =
      program.budgetFen === null || plan.amountFen === 0
        ? Number.MAX_SAFE_INTEGER
        : Math.max(0, Math.floor((program.budgetFen - budgetUsed) / plan.amountFen));
    const places = Math.min(byQuota, byBudget);

    const { entries, digest } = await drawPool(sql, programId);
    const won = await insertDrawWinners(sql, plan, { seed, places, when }, actor.userId || null);
    const ids = won.map((r) => r.id);
    const persons = won.map((r) => r.personId);
    await insertDrawnEvents(sql, ids, seed, actor, when.day);
    if (plan.amountFen > 0) await insertDrawEntitlements(sql, ids, actor.userId || null, when.at);
    // Every winner's accounts get the pickup message, in this transaction, in one statement.
    await insertWinnerNotices(sql, ids, plan.grantNotice);
    await markDrawEntries(sql, programId, persons, ids);
    if (!(await takeDrawnPlaces(sql, programId, plan.periodKey, ids.length, plan.amountFen))) {
      throw new Error(`draw of program ${programId} would exceed its stock`);
    }
    const drawnAt = await insertDraw(
      sql,
      { programId, seed, entries, winners: ids.length, digest, at: when.at },
      actor,
    );
    await recordAudit(sql, actor, {
      action: 'claim.draw',
      entity: 'program',
      entityId: programId,
      orgId: program.ownerOrgId,
      after: {
        seed,
        entries,
        winners: ids.length,
        entriesDigest: digest,
        stock: program.quota,
        ...(when.backdated && { effectiveOn: when.day }),
      },
    });
    return {
      programId,
      seed,
      entries,
      winners: ids.length,
      stock: program.quota,
      entriesDigest: digest,
      drawnAt: new Date(drawnAt).toISOString(),
    };
  });
}
