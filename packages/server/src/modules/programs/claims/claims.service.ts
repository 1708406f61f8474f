import type { Actor } from '../../../access/access.ts';
import { type Db, isUniqueViolation } from '../../../db/db.ts';
import type { Clock } from '../../../shared/clock.ts';
import { todayInChina } from '../../../shared/dates.ts';
import { type Bilingual, notYours } from '../../../shared/errors.ts';
import { findOrgById } from '../../org/index.ts';
import { findPersonById } from '../../people/index.ts';
import { evaluateApplicant } from '../eligibility.ts';
import type { Decision } from '../rules/index.ts';
import { createTimedCache, type SoldOutEntry } from './claims.cache.ts';
import { type DrawResult, drawLottery } from './claims.draw.ts';
import { type ClaimProgram, isWindowOpen, loadClaimProgram } from './claims.plan.ts';
import { getClaimStats, listMyClaims } from './claims.query.ts';
import { claimParams, entryParams, findUsage, listHolders, runClaim, runEntry } from './claims.repository.ts';

export const CLAIM_RESULTS = [
  'granted',
  'sold_out',
  'already_claimed',
  'not_eligible',
  'not_open',
  'entered_lottery',
] as const;
export type ClaimOutcome = (typeof CLAIM_RESULTS)[number];

export interface ClaimResult {
  result: ClaimOutcome;
  /** Stock left after this answer (0 once sold out); null for unlimited stock. */
  left: number | null;
  applicationId: number | null;
  /** Why a claimant is not eligible, rule by rule. */
  decision: Decision | null;
  message: Bilingual;
}

const MESSAGES: Record<ClaimOutcome, Bilingual> = {
  granted: { zh: '抢领成功', en: 'Claimed: it is yours' },
  sold_out: { zh: '已抢光', en: 'Sold out' },
  already_claimed: { zh: '您已领取过，每人限领一份', en: 'You have already claimed one (one per member)' },
  not_eligible: { zh: '不符合领取条件', en: 'You are not eligible' },
  not_open: { zh: '不在抢领时间内', en: 'The claim window is not open' },
  entered_lottery: { zh: '已登记抽签，开奖后公布结果', en: 'You are in the draw; results follow after it' },
};

const answer = (
  result: ClaimOutcome,
  left: number | null,
  extra: { applicationId?: number | null; decision?: Decision | null } = {},
): ClaimResult => ({
  result,
  left: left === null ? null : Math.max(0, left),
  applicationId: extra.applicationId ?? null,
  decision: extra.decision ?? null,
  message: MESSAGES[result],
});

export interface ClaimsServiceOptions {
  /** How long this instance trusts what it learnt (program row, sold-out flag); default 2 s. */
  cacheTtlMs?: number;
  /** The clock claim windows are judged by and the caches read (tests set it, and move it instead of sleeping). */
  clock: Clock;
}

/**
 * First-come claims of limited stock and lottery entries. The database decides every grant (one guarded
 * statement, see claims.repository.ts); this service keeps, per program, the compiled statement and a
 * sold-out flag with the holders' ids, so an instance answers "sold out" / "already claimed" at once after
 * the stock is gone. Both expire after `cacheTtlMs`.
 */
