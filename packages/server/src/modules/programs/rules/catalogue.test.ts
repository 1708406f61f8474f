import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../../test/clock.ts';
import { programPresets } from '../presets/index.ts';
import { ruleCatalogue } from './catalogue.ts';
import { ALL_CMPS, cmpsOf, type FieldDef, PERSON_FIELDS, RECORD_FIELD_DEFS } from './fields.ts';
import type { Cmp, Scalar } from './rule.types.ts';
import { RULE_SCHEMAS } from './rule-schemas.ts';
import { validateRule } from './validate.ts';

/** The field catalogue, the published schema and the validator are one vocabulary, read from fields.ts. */
const catalogue = ruleCatalogue();
const ajv = new Ajv({ discriminator: true, strict: false });
for (const s of RULE_SCHEMAS) ajv.addSchema(s);
const schemaAccepts = (rule: unknown) => ajv.validate('Rule', rule);

/** A value the field takes, alone or as a one-item list for `in`. */
function sample(def: FieldDef, cmp: Cmp): Scalar | Scalar[] {
  const one: Scalar =
    def.type === 'bool' ? true : def.values ? def.values[0] : def.type === 'int' ? (def.min ?? 0) : 'x';
  return cmp === 'in' ? [one] : one;
}

const recordFields = Object.entries(RECORD_FIELD_DEFS).flatMap(([kind, defs]) =>
  Object.entries(defs).map(([key, def]) => ({ kind, key, def })),
);

describe('the rule field catalogue', () => {
  it('lists every person field and every field of every record kind, with the comparisons it accepts', () => {
    expect(catalogue.person.map((f) => f.key)).toEqual(Object.keys(PERSON_FIELDS));
    expect(catalogue.records.map((r) => r.kind)).toEqual(Object.keys(RECORD_FIELD_DEFS));
    for (const { kind, key, def } of recordFields) {
      const field = catalogue.records.find((r) => r.kind === kind)?.fields.find((f) => f.key === key);
      expect(field, `${kind}.${key}`).toBeDefined();
      expect(field?.label).toEqual(def.name ?? def.label);
      expect(field?.cmps.map((c) => c.cmp)).toEqual(cmpsOf(def));
    }
    for (const field of catalogue.person) {
      expect(field.cmps.map((c) => c.cmp)).toEqual(
        cmpsOf(PERSON_FIELDS[field.key as keyof typeof PERSON_FIELDS]),
      );
    }
  });

  it('the patent type is compared by equality only', () => {
    const type = catalogue.records.find((r) => r.kind === 'patent')?.fields.find((f) => f.key === 'type');
    expect(type?.cmps.map((c) => c.cmp)).toEqual(['eq', 'neq', 'in']);
  });

  it('every label and every value label is in both languages', () => {
    const fields = [...catalogue.person, ...catalogue.records.flatMap((r) => r.fields), catalogue.unionLevel];
    for (const f of fields) {
      const texts = [f.label, ...f.cmps.map((c) => c.label), ...(f.values ?? []).map((v) => v.label)];
      for (const text of texts) {
        expect(text.zh, f.key).not.toBe('');
        expect(text.en, f.key).not.toBe('');
      }
    }
  });
});

describe('the published rule schema', () => {
  it('accepts a comparison exactly when the rule validator does, for every field and comparison', () => {
    const cases = [
      ...Object.entries(PERSON_FIELDS).map(([key, def]) => ({
        def,
        rule: (cmp: Cmp) => ({ op: 'person', field: key, cmp, value: sample(def, cmp) }),
      })),
      ...recordFields.map(({ kind, key, def }) => ({
        def,
        rule: (cmp: Cmp) => ({
          op: 'has_record',
          kind,
          where: [{ field: key, cmp, value: sample(def, cmp) }],
        }),
      })),
    ];
    for (const { def, rule } of cases) {
      for (const cmp of ALL_CMPS) {
        const r = rule(cmp);
        const valid = validateRule(r).length === 0;
        expect(schemaAccepts(r), JSON.stringify(r)).toBe(valid);
        expect(valid).toBe(cmpsOf(def).includes(cmp));
      }
    }
  });

  // responses are written through the same schema: a stored rule it refuses could not be sent at all
  it('accepts every shipped preset, as saved by the validator', () => {
    for (const preset of programPresets(TEST_NOW)) {
      expect(validateRule(preset.input.rule), preset.key).toEqual([]);
      expect(schemaAccepts(preset.input.rule), `${preset.key} rule`).toBe(true);
      expect(ajv.validate('AmountRule', preset.input.amount), `${preset.key} amount`).toBe(true);
    }
    expect(ajv.validate('AmountRule', { kind: 'fee_share', percent: 100, capFen: null })).toBe(true);
  });

  it('names the wrong part of a nested rule', () => {
    const rule = {
      op: 'all',
      rules: [
        {
          op: 'not',
          rule: { op: 'has_record', kind: 'patent', where: [{ field: 'type', cmp: 'gte', value: 'design' }] },
        },
      ],
    };
    expect(schemaAccepts(rule)).toBe(false);
    expect(ajv.errors?.[0]?.instancePath).toBe('/rules/0/rule/where/0/cmp');
  });
});

describe('docs/rules.md', () => {
  it('documents every field of the vocabulary', () => {
    const doc = readFileSync(new URL('../../../../../../docs/rules.md', import.meta.url), 'utf8');
    const keys = [
      ...catalogue.person.map((f) => `person.${f.key}`),
      ...catalogue.records.flatMap((r) => r.fields.map((f) => `${r.kind}.${f.key}`)),
    ];
    const missing = keys.filter((k) => !doc.includes(`\`${k}\``));
    expect(missing).toEqual([]);
  });
});
