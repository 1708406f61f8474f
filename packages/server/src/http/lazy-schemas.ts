import SerializerSelector from '@fastify/fast-json-stringify-compiler';
import type { ValidateFunction } from 'ajv';
import type { FastifySchemaCompiler } from 'fastify';

type SerializerFactory = ReturnType<typeof SerializerSelector>;

/**
 * Route schemas compiled on first use. Fastify compiles every route's validators (Ajv) and response serializers
 * (fast-json-stringify) while the app is built: with every module's routes that was most of a restart's CPU (≈ 7 s
 * of 10, docs/benchmarks.md). A request compiles what its route needs, once; `compileAll` compiles the rest, so a
 * test still finds a schema that does not compile.
 */
export class LazySchemas {
  private readonly pending = new Set<() => unknown>();

  /** Compiles every schema no request has needed yet; returns how many it compiled. */
  compileAll(): number {
    const waiting = [...this.pending];
    for (const compile of waiting) compile();
    return waiting.length;
  }

  /** A thunk that compiles once and is pending until then. */
  private once<T>(compile: () => T): () => T {
    let compiled: T | undefined;
    const get = () => {
      if (compiled === undefined) {
        compiled = compile();
        this.pending.delete(get);
      }
      return compiled;
    };
    this.pending.add(get);
    return get;
  }

  /** Wraps a validator compiler: Fastify gets a function that compiles the validator when first called. */
  validators(compiler: FastifySchemaCompiler<unknown>): FastifySchemaCompiler<unknown> {
    return (route) => {
      const get = this.once(() => compiler(route) as ValidateFunction);
      const validate = ((data: unknown, cxt?: Parameters<ValidateFunction>[1]) => {
        const compiled = get();
        const ok = compiled(data, cxt);
        validate.errors = compiled.errors;
        return ok;
      }) as ValidateFunction;
      // Fastify passes the parent object to Ajv validators (those with a schemaEnv) so a coerced root can be replaced.
      Object.defineProperty(validate, 'schemaEnv', { get: () => get().schemaEnv });
      Object.defineProperty(validate, 'schema', { get: () => get().schema });
      return validate;
    };
  }

  /** Fastify's own response serializers (fast-json-stringify), each built when its status is first answered. */
  serializers(): SerializerFactory {
    const build = SerializerSelector();
    return (externalSchemas, options) => {
      const compiler = build(externalSchemas, options);
      return (route) => {
        const get = this.once(() => compiler(route));
        return (data) => get()(data);
      };
    };
  }
}