export function createClaimsService(db: Db, options: ClaimsServiceOptions) {
  const ttl = options.cacheTtlMs ?? 2000;
  const { clock } = options;
  const now = () => clock().getTime();
  const programs = createTimedCache<Promise<ClaimProgram>>(ttl, now);
  const soldOut = new Map<number, SoldOutEntry>();
  const loadingHolders = new Map<number, Promise<void>>();

  function programFor(programId: number): Promise<ClaimProgram> {
    let hit = programs.get(programId);
    if (!hit) {
      hit = loadClaimProgram(db, programId, clock());
      hit.catch(() => programs.delete(programId));
      programs.set(programId, hit);
    }
    return hit;
  }

  /** Remembers that the stock is gone, with who holds it, so later claims need no database round trip. */
  function markSoldOut(programId: number, periodKey: string): Promise<void> {
    const pending = loadingHolders.get(programId);
    if (pending) return pending;
    const load = listHolders(db, programId, periodKey)
      .then((ids) => {
        soldOut.set(programId, { at: now(), holders: new Set(ids), checking: false });
      })
      .finally(() => loadingHolders.delete(programId));
    loadingHolders.set(programId, load);
    return load;
  }

  async function explain(cp: ClaimProgram, personId: number): Promise<Decision> {
    const person = await findPersonById(db, personId);
    const org = person?.orgId ? await findOrgById(db, person.orgId) : undefined;
    if (!org || !cp.plan) {
      return {
        eligible: false,
        outcomes: [
          {
            path: 'program.member',
            held: false,
            seen: null,
            text: { zh: '没有有效的会员关系', en: 'no active union membership' },
          },
        ],
      };
    }
    const { decision } = await evaluateApplicant(
      db,
      cp.program,
      cp.plan.rule,
      { personId, org, subjectRecordId: null },
      cp.plan.asOf,
      cp.plan.periodKey,
    );
    return decision;
  }

  /** Drops what this instance remembers about a program (after staff change it). */
  function forget(programId: number): void {
    programs.delete(programId);
    soldOut.delete(programId);
  }

  async function enterLottery(cp: ClaimProgram, personId: number): Promise<ClaimResult> {
    const plan = cp.plan;
    if (!plan || !cp.entry) return answer('not_open', cp.program.quota);
    const r = await runEntry(db, cp.entry, entryParams(plan, cp.entry, personId, clock()));
    const left = cp.program.quota;
    if (r.entered || r.enteredBefore) return answer('entered_lottery', left);
    if (!r.open) return answer('not_open', left);
    return answer('not_eligible', left, { decision: await explain(cp, personId) });
  }

  return {
    /** The figures of a claim program as they stand today (staff of its owner). */
    stats: (actor: Actor, programId: number) => getClaimStats(db, actor, programId, todayInChina(clock())),
    /** One claim by the signed-in worker. Every answer is a result, never an error, once the program exists. */
    async claim(actor: Actor, programId: number): Promise<ClaimResult> {
      const personId = actor.personId;
      if (personId === null) throw notYours();
      const cp = await programFor(programId);
      const { program, plan } = cp;
      const stock = program.quota;
      if (!plan || !cp.claim || !isWindowOpen(program, now())) {
        const used = plan ? await findUsage(db, program.id, plan.periodKey) : null;
        return answer('not_open', stock === null ? null : stock - (used ?? 0));
      }
      if (program.lottery) return enterLottery(cp, personId);

      // Sold out here: answer at once. Once the flag is older than the TTL, one request asks the database
      // again (the others keep the answer meanwhile); what it learns replaces or clears the flag.
      const gone = soldOut.get(programId);
      if (gone) {
        if (gone.holders.has(personId)) return answer('already_claimed', 0);
        if (now() - gone.at < ttl || gone.checking) return answer('sold_out', 0);
        gone.checking = true;
      }
      try {
        return await claimInDatabase(cp, actor, personId);
      } finally {
        const after = soldOut.get(programId);
        if (after === gone && gone) soldOut.delete(programId);
      }
    },

    forget,

    /** The worker's claim programs as of now: open, upcoming or recently ended, with their own result. */
    listMine: (actor: Actor) => listMyClaims(db, actor, clock()),

    /** The lottery draw, once the window has closed; this instance then forgets what it knew of the program. */
    async draw(
      actor: Actor,
      programId: number,
      input: { seed?: string | null; effectiveOn?: string | null },
    ): Promise<DrawResult> {
      const result = await drawLottery(db, actor, programId, input, clock());
      forget(programId);
      return result;
    },
  };

  async function claimInDatabase(cp: ClaimProgram, actor: Actor, personId: number): Promise<ClaimResult> {
    const { program } = cp;
    const plan = cp.plan as NonNullable<ClaimProgram['plan']>;
    const claim = cp.claim as NonNullable<ClaimProgram['claim']>;
    const programId = program.id;
    const stock = program.quota;

    let row: Awaited<ReturnType<typeof runClaim>>;
    try {
      row = await runClaim(db, claim, claimParams(plan, claim, personId, actor, clock()));
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const used = await findUsage(db, program.id, plan.periodKey);
      return answer('already_claimed', stock === null ? null : stock - (used ?? 0));
    }
    const quota = row.quota;
    const leftOf = (used: number | null) => (quota === null ? null : quota - (used ?? 0));
    if (row.applicationId !== null) {
      const left = leftOf(row.usedAfter);
      if (left !== null && left <= 0) await markSoldOut(programId, plan.periodKey);
      return answer('granted', left, { applicationId: row.applicationId });
    }
    if (row.held) return answer('already_claimed', leftOf(row.usedNow));
    if (!row.open) {
      programs.delete(programId);
      return answer('not_open', leftOf(row.usedNow));
    }
    if (!row.eligible) {
      return answer('not_eligible', leftOf(row.usedNow), { decision: await explain(cp, personId) });
    }
    // Eligible, open, not held, and no place taken: the stock (or the budget) is gone.
    await markSoldOut(programId, plan.periodKey);
    return answer('sold_out', 0);
  }
}

export type ClaimsService = ReturnType<typeof createClaimsService>;
