/** The command-line options every benchmark reads: `--name N` counts and `--engine postgres|pglite`. */

/** A positive integer option `--name N` of the command line, or `fallback`. */
export function intArg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i > 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v <= 0) throw new Error(`--${name} must be a positive integer`);
  return v;
}

/** The database engine of `--engine`: PostgreSQL unless PGlite is named. */
export function engineArg(): 'postgres' | 'pglite' {
  const i = process.argv.indexOf('--engine');
  const v = i > 0 ? process.argv[i + 1] : 'postgres';
  if (v !== 'postgres' && v !== 'pglite') throw new Error('--engine must be postgres or pglite');
  return v;
}
