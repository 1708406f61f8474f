import type { Sql } from '../../../db/db.ts';
import { todayInChina } from '../../../shared/dates.ts';
import { AppError, type Bilingual, notFound } from '../../../shared/errors.ts';
import { quotedName } from '../../../shared/text.ts';
import { amountFor, programWindow } from '../eligibility.ts';
import { claimWonNotice } from '../notices.ts';
import { PROGRAM } from '../programs.errors.ts';
import { ensureUsageRows, findProgramById, getVersion } from '../programs.repository.ts';
import type { ProgramRow } from '../programs.types.ts';
import { periodKeyFor } from '../review-chain.ts';
import { ruleHeld } from '../rules/index.ts';
import {
  type ClaimPlan,
  type CompiledClaim,
  compileClaim,
  compileEntry,
  findUsage,
} from './claims.repository.ts';

/** Flash-claim errors (the results of a claim are answers, not errors; these are requests that make no sense). */
export const claimError = (
  kind: 'invalid' | 'conflict',
  code: 'CLAIM_NOT_CLAIMABLE' | 'CLAIM_NOT_LOTTERY' | 'CLAIM_DRAW_TOO_EARLY' | 'CLAIM_ALREADY_DRAWN',
  messages: Bilingual,
  details?: Record<string, unknown>,
) => new AppError(kind, code, messages, details);

/** Everything a claim needs about its program, read once and kept for a moment by the service. */
export interface ClaimProgram {
  program: ProgramRow;
  /** null when the claim window lies outside the program period (never open). */
  plan: ClaimPlan | null;
  claim: CompiledClaim | null;
  entry: CompiledClaim | null;
}

/**
 * The period a claim program's grants count against: the one its window opens in, so a window that runs
 * past midnight on New Year's Eve still draws on one stock.
 */
export function claimPeriodKey(p: ProgramRow): string | null {
  if (!p.claimStartsAt) return null;
  return periodKeyFor(p, todayInChina(new Date(p.claimStartsAt)));
}

/** Whether the program takes claims at `now` (ms since the epoch). */
export function isWindowOpen(p: ProgramRow, now: number): boolean {
  return (
    p.status === 'published' &&
    p.claimStartsAt !== null &&
    p.claimEndsAt !== null &&
    now >= new Date(p.claimStartsAt).getTime() &&
    now < new Date(p.claimEndsAt).getTime()
  );
}

export function assertClaimable(p: ProgramRow): void {
  if (!p.intakeModes.includes('claim')) {
    throw claimError(
      'invalid',
      'CLAIM_NOT_CLAIMABLE',
      { zh: `${quotedName(p.name)}不是限量抢领项目`, en: `"${p.name}" is not a flash-claim program` },
      { programId: p.id },
    );
  }
  if (p.applicantType !== 'person' || !p.claimStartsAt || !p.claimEndsAt) {
    throw claimError(
      'invalid',
      'CLAIM_NOT_CLAIMABLE',
      {
        zh: `${quotedName(p.name)}未设置抢领时间或不是面向个人的项目`,
        en: `"${p.name}" has no claim window or is not for persons`,
      },
      { programId: p.id },
    );
  }
}

/** Reads the program and its current version and compiles the claim statements for the day of `now`. */
export async function loadClaimProgram(sql: Sql, programId: number, now: Date): Promise<ClaimProgram> {
  const program = await findProgramById(sql, programId);
  if (!program) throw notFound(PROGRAM, { id: programId });
  assertClaimable(program);
  const periodKey = claimPeriodKey(program);
  if (!periodKey) return { program, plan: null, claim: null, entry: null };
  const version = await getVersion(sql, program.id, program.currentVersion);
  const { amountFen } = amountFor(version.amount, { subject: null });
  if (amountFen === null) {
    throw claimError(
      'invalid',
      'CLAIM_NOT_CLAIMABLE',
      {
        zh: '限量抢领项目的金额须为固定金额或实物（无金额）',
        en: 'A flash-claim program pays a fixed amount or is in kind',
      },
      { programId, field: 'amount' },
    );
  }
  // The guard row normally exists from publishing; create it only when missing (never touch the hot row).
  if (program.status === 'published' && (await findUsage(sql, program.id, periodKey)) === null) {
    await ensureUsageRows(sql, program.id, [periodKey]);
  }
  const decision = ruleHeld(version.rule, { zh: '符合：', en: 'met: ' });

  const plan: ClaimPlan = {
    programId: program.id,
    version: version.version,
    rule: version.rule,
    ownerPath: program.ownerOrgPath,
    asOf: todayInChina(now),
    periodKey,
    window: programWindow(program, periodKey),
    amountFen,
    step: program.reviewChain.length,
    stepOrgId: program.ownerOrgId,
    decision,
    grantNotice: claimWonNotice({
      programName: program.name,
      ownerOrgName: program.ownerOrgName,
      amountFen,
      lottery: program.lottery,
      pickupPlace: program.pickupPlace,
      pickupTime: program.pickupTime,
    }),
  };
  return { program, plan, claim: compileClaim(plan), entry: compileEntry(plan) };
}
