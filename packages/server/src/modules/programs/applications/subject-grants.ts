import { type Actor, requireAccess } from '../../../access/access.ts';
import type { Sql } from '../../../db/db.ts';
import { effectiveDay } from '../../../shared/effective.ts';
import type { Bilingual } from '../../../shared/errors.ts';
import { formatYuan } from '../../../shared/money.ts';
import { quotedName } from '../../../shared/text.ts';
import { findOrgById } from '../../org/index.ts';
import { programError } from '../programs.errors.ts';
import { getVersion } from '../programs.repository.ts';
import type { ProgramRow, ProgramVersion } from '../programs.types.ts';
import { type AmountRule, computeAmount, shareOf } from '../rules/index.ts';
import { reviewApplication } from './review.service.ts';
import { findOfferedPreset, submitSubjectApplication } from './subject-applications.ts';

/**
 * Grants another module records about its subjects after the decision (issue 23): a studio's 2021 innovation
 * project, approved by the federation then. The union's application about the subject is opened on the day
 * approved and approved up the program's whole chain on that day, the materials waived as kept outside the
 * platform; its ledger entitlement is dated that day and a payment batch pays it like any other. Recording the
 * chain's decision is for staff of the program's owner (the union whose money it is: applications.review over
 * the owner), a past day needs history.backdate, and nobody is told (the applicant is a union).
 */

/** The amounts a program grants, as a clerk recording one must match them. */
export type GrantTerms =
  | { kind: 'tiers'; tiers: { key: string; fen: number; label: string | null }[] }
  | { kind: 'fixed'; fen: number }
  /** A share (percent) of the amount claimed, up to a cap. */
  | { kind: 'claimed'; percent: number; capFen: number | null }
  /** Amounts read from records or in kind: not recorded this way. */
  | { kind: 'other' };

export interface SubjectProgram {
  programId: number;
  programName: string;
  ownerOrgId: number;
  ownerOrgName: string;
  ownerOrgPath: string;
  periodStart: string;
  periodEnd: string;
  terms: GrantTerms;
}

function termsOf(amount: AmountRule): GrantTerms {
  if (amount.kind === 'fixed') return { kind: 'fixed', fen: amount.fen };
  if (amount.kind === 'tier' && amount.by === 'choice') {
    return {
      kind: 'tiers',
      tiers: amount.tiers.map((t) => ({ key: t.key, fen: t.fen, label: t.label ?? null })),
    };
  }
  if (amount.kind === 'fee_share')
    return { kind: 'claimed', percent: amount.percent, capFen: amount.capFen ?? null };
  return { kind: 'other' };
}

/** `program` as the module recording a grant sees it, with the terms of its `version`. */
function subjectProgramOf(program: ProgramRow, version: ProgramVersion): SubjectProgram {
  return {
    programId: program.id,
    programName: program.name,
    ownerOrgId: program.ownerOrgId,
    ownerOrgName: program.ownerOrgName,
    ownerOrgPath: program.ownerOrgPath,
    periodStart: program.periodStart,
    periodEnd: program.periodEnd,
    terms: termsOf(version.amount),
  };
}

/** The program of `presetKey` offered to the union at `orgPath`, with its terms; undefined when none is. */
export async function findSubjectProgram(
  sql: Sql,
  presetKey: string,
  orgPath: string,
): Promise<SubjectProgram | undefined> {
  const program = await findOfferedPreset(sql, presetKey, orgPath);
  if (!program) return undefined;
  const version = await getVersion(sql, program.id, program.currentVersion);
  return subjectProgramOf(program, version);
}

/** How `amountFen` is granted under `terms`: the tier chosen or the amount claimed; a problem when it is not. */
function grantOf(
  terms: GrantTerms,
  amountFen: number,
): { choiceKey?: string; claimedFen?: number } | { problem: Bilingual } {
  switch (terms.kind) {
    case 'tiers': {
      const tier = terms.tiers.find((t) => t.fen === amountFen);
      if (tier) return { choiceKey: tier.key };
      const list = terms.tiers.map((t) => `¥${formatYuan(t.fen)}`).join(' / ');
      return {
        problem: {
          zh: `金额 ¥${formatYuan(amountFen)} 不是本项目的档次（${list}）`,
          en: `¥${formatYuan(amountFen)} is not one of the program's tiers (${list})`,
        },
      };
    }
    case 'fixed':
      return terms.fen === amountFen
        ? {}
        : {
            problem: {
              zh: `本项目固定发放 ¥${formatYuan(terms.fen)}，不是 ¥${formatYuan(amountFen)}`,
              en: `The program grants ¥${formatYuan(terms.fen)}, not ¥${formatYuan(amountFen)}`,
            },
          };
    case 'claimed': {
      if (terms.capFen !== null && amountFen > terms.capFen) {
        return {
          problem: {
            zh: `金额 ¥${formatYuan(amountFen)} 超过本项目上限 ¥${formatYuan(terms.capFen)}`,
            en: `¥${formatYuan(amountFen)} is above the program's cap of ¥${formatYuan(terms.capFen)}`,
          },
        };
      }
      // The claim whose share is the amount (the whole amount when the program pays 100%).
      const claimedFen = Math.ceil((amountFen * 100) / terms.percent);
      return shareOf(claimedFen, terms.percent) === amountFen
        ? { claimedFen }
        : {
            problem: {
              zh: `金额 ¥${formatYuan(amountFen)} 不是申报金额的 ${terms.percent}%`,
              en: `¥${formatYuan(amountFen)} is not ${terms.percent}% of a claim`,
            },
          };
    }
    case 'other':
      return {
        problem: {
          zh: '本项目的金额按记录或实物计算，不能按金额登记',
          en: 'The program pays by record or in kind; it cannot be recorded by amount',
        },
      };
  }
}

