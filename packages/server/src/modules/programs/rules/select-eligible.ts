/**
 * One SELECT that yields every eligible candidate of a program with its amount, for proposals
 * (`insert into applications … select … from (<this>) e`) and simulation (`select count(*), sum(…)`).
 * Candidates are members whose active membership in `scopePath` holds on `asOf` (membership.ts);
 * per-subject programs get one row per record of the subject kind dated within the evidence window,
 * tested as the application's subject. For union applicants the candidates are the unions of `scopePath`.
 */
import { subtreePattern } from '../../../access/access.ts';
import { amountRecordKind, amountSql } from './amount.ts';
import { type CompileOptions, compileRule, ruleUsesPerson } from './compile-sql.ts';
import { membershipHoldsSql } from './membership.ts';
import type { AmountRule, RecordKind, Rule } from './rule.types.ts';

export interface EligibleQueryOptions {
  ownerPath: string;
  asOf: string;
  /** Only members of this subtree are candidates (the proposing union's scope); default ownerPath. */
  scopePath?: string;
  /** One candidate per record of this kind (programs limited per subject, e.g. per patent). */
  subjectKind?: RecordKind | null;
  /**
   * With a subject kind: keep one row per person, the best-paid record (programs limited per person
   * whose amount reads a record, e.g. award subsidy by level).
   */
  onePerPerson?: boolean;
  /**
   * With a subject kind: keep one row per subject_key (a patent's inventors share it): the first in
   * inventor order. Not needed for kinds whose subject_key is unique per row.
   */
  onePerSubject?: boolean;
  paramOffset?: number;
  /** The evidence window (window.ts); absent: records of any date count. */
  window?: { from: string; to: string } | null;
  /** Who applies: members (default) or the unions themselves (one row per union, person_id null). */
  applicant?: 'person' | 'union';
}

export interface EligibleQuery {
  /**
   * Columns: person_id bigint, org_id bigint, org_path text, subject_record_id bigint (null without a
   * subject), subject_key text (null without a subject), amount_fen bigint.
   */
  sql: string;
  params: unknown[];
  /** The subject kind actually used (an amount that reads a record implies one). */
  subjectKind: RecordKind | null;
}

export function selectEligibleSql(rule: Rule, amount: AmountRule, opts: EligibleQueryOptions): EligibleQuery {
  const offset = opts.paramOffset ?? 0;
  const implied = amountRecordKind(amount);
  const subjectKind = opts.subjectKind ?? implied;
  const onePerPerson = opts.subjectKind ? (opts.onePerPerson ?? false) : implied !== null;
  const params: unknown[] = [];
  const bind = (v: unknown, type: string) => {
    params.push(v);
    return `$${offset + params.length}::${type}`;
  };
  // The persons row is joined only when the rule reads the person's attributes; otherwise the active
  // membership names the person.
  const withPerson = ruleUsesPerson(rule);
  const scope = bind(subtreePattern(opts.scopePath ?? opts.ownerPath), 'text');
  if (opts.applicant === 'union') return unionsSql(rule, amount, opts, params, scope);
  const holds = membershipHoldsSql('m', bind(opts.asOf, 'date'));
  const window = opts.window ?? null;

  if (!subjectKind) {
    const { money, cond } = amountAndRule(rule, amount, opts, params, null, { personId: 'm.person_id' });
    return {
      sql: `select m.person_id, m.org_id, o.path as org_path, null::bigint as subject_record_id,
       null::text as subject_key, ${money.sql} as amount_fen
  from memberships m
  join orgs o on o.id = m.org_id
  ${withPerson ? 'join persons p on p.id = m.person_id' : ''}
 where m.status = 'active' and o.path like ${scope} and ${holds} and ${cond.where}`,
      params,
      subjectKind: null,
    };
  }

  const kind = bind(subjectKind, 'text');
  const dated = window
    ? ` and sr.occurred_on between ${bind(window.from, 'date')} and ${bind(window.to, 'date')}`
    : '';
  const { money, cond } = amountAndRule(rule, amount, opts, params, 'sr', {
    subject: { alias: 'sr', kind: subjectKind },
    personId: 'sr.person_id',
  });
  const rows = `select sr.person_id, m.org_id, o.path as org_path, sr.id as subject_record_id,
       sr.subject_key, ${money.sql} as amount_fen
  from records sr
  join memberships m on m.person_id = sr.person_id and m.status = 'active'
  join orgs o on o.id = m.org_id
  ${withPerson ? 'join persons p on p.id = sr.person_id' : ''}
 where sr.kind = ${kind}${dated} and o.path like ${scope} and ${holds} and ${cond.where}`;
  return {
    sql: onePerPerson
      ? `select distinct on (e.person_id) e.* from (${rows}) e
  order by e.person_id, e.amount_fen desc, e.subject_record_id`
      : opts.onePerSubject
        ? `select distinct on (e.subject_key) e.person_id, e.org_id, e.org_path, e.subject_record_id,
       e.subject_key, e.amount_fen from (${rows.replace('sr.subject_key,', 'sr.subject_key, sr.inventor_order,')}) e
  order by e.subject_key, e.inventor_order nulls last, e.subject_record_id`
        : rows,
    params,
    subjectKind,
  };
}

/** Union applicants: every union of the scope for which the rule holds, with the amount (no record). */
function unionsSql(
  rule: Rule,
  amount: AmountRule,
  opts: EligibleQueryOptions,
  params: unknown[],
  scope: string,
): EligibleQuery {
  const { money, cond } = amountAndRule(rule, amount, opts, params, null, { applicant: 'union' });
  return {
    sql: `select null::bigint as person_id, o.id as org_id, o.path as org_path, null::bigint as subject_record_id,
       null::text as subject_key, ${money.sql} as amount_fen
  from orgs o
 where o.status = 'active' and o.path like ${scope} and ${cond.where}`,
    params,
    subjectKind: null,
  };
}

/**
 * The amount's SQL (reading the record `alias`, or none) and the rule's condition for the candidates, each bound
 * after the parameters already in `params` (which it extends); `who` says whose the condition tests.
 */
function amountAndRule(
  rule: Rule,
  amount: AmountRule,
  opts: EligibleQueryOptions,
  params: unknown[],
  alias: string | null,
  who: Pick<CompileOptions, 'personId' | 'subject' | 'applicant'>,
) {
  const offset = opts.paramOffset ?? 0;
  const money = amountSql(amount, alias, offset + params.length);
  params.push(...money.params);
  const cond = compileRule(rule, {
    paramOffset: offset + params.length,
    ownerPath: opts.ownerPath,
    asOf: opts.asOf,
    membersOnly: true,
    window: opts.window ?? null,
    ...who,
  });
  params.push(...cond.params);
  return { money, cond };
}
