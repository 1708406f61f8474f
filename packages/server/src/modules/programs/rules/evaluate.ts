/**
 * The TypeScript evaluator: one rule against one applicant's facts, with an explanation line per leaf
 * rule (the value seen and whether it held). Every leaf is evaluated, so the explanation is complete
 * even where "all" already failed. Its semantics are those of compile-sql.ts; agree.test.ts proves it.
 */
import { compareValue, comparisonText, conditionText, recordValue, valueText } from './comparisons.ts';
import {
  type FieldDef,
  KIND_TEXT,
  PERSON_FIELDS,
  RECORD_FIELD_DEFS,
  type Text,
  UNION_LEVEL_FIELD,
} from './fields.ts';
import { membershipProblem } from './membership.ts';
import type {
  Condition,
  Decision,
  Facts,
  PersonFact,
  PersonField,
  RecordFact,
  RecordKind,
  Rule,
  RuleOutcome,
  Scalar,
} from './rule.types.ts';
import { isInWindow, outsideWindowText } from './window.ts';

/** Full years between a birth date and a day, both 'YYYY-MM-DD'. */
export function ageAt(birthDate: string, asOf: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [ay, am, ad] = asOf.split('-').map(Number);
  return ay - by - (am * 100 + ad < bm * 100 + bd ? 1 : 0);
}

/** A hardship status is current when its level is set and asOf lies within [from, until]. */
export function isHardshipActive(p: PersonFact, asOf: string): boolean {
  return (
    p.hardshipLevel !== null &&
    (p.hardshipUntil === null || p.hardshipUntil >= asOf) &&
    (p.hardshipFrom === null || p.hardshipFrom <= asOf)
  );
}

export function personValue(p: PersonFact, field: PersonField, asOf: string): Scalar | null {
  switch (field) {
    case 'isFrontLine':
      return p.isFrontLine;
    case 'isOutdoor':
      return p.isOutdoor;
    case 'isNewEmployment':
      return p.isNewEmployment;
    case 'isFemale':
      return p.gender === 'female';
    case 'hardshipActive':
      return isHardshipActive(p, asOf);
    case 'hardshipLevel':
      return p.hardshipLevel;
    case 'modelWorkerLevel':
      return p.modelWorkerLevel;
    case 'age':
      return ageAt(p.birthDate, asOf);
  }
}

/** Names of the five org levels (as in the org module). */
const UNION_LEVEL_TEXT = UNION_LEVEL_FIELD.valueText as Record<number, Text>;

const NO_PERSON: Text = { zh: '申请方不是个人', en: 'the applicant is not a person' };

/** A short name for a record in explanations. */
export function recordLabel(
  r: Pick<
    RecordFact,
    'kind' | 'occupation' | 'number' | 'competition' | 'rank' | 'course' | 'title' | 'patentNo'
  >,
): string {
  switch (r.kind) {
    case 'certificate':
      return [r.occupation, r.number].filter(Boolean).join(' ');
    case 'award':
      return [r.competition, r.rank].filter(Boolean).join(' ');
    case 'training':
      return r.course ?? '';
    case 'patent':
      return r.title ? `${r.title}（${r.patentNo ?? ''}）` : (r.patentNo ?? '');
  }
}

/** The records a has_record rule looks at: the application's subject when it is of that kind, else all. */
export function candidateRecords(
  facts: Facts,
  kind: RecordKind,
): { records: RecordFact[]; subject: boolean } {
  const subject =
    facts.subjectRecordId == null ? undefined : facts.records.find((r) => r.id === facts.subjectRecordId);
  if (subject && subject.kind === kind) return { records: [subject], subject: true };
  return { records: facts.records.filter((r) => r.kind === kind), subject: false };
}

function conditionHolds(r: RecordFact, kind: RecordKind, c: Condition): boolean {
  return compareValue(RECORD_FIELD_DEFS[kind][c.field], recordValue(r, c.field), c.cmp, c.value);
}

