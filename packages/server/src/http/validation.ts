import { Ajv, type ErrorObject, type Options, type ValidateFunction } from 'ajv';
import { default as addFormats } from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

const COMMON: Options = {
  useDefaults: true,
  removeAdditional: false,
  addUsedSchema: false,
  // allErrors would let one request make the validator do unbounded work.
  allErrors: false,
};

/**
 * Schema validation for every route. Query strings, path params and headers arrive as text, so their values
 * are coerced ('5' → 5, 'true' → true). JSON bodies carry their own types and are checked as sent:
 * `false` is not a name, `"5"` is not an id, and `null` clears a nullable field instead of becoming "".
 */
export function createValidatorCompiler(): FastifySchemaCompiler<unknown> {
  const coercing = new Ajv({ ...COMMON, coerceTypes: 'array' });
  const strict = new Ajv({ ...COMMON, coerceTypes: false });
  addFormats(coercing);
  addFormats(strict);
  return ({ schema, httpPart }) =>
    httpPart === 'body' ? strict.compile(schema as object) : finiteOnly(coercing.compile(schema as object));
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
