import { Ajv, type ErrorObject, type Options, type ValidateFunction } from 'ajv';
import { default as addFormats } from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import { DATE_PATTERN } from './schema.ts';

const COMMON: Options = {
  useDefaults: true,
  removeAdditional: false,
  addUsedSchema: false,
  // allErrors would let one request make the validator do unbounded work.
  allErrors: false,
  // rule and amount schemas choose their branch by a tag (`op`, `kind`), so refusals name the wrong part
  discriminator: true,
  // errors carry the schema they failed (parentSchema), whose `title` names the field (validation-messages.ts)
  verbose: true,
};

/**
 * Schema validation for every route. Query strings, path params and headers arrive as text, so their values
 * are coerced ('5' → 5, 'true' → true). JSON bodies carry their own types and are checked as sent:
 * `false` is not a name, `"5"` is not an id, and `null` clears a nullable field instead of becoming "".
 */
export function createValidatorCompiler(
  sharedSchemas: () => Record<string, unknown> = () => ({}),
): FastifySchemaCompiler<unknown> {
  const coercing = new Ajv({ ...COMMON, coerceTypes: 'array' });
  const strict = new Ajv({ ...COMMON, coerceTypes: false });
  addFormats(coercing);
  addFormats(strict);
  return ({ schema, httpPart }) => {
    // shared schemas (app.addSchema) that routes refer to by `$ref`, added once, before the first use
    for (const [id, shared] of Object.entries(sharedSchemas())) {
      for (const ajv of [coercing, strict]) {
        if (!ajv.getSchema(id)) ajv.addSchema(calendarDates(shared) as object, id);
      }
    }
    const checked = calendarDates(schema);
    return httpPart === 'body'
      ? strict.compile(checked)
      : plainNumbers(finiteOnly(coercing.compile(checked)), numericProperties(schema));
  };
}

/** Text that reads as a number as people write it: no sign but '-', no spaces, no leading zeros, no 0x or e. */
const PLAIN_INTEGER = /^-?(0|[1-9]\d*)$/;
const PLAIN_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/** The top-level properties of a params or query schema that are numbers, with the pattern of their text. */
function numericProperties(schema: unknown): Map<string, RegExp> {
  const out = new Map<string, RegExp>();
  const props = (schema as { properties?: Record<string, unknown> } | undefined)?.properties ?? {};
  const kindOf = (s: unknown): RegExp | null => {
    const node = s as { type?: unknown; anyOf?: unknown[]; items?: unknown };
    const types = Array.isArray(node?.type) ? node.type : [node?.type];
    if (types.includes('integer')) return PLAIN_INTEGER;
    if (types.includes('number')) return PLAIN_NUMBER;
    if (types.includes('array')) return kindOf(node.items);
    for (const alt of node?.anyOf ?? []) {
      const k = kindOf(alt);
      if (k) return k;
    }
    return null;
  };
  for (const [name, s] of Object.entries(props)) {
    const k = kindOf(s);
    if (k) out.set(name, k);
  }
  return out;
}

/**
 * Ajv's coercion reads ' 1', '1.0', '+1', '0x1' and '1e0' all as 1 (it uses Number()); a path id or a
 * query number must be written plainly, or one object has many URLs and junk passes as a real id.
 */
function plainNumbers(validate: ValidateFunction, numeric: Map<string, RegExp>): ValidateFunction {
  if (numeric.size === 0) return validate;
  const wrapped = ((data: unknown, cxt?: Parameters<ValidateFunction>[1]) => {
    if (data && typeof data === 'object') {
      for (const [name, pattern] of numeric) {
        const value = (data as Record<string, unknown>)[name];
        const texts = Array.isArray(value) ? value : [value];
        if (texts.some((v) => typeof v === 'string' && !pattern.test(v))) {
          wrapped.errors = [
            {
              instancePath: `/${name}`,
              schemaPath: '#',
              keyword: 'type',
              params: { type: 'number' },
              message: 'must be a number written in plain digits',
            },
          ];
          return false;
        }
      }
    }
    const ok = validate(data, cxt);
    wrapped.errors = validate.errors;
    return ok;
  }) as ValidateFunction;
  return Object.assign(wrapped, { schema: validate.schema, schemaEnv: validate.schemaEnv });
}

/**
 * A copy of the schema in which every date string (DateStr) must also be a day of the calendar, so
 * 2024-02-30 is refused naming its field instead of failing later in the database. The published
 * OpenAPI document keeps the plain pattern.
 */
function calendarDates(schema: unknown): object {
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (!node || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) out[k] = visit(v);
    if (out.type === 'string' && out.pattern === DATE_PATTERN && out.format === undefined)
      out.format = 'date';
    return out;
  };
  return visit(schema) as object;
}

/** Where `data` holds a number that is not finite ('1e400' coerces to Infinity, which Ajv lets through). */
function nonFinite(data: unknown, path: string): string | null {
  if (typeof data === 'number') return Number.isFinite(data) ? null : path;
  if (data && typeof data === 'object') {
    for (const [k, v] of Object.entries(data)) {
      const found = nonFinite(v, `${path}/${k}`);
      if (found !== null) return found;
    }
  }
  return null;
}

function finiteOnly(validate: ValidateFunction): ValidateFunction {
  const wrapped = ((data: unknown, cxt?: Parameters<ValidateFunction>[1]) => {
    const ok = validate(data, cxt);
    wrapped.errors = validate.errors;
    if (!ok) return false;
    const where = nonFinite(data, '');
    if (where === null) return true;
    const error: ErrorObject = {
      instancePath: where,
      schemaPath: '#',
      keyword: 'type',
      params: { type: 'finite number' },
      message: 'must be a finite number',
    };
    wrapped.errors = [error];
    return false;
  }) as ValidateFunction;
  // Fastify passes the parent object to Ajv validators (marked by schemaEnv) so a coerced root can be replaced.
  return Object.assign(wrapped, { schema: validate.schema, schemaEnv: validate.schemaEnv });
}