function evalHasRecord(rule: Extract<Rule, { op: 'has_record' }>, facts: Facts): Omit<RuleOutcome, 'path'> {
  const kindText = KIND_TEXT[rule.kind];
  const defs = RECORD_FIELD_DEFS[rule.kind];
  const { records, subject } = candidateRecords(facts, rule.kind);
  const lead = subject ? { zh: '申请所指', en: "the application's " } : { zh: '', en: '' };
  if (!facts.person) return { held: false, seen: null, text: NO_PERSON };
  if (records.length === 0) {
    const req = rule.where.map((c) => conditionText(defs[c.field], c.cmp, c.value));
    return {
      held: false,
      seen: null,
      text: {
        zh: `无${kindText.zh}记录${req.length ? `，要求：${req.map((t) => t.zh).join('，')}` : ''}`,
        en: `no ${kindText.en} on record${req.length ? `; required: ${req.map((t) => t.en).join(', ')}` : ''}`,
      },
    };
  }
  // The record that meets every condition and lies in the evidence window, or else the one that comes
  // closest (latest first on a tie). The window acts as one more condition, named only when it fails.
  const window = facts.window ?? null;
  const scored = records
    .map((r) => ({
      r,
      held: rule.where.map((c) => conditionHolds(r, rule.kind, c)),
      inWindow: isInWindow(r.occurredOn, window),
    }))
    .map((s) => ({ ...s, n: s.held.filter(Boolean).length + (s.inWindow ? 1 : 0) }))
    .sort((a, b) => b.n - a.n || b.r.occurredOn.localeCompare(a.r.occurredOn) || b.r.id - a.r.id);
  const best = scored[0];
  const held = best.n === rule.where.length + 1;
  const shown = rule.where
    .map((c, i) => ({ c, held: best.held[i] }))
    .filter((x) => held || !x.held)
    .map(({ c, held: h }) => ({
      seen: recordValue(best.r, c.field) as Scalar | null,
      text: comparisonText(defs[c.field], recordValue(best.r, c.field), c.cmp, c.value, h),
    }));
  if (!best.inWindow && window) {
    shown.push({ seen: best.r.occurredOn, text: outsideWindowText(rule.kind, best.r.occurredOn, window) });
  }
  const label = recordLabel(best.r);
  const head = { zh: `${lead.zh}${kindText.zh}「${label}」`, en: `${lead.en}${kindText.en} "${label}"` };
  const body = shown.length
    ? { zh: `：${shown.map((s) => s.text.zh).join('；')}`, en: `: ${shown.map((s) => s.text.en).join('; ')}` }
    : { zh: '', en: '' };
  const others =
    !held && records.length > 1
      ? {
          zh: `（共${records.length}条${kindText.zh}记录，均不符合）`,
          en: ` (none of ${records.length} ${kindText.en} records qualifies)`,
        }
      : { zh: '', en: '' };
  const seen = shown.length === 1 ? shown[0].seen : shown.length ? shown.map((s) => s.seen ?? '') : best.r.id;
  return {
    held,
    seen,
    text: {
      zh: `${held && shown.length === 0 ? '有' : ''}${head.zh}${body.zh}${others.zh}`,
      en: `${held && shown.length === 0 ? 'has ' : ''}${head.en}${body.en}${others.en}`,
    },
  };
}

/**
 * The applicant's union lies in the owner's subtree and, for a person, their membership holds on the
 * evaluation day (membership.ts).
 */
