import { Ajv, type Options } from 'ajv';
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
  return ({ schema, httpPart }) => (httpPart === 'body' ? strict : coercing).compile(schema as object);
}
