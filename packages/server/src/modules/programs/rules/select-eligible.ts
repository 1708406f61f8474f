/**
 * One SELECT that yields every eligible candidate of a program with its amount, for proposals
 * (`insert into applications … select … from (<this>) e`) and simulation (`select count(*), sum(…)`).
 * Candidates are members with an active membership in `scopePath`; per-subject programs get one row per
 * record of the subject kind, tested as the application's subject.
 */
import { subtreePattern } from '../../../access/access.ts';
import { amountRecordKind, amountSql } from './amount.ts';
import { compileRule, ruleUsesPerson } from './compile-sql.ts';
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

  if (!subjectKind) {
    const money = amountSql(amount, null, offset + params.length);
    params.push(...money.params);
    const cond = compileRule(rule, {
      paramOffset: offset + params.length,
      ownerPath: opts.ownerPath,
      asOf: opts.asOf,
      membersOnly: true,
      personId: 'm.person_id',
    });
    params.push(...cond.params);
    return {
      sql: `select m.person_id, m.org_id, o.path as org_path, null::bigint as subject_record_id,
       null::text as subject_key, ${money.sql} as amount_fen
  from memberships m
  join orgs o on o.id = m.org_id
  ${withPerson ? 'join persons p on p.id = m.person_id' : ''}
 where m.status = 'active' and o.path like ${scope} and ${cond.where}`,
      params,
      subjectKind: null,
    };
  }

  const kind = bind(subjectKind, 'text');
  const money = amountSql(amount, 'sr', offset + params.length);
  params.push(...money.params);
  const cond = compileRule(rule, {
    paramOffset: offset + params.length,
    ownerPath: opts.ownerPath,
    asOf: opts.asOf,
    membersOnly: true,
    subject: { alias: 'sr', kind: subjectKind },
    personId: 'sr.person_id',
  });
  params.push(...cond.params);
  const rows = `select sr.person_id, m.org_id, o.path as org_path, sr.id as subject_record_id,
       sr.subject_key, ${money.sql} as amount_fen
  from records sr
  join memberships m on m.person_id = sr.person_id and m.status = 'active'
  join orgs o on o.id = m.org_id
  ${withPerson ? 'join persons p on p.id = sr.person_id' : ''}
 where sr.kind = ${kind} and o.path like ${scope} and ${cond.where}`;
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
