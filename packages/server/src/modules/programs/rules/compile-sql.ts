/**
 * The set-based evaluator: a rule becomes one SQL boolean expression over `persons p`, the active
 * membership `m` and its union `o`, with a correlated `exists (...)` on `records` per has_record rule.
 * Every value is a bind parameter; the SQL text holds only column names, operators and casts.
 *
 * Each leaf yields true or false, never NULL (a missing value fails every comparison except `neq`),
 * so `not` means what it says. These are the semantics of evaluate.ts; agree.test.ts proves it.
 */
import { subtreePattern } from '../../../access/access.ts';
import { normaliseValue } from './comparisons.ts';
import { type FieldDef, PERSON_FIELDS, RECORD_FIELD_DEFS } from './fields.ts';
import { membershipHoldsSql } from './membership.ts';
import type { Cmp, Condition, PersonField, RecordKind, Rule, Scalar } from './rule.types.ts';

export interface CompileOptions {
  /** Parameters are numbered from paramOffset + 1. */
  paramOffset: number;
  /** The program owner's org path; member_of_owner_subtree tests `o.path` against it. */
  ownerPath: string;
  /** The day person facts are taken at (age, hardship status), 'YYYY-MM-DD'. */
  asOf: string;
  /** Per-subject evaluation: has_record of this kind tests only the row `alias` (a records row). */
  subject?: { alias: string; kind: RecordKind };
  /** True when m and o are inner-joined (never NULL): the null guards on them can be left out. */
  membersOnly?: boolean;
  /** Union applicants: no person, so person and has_record rules are false; `o` is the union. */
  applicant?: 'person' | 'union';
  aliases?: { person?: string; org?: string; membership?: string };
  /** The evidence window: has_record counts only records dated within it (absent: every record). */
  window?: { from: string; to: string } | null;
  /** The SQL expression for the applicant's person id (default `p.id`; e.g. `m.person_id` without persons). */
  personId?: string;
}

export interface CompiledRule {
  where: string;
  params: unknown[];
}

const OPS: Record<Exclude<Cmp, 'in'>, string> = {
  eq: '=',
  neq: '<>',
  gte: '>=',
  lte: '<=',
  gt: '>',
  lt: '<',
};

/** The latest birth date at which a person is at least `n` full years old on `asOf`. */
export function latestBirthDateForAge(asOf: string, n: number): string {
  const [y, m, d] = asOf.split('-').map(Number);
  const year = y - n;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const pad = (x: number, w = 2) => String(x).padStart(w, '0');
  return `${pad(year, 4)}-${pad(m)}-${pad(Math.min(d, lastDay))}`;
}

class Compiler {
  readonly params: unknown[] = [];
  private aliasNo = 0;
  /**
   * True while no `not` lies above the node being compiled. There a NULL leaf acts as false (AND/OR in
   * SQL's three-valued logic are monotone, and WHERE keeps only true), so the NULL guards can go and the
   * planner sees plain, indexable comparisons.
   */
  private positive = true;
  private readonly p: string;
  private readonly o: string;
  private readonly m: string;

  constructor(private readonly opts: CompileOptions) {
    this.p = opts.aliases?.person ?? 'p';
    this.o = opts.aliases?.org ?? 'o';
    this.m = opts.aliases?.membership ?? 'm';
  }

  bind(value: unknown, type: string): string {
    this.params.push(value);
    return `$${this.opts.paramOffset + this.params.length}::${type}`;
  }

  /** NULL-safe unless the operand is known to be present. */
  private guard(expr: string, nullable: boolean): string {
    return nullable && !this.positive ? `coalesce(${expr}, false)` : expr;
  }

  /** col <cmp> value for a scalar column of SQL type `type`; `nullable` adds the guards. */
  compare(col: string, cmp: Cmp, value: Scalar | Scalar[], type: string, nullable: boolean): string {
    if (cmp === 'in') return this.guard(`${col} = any(${this.bind(value, `${type}[]`)})`, nullable);
    if (cmp === 'neq') return `${col} is distinct from ${this.bind(value, type)}`;
    return this.guard(`${col} ${OPS[cmp]} ${this.bind(value, type)}`, nullable);
  }