/** Why a grant of `amountFen` approved on `approvedOn` is not one the program makes (and which field), or null. */
export function subjectGrantProblem(
  p: SubjectProgram,
  g: { amountFen: number; approvedOn: string },
): (Bilingual & { field: 'approvedOn' | 'amountFen' }) | null {
  if (g.approvedOn < p.periodStart || g.approvedOn > p.periodEnd) {
    return {
      field: 'approvedOn',
      zh: `批准日期 ${g.approvedOn} 不在${quotedName(p.programName)}的项目期（${p.periodStart} 至 ${p.periodEnd}）内，请登记为平台外发放`,
      en: `Approved on ${g.approvedOn}, outside the period of "${p.programName}" (${p.periodStart} to ${p.periodEnd}); record it as paid outside the platform`,
    };
  }
  const grant = grantOf(p.terms, g.amountFen);
  return 'problem' in grant ? { field: 'amountFen', ...grant.problem } : null;
}

export interface SubjectGrantInput {
  presetKey: string;
  /** The applicant union (the subject's union). */
  orgId: number;
  subjectKey: string;
  /** The day the grant was approved: the application is opened and approved on it. */
  approvedOn: string;
  amountFen: number;
  note?: string | null;
  /** Why the program's materials are waived (they were checked when the grant was decided). */
  materialsNote: string;
}

/**
 * Records a grant decided outside the platform's review (see above), in the caller's transaction. Every check
 * runs before the first write; a refused grant (AppError) leaves nothing behind.
 */
export async function recordSubjectGrant(
  sql: Sql,
  actor: Actor,
  input: SubjectGrantInput,
  now: Date,
): Promise<{ applicationId: number; amountFen: number }> {
  const org = await findOrgById(sql, input.orgId);
  const program = org ? await findOfferedPreset(sql, input.presetKey, org.path) : undefined;
  if (!org || !program) {
    throw programError(
      'PROGRAM_NOT_OPEN',
      { zh: '本工会没有可登记的相应项目', en: 'No such program is offered to this union' },
      { presetKey: input.presetKey },
    );
  }
  requireAccess(actor, 'applications.review', { orgPath: program.ownerOrgPath });
  effectiveDay(actor, input.approvedOn, { zh: '批准', en: 'approval' }, [], { field: 'approvedOn', now });
  const version = await getVersion(sql, program.id, program.currentVersion);
  const about = subjectProgramOf(program, version);
  const problem = subjectGrantProblem(about, input);
  if (problem) {
    const { field, ...messages } = problem;
    throw programError('PROGRAM_INVALID', messages, { field });
  }
  const grant = grantOf(about.terms, input.amountFen);
  if ('problem' in grant) throw programError('PROGRAM_INVALID', grant.problem, { field: 'amountFen' });
  const opened = await submitSubjectApplication(sql, actor, org.id, program, version, {
    subjectKey: input.subjectKey,
    appliedOn: input.approvedOn,
    claimedFen: grant.claimedFen,
    note: input.note,
  });
  const waivers = program.requiredEvidence.map((e) => ({ key: e.key, reason: input.materialsNote }));
  for (let step = 0; step < 8; step++) {
    const app = await reviewApplication(
      sql,
      actor,
      opened.applicationId,
      'approve',
      { choiceKey: grant.choiceKey ?? null, effectiveOn: input.approvedOn, waivers: step ? [] : waivers },
      { returnRow: false, recorded: true, lenientWaivers: true, now },
    );
    if (app.status === 'approved') {
      const amountFen = computeAmount(version.amount, {
        choiceKey: grant.choiceKey,
        feeFen: grant.claimedFen,
      });
      return { applicationId: opened.applicationId, amountFen };
    }
  }
  throw new Error(`application ${opened.applicationId} did not reach a decision`);
}
