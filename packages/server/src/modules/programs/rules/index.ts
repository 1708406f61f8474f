/**
 * Eligibility and amount rules: validated on save, evaluated in TypeScript for one application and in
 * SQL over sets for proposals and simulation. Internal to the programs module.
 */
export {
  type AmountContext,
  amountNeedsChoice,
  amountRecordKind,
  amountSql,
  computeAmount,
  shareOf,
} from './amount.ts';
export { AMOUNT_KINDS, TIER_BYS } from './amount-vocabulary.ts';
export { FIELD_TYPES, ruleCatalogue } from './catalogue.ts';
export {
  type CompiledRule,
  type CompileOptions,
  compileRecordMatch,
  compileRule,
  latestBirthDateForAge,
  RULE_FROM,
  ruleUsesPerson,
  wantedRecords,
} from './compile-sql.ts';
export { describeAmount, describeRule, type Lang, ruleHeld } from './describe.ts';
export { ageAt, candidateRecords, evaluateRule, isHardshipActive, recordLabel } from './evaluate.ts';
export { type LoadFactsInput, loadFacts, loadUnionFacts } from './facts.ts';
export {
  ALL_CMPS,
  AWARD_LEVEL_TEXT,
  GRADE_TEXT,
  KIND_TEXT,
  PATENT_TYPE_TEXT,
  RECORD_FIELD_DEFS,
  type Text,
} from './fields.ts';
export {
  type MembershipFact,
  membershipHolds,
  membershipHoldsSql,
  membershipProblem,
} from './membership.ts';
export { normaliseRuleText } from './normalise.ts';
/** The records row type the amount functions take (the contract's name for RecordFact). */
export type { RecordFact as RecordRow } from './rule.types.ts';
export * from './rule.types.ts';
export { AmountRuleRef, RULE_SCHEMAS, RuleRef } from './rule-schemas.ts';
export { type EligibleQuery, type EligibleQueryOptions, selectEligibleSql } from './select-eligible.ts';
export {
  MAX_RULE_DEPTH,
  MAX_RULE_NODES,
  type RuleProblem,
  validateAmount,
  validateRule,
} from './validate.ts';
export {
  DEFAULT_EVIDENCE_WINDOW,
  describeWindow,
  type EvidenceWindow,
  isInWindow,
  MAX_YEARS_BEFORE,
  outsideWindowText,
  resolveWindow,
  type WindowRange,
} from './window.ts';