  /** An ordinal text column: the comparison becomes membership in the set of values that satisfy it. */
  ordinalSet(def: FieldDef, col: string, cmp: Cmp, value: Scalar | Scalar[], nullable: boolean): string {
    if (cmp === 'eq' || cmp === 'neq') return this.compare(col, cmp, value, 'text', nullable);
    const scale = def.values ?? [];
    const want = cmp === 'in' ? (value as Scalar[]).map(String) : null;
    const v = scale.indexOf(String(value));
    const ok = scale.filter((_, i) =>
      want
        ? want.includes(scale[i])
        : cmp === 'gte'
          ? i >= v
          : cmp === 'lte'
            ? i <= v
            : cmp === 'gt'
              ? i > v
              : i < v,
    );
    if (ok.length === 0) return 'false';
    return this.guard(`${col} = any(${this.bind(ok, 'text[]')})`, nullable);
  }

  age(cmp: Cmp, value: Scalar | Scalar[]): string {
    const b = `${this.p}.birth_date`;
    const atLeast = (n: number) => `${b} <= ${this.bind(latestBirthDateForAge(this.opts.asOf, n), 'date')}`;
    const below = (n: number) => `${b} > ${this.bind(latestBirthDateForAge(this.opts.asOf, n), 'date')}`;
    const exactly = (n: number) => `(${atLeast(n)} and ${below(n + 1)})`;
    const n = value as number;
    switch (cmp) {
      case 'gte':
        return atLeast(n);
      case 'gt':
        return atLeast(n + 1);
      case 'lte':
        return below(n + 1);
      case 'lt':
        return below(n);
      case 'eq':
        return exactly(n);
      case 'neq':
        return `(not ${exactly(n)})`;
      case 'in':
        return `(${(value as number[]).map(exactly).join(' or ')})`;
    }
  }

  person(field: PersonField, cmp: Cmp, value: Scalar | Scalar[]): string {
    if (this.opts.applicant === 'union') return 'false';
    const p = this.p;
    switch (field) {
      case 'isFrontLine':
        return this.compare(`${p}.is_front_line`, cmp, value, 'boolean', false);
      case 'isOutdoor':
        return this.compare(`${p}.is_outdoor`, cmp, value, 'boolean', false);
      case 'isNewEmployment':
        return this.compare(`${p}.is_new_employment`, cmp, value, 'boolean', false);
      case 'isFemale':
        return this.compare(`(${p}.gender = 'female')`, cmp, value, 'boolean', false);
      case 'hardshipActive': {
        const d = this.bind(this.opts.asOf, 'date');
        const active = `(${p}.hardship_level is not null and (${p}.hardship_until is null or ${p}.hardship_until >= ${d}) and (${p}.hardship_from is null or ${p}.hardship_from <= ${d}))`;
        return this.compare(active, cmp, value, 'boolean', false);
      }
      case 'hardshipLevel':
        return this.ordinalSet(PERSON_FIELDS.hardshipLevel, `${p}.hardship_level`, cmp, value, true);
      case 'modelWorkerLevel':
        return this.ordinalSet(PERSON_FIELDS.modelWorkerLevel, `${p}.model_worker_level`, cmp, value, true);
      case 'age':
        return this.age(cmp, value);
    }
  }

  condition(kind: RecordKind, r: string, c: Condition, nullable: boolean): string {
    const def = RECORD_FIELD_DEFS[kind][c.field];
    const col = `${r}.${def.column}`;
    if (def.type === 'ordinal') {
      // Award level compares by its rank on the scale (records.level_rank).
      const scale = def.values ?? [];
      const rank = (v: Scalar) => scale.indexOf(String(v));
      const value = Array.isArray(c.value) ? c.value.map(rank) : rank(c.value);
      return this.compare(col, c.cmp, value, 'int', nullable);
    }
    const type = def.type === 'int' ? (def.column === 'fee_fen' ? 'bigint' : 'int') : 'text';
    // Records keep text as typed; a text field compares its normalised key column (records/005) with the
    // rule's value normalised the same way (ADR 0013).
    const keyed = def.type === 'text' ? `${col}_key` : col;
    return this.compare(keyed, c.cmp, normaliseValue(def, c.value), type, nullable);
  }

  /** The evidence window on a records row `r`, or nothing without a window. */
  inWindow(r: string): string[] {
    const w = this.opts.window;
    if (!w) return [];
    return [`${r}.occurred_on between ${this.bind(w.from, 'date')} and ${this.bind(w.to, 'date')}`];
  }