function evalMemberOfOwner(facts: Facts): Omit<RuleOutcome, 'path'> {
  const owner = facts.ownerName ? `「${facts.ownerName}」` : '主办工会';
  const ownerEn = facts.ownerName ? `"${facts.ownerName}"` : "the program owner's union";
  if (!facts.org) {
    const why = membershipProblem(facts.membership, facts.asOf) ?? membershipProblem(null, facts.asOf);
    return { held: false, seen: facts.membership?.leftOn ?? null, text: why as Text };
  }
  const inside = facts.org.path.startsWith(facts.ownerPath);
  const dates = facts.membership ? membershipProblem(facts.membership, facts.asOf) : null;
  const union = facts.org.name;
  if (inside && dates) {
    return {
      held: false,
      seen: facts.membership?.joinedOn ?? null,
      text: {
        zh: `所在工会「${union}」属于${owner}管辖范围，但${dates.zh}`,
        en: `union "${union}" lies within ${ownerEn}, but ${dates.en}`,
      },
    };
  }
  return {
    held: inside,
    seen: union,
    text: inside
      ? { zh: `所在工会「${union}」属于${owner}管辖范围`, en: `union "${union}" lies within ${ownerEn}` }
      : {
          zh: `所在工会「${union}」不属于${owner}管辖范围，要求为其所属工会会员`,
          en: `union "${union}" lies outside ${ownerEn}; membership there required`,
        },
  };
}

function evalLeaf(rule: Rule, facts: Facts): Omit<RuleOutcome, 'path'> {
  switch (rule.op) {
    case 'person': {
      if (!facts.person) return { held: false, seen: null, text: NO_PERSON };
      const def = PERSON_FIELDS[rule.field];
      const seen = personValue(facts.person, rule.field, facts.asOf);
      const held = compareValue(def, seen, rule.cmp, rule.value);
      return { held, seen, text: comparisonText(def, seen, rule.cmp, rule.value, held) };
    }
    case 'member_of_owner_subtree':
      return evalMemberOfOwner(facts);
    case 'has_record':
      return evalHasRecord(rule, facts);
    case 'union_level': {
      const def: FieldDef = { type: 'int', label: { zh: '工会层级', en: 'union level' } };
      if (!facts.org) {
        // No union: like a missing value, it fails every comparison except "not equal".
        const held = compareValue(def, null, rule.cmp, rule.value);
        return { held, seen: null, text: { zh: '无所属工会', en: 'no union' } };
      }
      const level = facts.org.level;
      const held = compareValue(def, level, rule.cmp, rule.value);
      const name = UNION_LEVEL_TEXT[level];
      const sym = { eq: '=', neq: '≠', gte: '≥', lte: '≤', gt: '>', lt: '<', in: '∈' }[rule.cmp];
      const want = Array.isArray(rule.value) ? `{${rule.value.join(', ')}}` : String(rule.value);
      return {
        held,
        seen: level,
        text: {
          zh: `工会层级为第${level}级（${name?.zh ?? ''}），要求层级${sym}${want}`,
          en: `union at level ${level} (${name?.en ?? ''}), level ${sym} ${want} required`,
        },
      };
    }
    default:
      throw new Error(`not a leaf rule: ${rule.op}`);
  }
}

function walk(rule: Rule, facts: Facts, path: string, negated: boolean, out: RuleOutcome[]): boolean {
  switch (rule.op) {
    case 'all': {
      const results = rule.rules.map((r, i) => walk(r, facts, `${path}.rules.${i}`, negated, out));
      return results.every(Boolean);
    }
    case 'any': {
      const results = rule.rules.map((r, i) => walk(r, facts, `${path}.rules.${i}`, negated, out));
      return results.some(Boolean);
    }
    case 'not':
      return !walk(rule.rule, facts, `${path}.rule`, !negated, out);
    default: {
      const o = evalLeaf(rule, facts);
      const text = negated ? { zh: `（须不满足）${o.text.zh}`, en: `(must not hold) ${o.text.en}` } : o.text;
      out.push({ path: path.replace(/^\./, '') || 'rule', held: o.held, seen: o.seen, text });
      return o.held;
    }
  }
}

/** Evaluates a (validated) rule for one applicant. */
export function evaluateRule(rule: Rule, facts: Facts): Decision {
  const outcomes: RuleOutcome[] = [];
  const eligible = walk(rule, facts, '', false, outcomes);
  return { eligible, outcomes };
}

export { valueText };
