/**
 * The JSON Schemas of a rule and an amount, generated from the field table (fields.ts) and the amount
 * vocabulary, so the API documents and validates exactly what the rules module accepts: each field with
 * its own comparisons and values. They are shared schemas (`$id` Rule and AmountRule): a rule refers to
 * itself, and the OpenAPI document publishes both as components.
 *
 * Tags are discriminators (`op`, then `field` or `kind`), so a refusal names the path of the wrong part
 * ("/rule/rules/0/where/1/cmp") instead of "matches no alternative". What a schema cannot say (nesting
 * depth, rule count, a text of blanks) the validator checks on save (validate.ts), and so does what a
 * clerk gets wrong while editing a well-shaped rule (an empty group, an empty text, no tiers, a zero
 * amount): the validator lists every such problem in the clerk's words, where the schema would name the
 * first in its own.
 */
import { Type } from 'typebox';
import { RECORD_KINDS } from '../../records/records.vocabulary.ts';
import { AMOUNT_KIND_TEXT, TIER_BYS, tierKeys } from './amount-vocabulary.ts';
import { cmpsOf, type FieldDef, PERSON_FIELDS, RECORD_FIELD_DEFS, UNION_LEVEL_FIELD } from './fields.ts';
import type { AmountRule, Rule } from './rule.types.ts';
import { MAX_CONDITIONS, MAX_FEN, MAX_IN_VALUES, MAX_RULE_NODES, MAX_TEXT } from './validate.ts';

type Schema = Record<string, unknown>;

const MAX_TIERS = 50;

const tag = (value: string): Schema => ({ type: 'string', const: value });

/** An object of exactly these properties, all required unless listed in `optional`. */
const closed = (properties: Record<string, Schema>, optional: string[] = []): Schema => ({
  type: 'object',
  additionalProperties: false,
  required: Object.keys(properties).filter((k) => !optional.includes(k)),
  properties,
});

/** One of `branches`, chosen by the value of `name` (each branch holds it as a const). */
const tagged = (name: string, fixed: Record<string, Schema>, branches: Record<string, Schema>): Schema => ({
  type: 'object',
  required: [...Object.keys(fixed), name],
  properties: { ...fixed, [name]: { type: 'string', enum: Object.keys(branches) } },
  discriminator: { propertyName: name },
  oneOf: Object.values(branches),
});

function scalarOf(def: FieldDef): Schema {
  switch (def.type) {
    case 'bool':
      return { type: 'boolean' };
    case 'int':
      return { type: 'integer', minimum: def.min ?? 0, maximum: def.max ?? MAX_FEN };
    case 'ordinal':
    case 'enum':
      return { type: 'string', enum: [...(def.values ?? [])] };
    case 'text':
      return { type: 'string', maxLength: MAX_TEXT };
  }
}

/** The comparison and value of a field: one value, or a list of them for `in`. */
function comparisonOf(def: FieldDef): Record<string, Schema> {
  const one = scalarOf(def);
  return {
    cmp: { type: 'string', enum: [...cmpsOf(def)] },
    value: { anyOf: [one, { type: 'array', items: one, maxItems: MAX_IN_VALUES }] },
  };
}

const ref = { $ref: 'Rule#' };

function personRule(): Schema {
  const op = tag('person');
  const branches = Object.fromEntries(
    Object.entries(PERSON_FIELDS).map(([key, def]) => [
      key,
      closed({ op, field: tag(key), ...comparisonOf(def) }),
    ]),
  );
  return tagged('field', { op }, branches);
}

function hasRecordRule(): Schema {
  const op = tag('has_record');
  const branches = Object.fromEntries(
    RECORD_KINDS.map((kind) => {
      const fields = Object.fromEntries(
        Object.entries(RECORD_FIELD_DEFS[kind]).map(([key, def]) => [
          key,
          closed({ field: tag(key), ...comparisonOf(def) }),
        ]),
      );
      const where = { type: 'array', maxItems: MAX_CONDITIONS, items: tagged('field', {}, fields) };
      return [kind, closed({ op, kind: tag(kind), where })];
    }),
  );
  return tagged('kind', { op }, branches);
}

const group = (op: 'all' | 'any'): Schema =>
  closed({ op: tag(op), rules: { type: 'array', maxItems: MAX_RULE_NODES, items: ref } });

/** The eligibility rule, recursive through `all`, `any` and `not`. */
export const RULE_SCHEMA: Schema = {
  $id: 'Rule',
  description:
    'An eligibility rule (see docs/rules.md). Groups all/any/not nest other rules; person and has_record ' +
    'compare a field with the comparisons that field accepts.',
  ...tagged(
    'op',
    {},
    {
      all: group('all'),
      any: group('any'),
      not: closed({ op: tag('not'), rule: ref }),
      person: personRule(),
      member_of_owner_subtree: closed({ op: tag('member_of_owner_subtree') }),
      has_record: hasRecordRule(),
      union_level: closed({ op: tag('union_level'), ...comparisonOf(UNION_LEVEL_FIELD) }),
    },
  ),
};

const fen = (): Schema => ({ type: 'integer', minimum: 0, maximum: MAX_FEN });

function tierRule(): Schema {
  const kind = tag('tier');
  const branches = Object.fromEntries(
    TIER_BYS.map((by) => {
      const keys = tierKeys(by);
      const key = keys ? { type: 'string', enum: keys } : { type: 'string', maxLength: 100 };
      const tier = closed({ key, fen: fen(), label: { type: 'string', maxLength: 100 } }, ['label']);
      const tiers = { type: 'array', maxItems: MAX_TIERS, items: tier };
      return [by, closed({ kind, by: tag(by), tiers })];
    }),
  );
  return tagged('by', { kind }, branches);
}

const AMOUNT_BRANCHES: Record<AmountRule['kind'], Schema> = {
  fixed: closed({ kind: tag('fixed'), fen: fen() }),
  tier: tierRule(),
  fee_share: closed(
    {
      kind: tag('fee_share'),
      percent: { type: 'integer', minimum: 0, maximum: 100, description: '1–100; 100 = the whole fee' },
      // the validator takes null as "no cap", so stored amounts may hold it
      capFen: { anyOf: [fen(), { type: 'null' }] },
    },
    ['capFen'],
  ),
  per_unit: closed({ kind: tag('per_unit'), unitFen: fen() }),
  none: closed({ kind: tag('none') }),
};

/** The amount rule, in integer fen. */
export const AMOUNT_RULE_SCHEMA: Schema = {
  $id: 'AmountRule',
  description: `An amount rule, money in fen: ${Object.entries(AMOUNT_KIND_TEXT)
    .map(([k, t]) => `${k} (${t.en})`)
    .join(', ')}.`,
  ...tagged('kind', {}, AMOUNT_BRANCHES),
};

/** Shared schemas the HTTP layer registers once (app.addSchema) before any route refers to them. */
export const RULE_SCHEMAS: readonly Schema[] = [RULE_SCHEMA, AMOUNT_RULE_SCHEMA];

/** A reference to the shared rule schema, typed as the rule. */
export const RuleRef = Type.Unsafe<Rule>({ $ref: 'Rule#' });
export const AmountRuleRef = Type.Unsafe<AmountRule>({ $ref: 'AmountRule#' });