  hasRecord(kind: RecordKind, where: Condition[]): string {
    if (this.opts.applicant === 'union') return 'false';
    const s = this.opts.subject;
    if (s && s.kind === kind) {
      const parts = [
        `${s.alias}.kind = ${this.bind(kind, 'text')}`,
        ...where.map((c) => this.condition(kind, s.alias, c, false)),
        ...this.inWindow(s.alias),
      ];
      return this.guard(`(${parts.join(' and ')})`, true);
    }
    this.aliasNo += 1;
    const r = `rr${this.aliasNo}`;
    const parts = [
      `${r}.person_id = ${this.opts.personId ?? `${this.p}.id`}`,
      `${r}.kind = ${this.bind(kind, 'text')}`,
      ...where.map((c) => this.condition(kind, r, c, false)),
      ...this.inWindow(r),
    ];
    return `exists (select 1 from records ${r} where ${parts.join(' and ')})`;
  }

  rule(rule: Rule): string {
    switch (rule.op) {
      case 'all':
        return `(${rule.rules.map((r) => this.rule(r)).join(' and ')})`;
      case 'any':
        return `(${rule.rules.map((r) => this.rule(r)).join(' or ')})`;
      case 'not': {
        const outer = this.positive;
        this.positive = false;
        const inner = this.rule(rule.rule);
        this.positive = outer;
        return `(not ${inner})`;
      }
      case 'person':
        return this.person(rule.field, rule.cmp, rule.value);
      case 'member_of_owner_subtree': {
        const inside = `${this.o}.path like ${this.bind(subtreePattern(this.opts.ownerPath), 'text')}`;
        if (this.opts.applicant === 'union') return this.guard(inside, !this.opts.membersOnly);
        const holds = membershipHoldsSql(this.m, this.bind(this.opts.asOf, 'date'));
        return this.guard(`(${inside} and ${holds})`, !this.opts.membersOnly);
      }
      case 'has_record':
        return this.hasRecord(rule.kind, rule.where);
      case 'union_level':
        return this.compare(`${this.o}.level`, rule.cmp, rule.value, 'int', !this.opts.membersOnly);
    }
  }
}

/** True when the rule looks at the person's own attributes (so the query must join persons). */
export function ruleUsesPerson(rule: Rule): boolean {
  switch (rule.op) {
    case 'all':
    case 'any':
      return rule.rules.some(ruleUsesPerson);
    case 'not':
      return ruleUsesPerson(rule.rule);
    default:
      return rule.op === 'person';
  }
}

/** The has_record rules that ask for a record (not under a `not`): the evidence a program looks for. */
export function wantedRecords(rule: Rule): { kind: RecordKind; where: Condition[] }[] {
  switch (rule.op) {
    case 'all':
    case 'any':
      return rule.rules.flatMap(wantedRecords);
    case 'has_record':
      return [{ kind: rule.kind, where: rule.where }];
    default:
      return [];
  }
}

/**
 * A records row `alias` meets one of the given has_record rules' conditions, the evidence window aside:
 * the simulation lists such records dated outside the window, so the clerk sees what the window leaves out.
 */
export function compileRecordMatch(
  wanted: { kind: RecordKind; where: Condition[] }[],
  alias: string,
  paramOffset: number,
): CompiledRule {
  const c = new Compiler({ paramOffset, ownerPath: '/', asOf: '1970-01-01' });
  const each = wanted.map(({ kind, where }) =>
    [`${alias}.kind = ${c.bind(kind, 'text')}`, ...where.map((x) => c.condition(kind, alias, x, false))].join(
      ' and ',
    ),
  );
  return { where: each.length ? `(${each.map((e) => `(${e})`).join(' or ')})` : 'false', params: c.params };
}

/** Compiles a validated rule to a parameterised SQL boolean expression. */
export function compileRule(rule: Rule, opts: CompileOptions): CompiledRule {
  const c = new Compiler(opts);
  const where = c.rule(rule);
  return { where, params: c.params };
}

/**
 * The FROM clause the compiled expression expects when every person is a candidate (simulation over
 * people who may have no active membership). Proposals inner-join instead (see select-eligible.ts).
 */
export const RULE_FROM = `persons p
  left join memberships m on m.person_id = p.id and m.status = 'active'
  left join orgs o on o.id = m.org_id`;
