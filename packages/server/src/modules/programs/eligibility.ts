import type { Sql } from '../../db/db.ts';
import { quotedName } from '../../shared/text.ts';
import { findPrerequisiteHeld } from './programs.repository.ts';
import type { ProgramRow } from './programs.types.ts';
import type { AmountRule, Decision, Facts, RecordFact, Rule, RuleOutcome } from './rules/index.ts';
import {
  computeAmount,
  evaluateRule,
  isInWindow,
  loadFacts,
  loadUnionFacts,
  membershipProblem,
  outsideWindowText,
  resolveWindow,
  type WindowRange,
} from './rules/index.ts';

/**
 * Eligibility of one applicant for one program version: the rule's decision (from the rules evaluator)
 * plus the program-level conditions the rule language does not express — the applicant's union lies in
 * the owner's subtree, a person's membership holds on the evaluation day, the subject record is the
 * applicant's own, of the program's kind and dated within the evidence window, and a prerequisite
 * enrolment exists.
 */
export interface Applicant {
  personId: number | null;
  /** The applicant's union: a person's active membership, or the applicant union itself. */
  org: { id: number; name: string; path: string; level: number };
  subjectRecordId?: number | null;
}

export interface Evaluation {
  decision: Decision;
  facts: Facts;
  subject: RecordFact | null;
}

/** The days whose records count for an application of `periodKey` (null: every record). */
export function programWindow(program: ProgramRow, periodKey: string): WindowRange | null {
  return resolveWindow(program.evidenceWindow, program, periodKey);
}

export async function loadApplicantFacts(
  sql: Sql,
  program: ProgramRow,
  applicant: Applicant,
  asOf: string,
  periodKey: string,
): Promise<Facts> {
  if (applicant.personId === null) {
    return loadUnionFacts(sql, { orgId: applicant.org.id, ownerPath: program.ownerOrgPath, asOf });
  }
  return loadFacts(sql, {
    personId: applicant.personId,
    ownerPath: program.ownerOrgPath,
    subjectRecordId: applicant.subjectRecordId ?? null,
    asOf,
    window: programWindow(program, periodKey),
  });
}

const outcome = (path: string, held: boolean, seen: RuleOutcome['seen'], zh: string, en: string) => ({
  path,
  held,
  seen,
  text: { zh, en },
});

export async function evaluateApplicant(
  sql: Sql,
  program: ProgramRow,
  rule: Rule,
  applicant: Applicant,
  asOf: string,
  periodKey: string,
  /** The applicant's facts when already loaded for this program (one load serves every record). */
  loaded?: Facts,
): Promise<Evaluation> {
  const facts = loaded ?? (await loadApplicantFacts(sql, program, applicant, asOf, periodKey));
  const decision = evaluateRule(rule, facts);
  const extra: RuleOutcome[] = [];
  const shown = (text: string) => decision.outcomes.some((o) => !o.held && o.text.zh.includes(text));
  const notMember = applicant.personId === null ? null : membershipProblem(facts.membership, asOf);
  if (notMember && !shown(notMember.zh)) {
    extra.push(
      outcome('program.membership', false, facts.membership?.joinedOn ?? null, notMember.zh, notMember.en),
    );
  }
  const inSubtree = applicant.org.path.startsWith(program.ownerOrgPath);
  if (!inSubtree) {
    extra.push(
      outcome(
        'program.owner',
        false,
        applicant.org.name,
        `所在工会（${applicant.org.name}）不在${program.ownerOrgName}范围内`,
        `the union (${applicant.org.name}) is outside ${program.ownerOrgName}`,
      ),
    );
  }
  let subject: RecordFact | null = null;
  if (program.subjectKind) {
    subject = facts.records.find((r) => r.id === applicant.subjectRecordId) ?? null;
    if (!subject || subject.kind !== program.subjectKind) {
      extra.push(
        outcome(
          'program.subject',
          false,
          applicant.subjectRecordId ?? null,
          '未选择本人名下符合类型的记录（证书、专利等）',
          'no record of the required kind held by the applicant was chosen',
        ),
      );
      subject = null;
    } else if (!isInWindow(subject.occurredOn, facts.window)) {
      const why = outsideWindowText(subject.kind, subject.occurredOn, facts.window as WindowRange);
      if (!shown(why.zh)) extra.push(outcome('program.window', false, subject.occurredOn, why.zh, why.en));
    }
  }
  if (program.prerequisiteProgramId) {
    const pre = await findPrerequisiteHeld(
      sql,
      program.prerequisiteProgramId,
      { personId: applicant.personId, orgId: applicant.org.id },
      periodKey,
    );
    if (pre) {
      extra.push(
        outcome(
          'program.prerequisite',
          pre.ok,
          pre.ok,
          pre.ok ? `已参加${quotedName(pre.name)}` : `未参加${quotedName(pre.name)}（须先登记）`,
          pre.ok ? `enrolled in "${pre.name}"` : `not enrolled in "${pre.name}" (enrolment required first)`,
        ),
      );
    }
  }
  return {
    decision: {
      eligible: decision.eligible && extra.every((o) => o.held),
      outcomes: [...decision.outcomes, ...extra],
    },
    facts,
    subject,
  };
}

/**
 * The amount of an application in fen, or null while the reviewer has still to choose a tier. The fee a
 * fee share applies to is the subject record's fee (training) or, without one, the amount claimed.
 */
export function amountFor(
  amount: AmountRule,
  input: { subject: RecordFact | null; choiceKey?: string | null; claimedFen?: number | null },
): { amountFen: number | null; feeFen: number | null } {
  const feeFen = input.subject?.feeFen ?? input.claimedFen ?? null;
  if (amount.kind === 'tier' && amount.by === 'choice' && !input.choiceKey)
    return { amountFen: null, feeFen };
  if (amount.kind === 'fee_share' && feeFen === null) return { amountFen: null, feeFen };
  const fen = computeAmount(amount, {
    subject: input.subject ?? undefined,
    choiceKey: input.choiceKey ?? undefined,
    feeFen: feeFen ?? undefined,
  });
  return { amountFen: fen, feeFen };
}
