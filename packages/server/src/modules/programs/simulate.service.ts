import { type Actor, offerSubtree } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import { getProgramVisible } from './program-admin.service.ts';
import { validateProgram } from './program-validate.ts';
import { getVersion } from './programs.repository.ts';
import { dayWithinPeriod, periodKeyFor } from './review-chain.ts';
import { findRuleValueWarnings, type RuleValueWarning } from './rule-warnings.ts';
import {
  type AmountRule,
  amountNeedsChoice,
  describeWindow,
  type EvidenceWindow,
  type Rule,
  resolveWindow,
  selectEligibleSql,
  type Text,
} from './rules/index.ts';
import { countByUnion } from './simulate.repository.ts';
import { type ExcludedByWindow, findExcludedByWindow } from './simulate.window.ts';

export interface SimulateInput {
  rule?: Rule;
  amount?: AmountRule;
  /** A draft evidence window; defaults to the program's. */
  evidenceWindow?: EvidenceWindow;
  /**
   * The evaluation day (facts such as age, membership dates and the period whose evidence counts are
   * taken at it); defaults to today within the program period, i.e. the period end for a past program.
   */
  asOf?: string;
}

export interface SimulationResult {
  /** Who applies: qualifying counts people (or their records) or unions. */
  applicantType: 'person' | 'union';
  qualifying: number;
  people: number;
  costFen: number;
  /** True when the cost assumes the highest tier (tiers chosen by the reviewer). */
  costIsUpperBound: boolean;
  quota: number | null;
  budgetFen: number | null;
  asOf: string;
  /** The period whose evidence counts (a year, or 'whole'). */
  periodKey: string;
  evidenceWindow: EvidenceWindow;
  /** The window's days (null: records of any date count) and the window in words. */
  window: { from: string; to: string } | null;
  windowText: Text;
  excludedByWindow: ExcludedByWindow;
  byUnion: { orgId: number; name: string; qualifying: number; costFen: number }[];
  /** Text values the rule names that no record in the owner's subtree has, with the closest ones. */
  warnings: RuleValueWarning[];
}

/**
 * How many members (or, for a union-applicant program, unions) of the actor's part of the owner's subtree
 * would qualify under a draft rule, amount and evidence window (or the current ones), and what it would
 * cost, per union of the next level down; with the window in words and the evidence it leaves out.
 * Evaluated in SQL over the whole set; nothing is written.
 */
export async function simulateProgram(
  db: Db,
  actor: Actor,
  id: number,
  input: SimulateInput,
  now: Date,
): Promise<SimulationResult> {
  const program = await getProgramVisible(db, actor, id);
  const current = await getVersion(db, id, program.currentVersion);
  const rule = input.rule ?? current.rule;
  const amount = input.amount ?? current.amount;
  const asOf = input.asOf ?? dayWithinPeriod(program, todayInChina(now));
  const periodKey = periodKeyFor(program, dayWithinPeriod(program, asOf)) as string;
  const evidenceWindow = input.evidenceWindow ?? program.evidenceWindow;
  validateProgram(
    {
      ...program,
      description: program.description,
      claimStartsAt: null,
      claimEndsAt: null,
      rule,
      amount,
      evidenceWindow,
    },
    program.ownerOrgLevel,
  );
  const range = resolveWindow(evidenceWindow, program, periodKey);
  const window = range && { from: range.from, to: range.to };
  const scopePath = offerSubtree(actor, program.ownerOrgPath);
  const eligible = selectEligibleSql(rule, amount, {
    ownerPath: program.ownerOrgPath,
    asOf,
    scopePath,
    window,
    applicant: program.applicantType,
    subjectKind: program.subjectKind,
    onePerPerson: program.subjectKind ? program.limitMode !== 'per_subject' : undefined,
    onePerSubject: program.limitMode === 'per_subject' && program.subjectKind === 'patent',
    paramOffset: 1,
  });
  const rows = await countByUnion(db, scopePath, eligible);
  return {
    applicantType: program.applicantType,
    qualifying: rows.reduce((s, r) => s + r.qualifying, 0),
    people: rows.reduce((s, r) => s + r.people, 0),
    costFen: rows.reduce((s, r) => s + r.costFen, 0),
    costIsUpperBound: amountNeedsChoice(amount),
    quota: program.quota,
    budgetFen: program.budgetFen,
    asOf,
    periodKey,
    evidenceWindow,
    window,
    windowText: describeWindow(range),
    excludedByWindow:
      range && program.applicantType === 'person'
        ? await findExcludedByWindow(db, {
            rule,
            subjectKind: program.subjectKind,
            scopePath,
            asOf,
            window: range,
          })
        : { count: 0, examples: [] },
    byUnion: rows.map(({ people: _p, ...r }) => r),
    warnings: await findRuleValueWarnings(db, rule, program.ownerOrgPath),
  };
}
