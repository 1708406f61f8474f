/**
 * Which of the server's test files open a database, for the PostgreSQL pass of `npm test`: a file does when its
 * relative imports reach `test/test-db.ts` or `test/demo-db.ts` (the only ways a test gets a database, by the house's
 * rule), or when a test file or test helper on the way names TEST_DATABASE_URL or opens a database itself. The
 * others — the sheet reader, the rules, the route table's own checks, a server started on its embedded database —
 * give the same answer on either engine and run once, in the PGlite pass.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;
const DATABASE_HELPER = /[/\\]test[/\\](test-db|demo-db)\.ts$/;
const OPENS = /TEST_DATABASE_URL|createTestDb|openPglite\(|openPostgres\(|createServerDb\(/;
const isTestCode = (file) => /[/\\]test[/\\]/.test(file) || /\.(test|kit)\.ts$/.test(file);

function testFiles(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) testFiles(full, out);
    else if (name.endsWith('.test.ts')) out.push(full);
  }
  return out;
}

function resolveImport(from, spec) {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

/** The server's test files (absolute paths) that open a database, and those that do not. */
export function splitByDatabase(root) {
  const imports = new Map();
  const importsOf = (file) => {
    if (!imports.has(file)) {
      const found = [];
      for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const target = resolveImport(file, m[1] ?? m[2]);
        if (target) found.push(target);
      }
      imports.set(file, found);
    }
    return imports.get(file);
  };
  const opensDatabase = (file) => {
    const seen = new Set([file]);
    const stack = [file];
    while (stack.length) {
      const f = stack.pop();
      if (DATABASE_HELPER.test(f)) return true;
      if (isTestCode(f) && OPENS.test(readFileSync(f, 'utf8'))) return true;
      for (const next of importsOf(f))
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
    }
    return false;
  };
  const files = [
    ...testFiles(join(root, 'packages/server/src')),
    ...testFiles(join(root, 'packages/server/test')),
  ].sort();
  const database = [];
  const other = [];
  for (const f of files) (opensDatabase(f) ? database : other).push(f);
  return { database, other };
}
