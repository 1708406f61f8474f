#!/usr/bin/env node
/**
 * Architecture check for packages/server/src:
 *  1. A file outside `modules/<m>/` may import module m only through `modules/<m>/index.ts`.
 *  2. A file inside module A may import module B only through B's index.ts.
 *     Likewise inside a module: a file may import a file of another of the module's folders
 *     (`modules/<m>/<f>/…`) only through `modules/<m>/<f>/index.ts`; the files at the module's root are open
 *     to its folders (ADR 28).
 *  3. No import cycles between modules (type imports included: they are dependencies too).
 *  4. No import cycles between files (type-only imports excluded: they vanish at run time).
 * 4b. No import cycles between the files of one module, type imports included: a reader follows a module from its
 *     index down to its repository, so types both sides share live in a file both import (`<module>.types.ts`).
 *  5. Inside `modules/`, only the HTTP edge (`index.ts`, `*.routes.ts`, `*.schemas.ts`) and tests may import
 *     `http/` (type imports included): services, repositories and jobs take an Actor from `access/`.
 *  6. In every module and the demo (REPOSITORY_ONLY_SQL), only `*.repository.ts` files (and tests, scope cases) run SQL: no other file
 *     there calls `.query(` or `.query<`.
 *  7. The module map of docs/ARCHITECTURE.md (a row `| \`<m>\` | owns | depends on |` per module) is as
 *     `npm run gen:modules` writes it (ADR 92): "owns" is the manifest's `description`, "depends on" exactly the
 *     modules that module's non-test files import (type imports included), with its manifest's `dependencyNotes`
 *     in parentheses, `—` for none.
 *  8. A module's tables are those its migrations create (the .sql files in `modules/<m>/` and its folders). SQL in a module's
 *     non-test files names only its own tables, `orgs` in read-only joins, and the exceptions of SHARED_TABLES,
 *     each with its reason; it never writes another module's table. Reach another module's data through its index.
 *  9. No test of the server (`*.test.ts` under packages/server), no module's route-table cases (`*.scope-cases.ts`)
 *     or statistics "as of" properties (`*.stats-as-of.ts`)
 *     and no file of its test/ folder (the helpers) reads the wall clock: no `Date.now()`, `new Date()` without an argument or
 *     `todayInChina()` without one. The code under test is given a clock or a day (packages/server/test/clock.ts).
 *     The exceptions are CLOCK_EXCEPTIONS, each with its reason. Nor does one mock a module, stub a global or the
 *     environment, or assign to process.env: in the PGlite pass the test files of a worker share one module graph
 *     (scripts/test.mjs, `--no-isolate`).
 * 11. The server's code (its non-test files under src/) reads the system's clock only where CODE_CLOCK_EXCEPTIONS
 *     says why: no `Date.now()`, `new Date()` without an argument, `todayInChina()` without one, `systemClock()`
 *     or `systemClock` as a default (`= systemClock`, `?? systemClock`). Everything else is given its clock, moment
 *     or day (ADR 71), so a test sets the time its code sees.
 * 13. A module's vocabulary (`modules/<m>/<m>.vocabulary.ts`: its permissions, audit words, statistics areas, ADR 92)
 *     is words only: it imports nothing but `vocabulary.ts`, so any file may import it (rules 1 and 2 let it, as they
 *     let an index), the web included; `vocabulary.gen.ts` lists them (rule 12).
 * 12. Every folder of modules/ is in modules.gen.ts, as `node scripts/gen-modules.mjs` writes it, and its index.ts
 *     exports its manifest (`export const manifest = defineModule({ name: '<folder>', … })`, ADR 89): a module
 *     is found, never listed by hand (checkModuleList in scripts/gen-modules.mjs).
 * And for packages/web/src (checkWebPages):
 *  10. A file of a page folder (`pages/<f>/`, subfolders included) imports no file of another page folder: what
 *     several folders use lives in `components/` (the kit), which imports no page. The exceptions are listed in
 *     WEB_SHARED (a file other folders may import, which folders, and why) and WEB_MOUNTS (a file that may import
 *     other folders' pages, and why); an exception no longer used is a problem too.
 *  14. A choice list is written once, on the server (ADR 144): no web file declares a list of 3 or more strings
 *     (`const X = ['a', 'b', 'c']`) holding the same values, in any order, as a list of the server's code (a
 *     constant, a `new Set([…])` or a schema's `StrEnum([…])`); the web imports the server's from its module's
 *     `<m>.vocabulary.ts` instead (moving it there first), and a page that shows part of it filters it. The
 *     exceptions are WEB_LIST_EXCEPTIONS, each with its reason; an exception no longer needed is a problem too.
 * Imports are read with regular expressions: static `import`/`export … from`, side-effect imports
 * and `import('…')` with a literal specifier. Only relative specifiers are followed.
 *
 * Usage: node scripts/check-modules.mjs [srcDir]   (exit code 1 and a list of problems on failure; rule 7 runs
 * only on the project's own packages/server/src, and rules 9 and 10 (the server's tests, packages/web/src), when no srcDir is given)
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkModuleList,
  listedModules,
  MAP_END,
  MAP_START,
  manifestWords,
  renderModuleMap,
} from './gen-modules.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Every file below dir. */
function walkAll(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walkAll(full, out);
    else out.push(full);
  }
  return out;
}

/** Every .ts/.tsx file below dir (declaration files aside). */
export function walk(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

const STATIC_RE = /^[ \t]*(import|export)(\s+type)?\s*(?:([\w*{}\s,$]+?)\s+from\s*)?['"]([^'"\n]+)['"]/gm;
const DYNAMIC_RE = /\bimport\(\s*['"]([^'"\n]+)['"]\s*\)/g;

/** The imports of one source text: [{ spec, typeOnly, line }]. */
export function parseImports(text) {
  const found = [];
  const lineOf = (index) => text.slice(0, index).split('\n').length;
  for (const m of text.matchAll(STATIC_RE)) {
    const [, , typeKw, clause, spec] = m;
    // `export { a } from` has a clause; `export const x = 'y'` never reaches here (no `from`).
    let typeOnly = Boolean(typeKw);
    if (!typeOnly && clause && /^\{[\s\S]*\}$/.test(clause.trim())) {
      const names = clause
        .trim()
        .slice(1, -1)
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      typeOnly = names.length > 0 && names.every((n) => n.startsWith('type '));
    }
    found.push({ spec, typeOnly, line: lineOf(m.index) });
  }
  for (const m of text.matchAll(DYNAMIC_RE))
    found.push({ spec: m[1], typeOnly: false, line: lineOf(m.index) });
  return found;
}

function resolveSpec(fromFile, spec) {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(fromFile), spec);
  const candidates = [
    base,
    base.replace(/\.js$/, '.ts'),
    base.replace(/\.js$/, '.tsx'),
    `${base}.ts`,
    `${base}.tsx`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ];
  for (const c of candidates) if (existsSync(c) && statSync(c).isFile()) return c;
  return undefined; // relative import of something that does not exist
}

/** 'org' for modules/org/x.ts, null outside modules/. */
function moduleOf(rel) {
  const parts = rel.split('/');
  return parts[0] === 'modules' && parts.length > 2 ? parts[1] : null;
}

/** 'rules' for modules/programs/rules/x.ts, '' for a file at a module's root, null outside modules/. */
function folderOf(rel) {
  const parts = rel.split('/');
  if (parts[0] !== 'modules' || parts.length < 3) return null;
  return parts.length > 3 ? parts[2] : '';
}

/** Files of a module that may import http/: its index (route registration), routes, schemas and tests. */
const HTTP_EDGE_RE = /(^|\/)(index|[\w.-]+\.(routes|schemas|test))\.tsx?$/;

/**
 * Folders (below src/, with their subfolders) whose SQL lives only in `*.repository.ts` files: every module and the
 * demo (`.query(`, or db/insert.ts's `insertRow(` and `insertRowUnlessTaken(`). Outside them run only the database
 * driver and migrations (`db/`), the health check (`http/app.ts`) and the backup's check of an empty database
 * (`cli/backup.ts`).
 */
const REPOSITORY_ONLY_SQL = ['demo/', 'modules/'];
const RUNS_SQL_RE = /\.query\s*[(<]|\binsertRow(?:UnlessTaken)?\s*[(<]/g;
const MAY_RUN_SQL_RE = /\.(repository|test|scope-cases|stats-as-of)\.tsx?$/;
/**
 * Test-side files inside a module: its tests, its route-table cases (`*.scope-cases.ts`, ADR 92) and its statistics
 * "as of" properties (`*.stats-as-of.ts`, test/stats-as-of.kit.ts).
 */
const TEST_FILE_RE = /\.(test|scope-cases|stats-as-of)\.tsx?$/;
/** Files of words only (a module's vocabulary, the audit log's field and value words): text, never SQL. */
const WORDS_FILE_RE = /[.-](vocabulary|words)(\.more)?\.ts$/;

/**
 * Tables a module may name although another module owns them, read-only, and why (rule 8). Everything else is
 * reached through the owning module's index.
 */
const SHARED_TABLES = {
  orgs: { why: 'the union tree: every register is scoped by a union path' },
  persons: {
    why: "people's member register: lists name the person in the same statement instead of a second round trip",
  },
  memberships: {
    why: "people's memberships: a member's union decides the scope of every register about them, in one statement",
  },
  users: { why: "auth's accounts: a list names who entered, judged or handled a row in the same statement" },
  role_assignments: { why: "auth's roles: who can take a step is found with the step's own rows" },
};

/**
 * A module's writes (and reads) of another module's table that are allowed, `from:table`, and why (rule 8).
 */
const ALLOWED_CROSSINGS = {
  'programs:records': {
    why: "the rules engine compiles a program's rule to one statement over the records register (ADR 12)",
  },
  'people:import_staging': {
    why: "the member import merges the rows the jobs runner staged for it, set-based, in the import's transaction",
  },
};

const TABLE_REF_RE = /\b(from|join|into|update|delete\s+from|truncate(?:\s+table)?)\s+([a-z_][a-z0-9_]*)\b/gi;
/**
 * A row written with db/insert.ts's `insertRow(sql, 'table', …)` or `insertRowUnlessTaken(sql, 'table', …)`: a write
 * of that table, as `into` is.
 */
const INSERT_ROW_RE = /\binsertRow(?:UnlessTaken)?\(\s*\w+,\s*'([a-z_][a-z0-9_]*)'/g;
const WRITE_WORDS = new Set(['into', 'update', 'delete from', 'truncate', 'truncate table']);

/** The tables each module's migrations create: Map table → module. */
function tableOwners(files, rel) {
  const owners = new Map();
  for (const file of files) {
    const from = rel(file);
    const m = moduleOf(from);
    if (!m || !from.includes('/migrations/')) continue;
    const text = readFileSync(file, 'utf8');
    for (const x of text.matchAll(
      /create\s+(?:unlogged\s+)?table\s+(?:if\s+not\s+exists\s+)?([a-z_][a-z0-9_]*)/gi,
    )) {
      owners.set(x[1].toLowerCase(), m);
    }
  }
  return owners;
}

/** The text of a source file without its comments (strings kept), so prose about tables is not read as SQL. */
function withoutComments(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`\\])\/\/[^\n]*/g, '$1');
}

const VOCABULARY_RE = /^(modules\/([\w-]+)\/\2|access\/access)\.vocabulary\.ts$/;

/** Rule 13: a vocabulary imports nothing but vocabulary.ts (words only, read by the web too). */
function checkVocabularyImports(from, text) {
  const allowed = from.startsWith('access/') ? '../vocabulary.ts' : '../../vocabulary.ts';
  return parseImports(text)
    .filter((imp) => imp.spec !== allowed)
    .map(
      (imp) =>
        `${from}:${imp.line} imports '${imp.spec}'; a vocabulary imports only ${allowed} (words only, ADR 92)`,
    );
}

/** A common table expression's name where it is declared: `with name as (`, `, name as materialized (`. */
const CTE_RE =
  /(?:\bwith(?:\s+recursive)?|,)\s*([a-z_][a-z0-9_]*)\s+as\s+(?:(?:not\s+)?materialized\s+)?\(/gi;

/** Whether the SQL text around `index` (its template literal) declares `name` as a common table expression. */
function isCteAt(code, index, name) {
  const start = code.lastIndexOf('`', index);
  const end = code.indexOf('`', index);
  const statement = code.slice(Math.max(start, 0), end < 0 ? code.length : end);
  return [...statement.matchAll(CTE_RE)].some((m) => m[1].toLowerCase() === name);
}

/** Problems where a module's SQL names another module's table (rule 8); a CTE of the same name is its own. */
function checkTableOwnership(from, text, owners) {
  const problems = [];
  const mine = moduleOf(from);
  if (!mine || TEST_FILE_RE.test(from) || WORDS_FILE_RE.test(from) || from.includes('/migrations/'))
    return problems;
  const code = withoutComments(text);
  const refs = [
    ...[...code.matchAll(TABLE_REF_RE)].map((m) => ({ word: m[1], table: m[2], index: m.index })),
    ...[...code.matchAll(INSERT_ROW_RE)].map((m) => ({ word: 'into', table: m[1], index: m.index })),
  ].sort((a, b) => a.index - b.index);
  for (const m of refs) {
    const word = m.word.toLowerCase().replace(/\s+/g, ' ');
    const table = m.table.toLowerCase();
    const owner = owners.get(table);
    if (!owner || owner === mine) continue;
    if (isCteAt(code, m.index, table)) continue;
    const write = WRITE_WORDS.has(word);
    const crossing = ALLOWED_CROSSINGS[`${mine}:${table}`];
    if (crossing && (!write || crossing.write)) continue;
    if (!write && SHARED_TABLES[table]) continue;
    const line = code.slice(0, m.index).split('\n').length;
    problems.push(
      `${from}:${line} ${write ? 'writes' : 'reads'} table ${table}, which module '${owner}' owns; reach it through modules/${owner}/index.ts`,
    );
  }
  return problems;
}

/** Strongly connected components with more than one node (or a self-loop), each as one concrete cycle. */
function findCycles(graph) {
  let index = 0;
  const idx = new Map();
  const low = new Map();
  const onStack = new Set();
  const stack = [];
  const sccs = [];
  const strong = (v) => {
    idx.set(v, index);
    low.set(v, index);
    index++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const comp = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1 || (graph.get(v) ?? new Set()).has(v)) sccs.push(comp);
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) strong(v);
  // Turn each component into one readable cycle: a shortest path from its first node back to itself.
  return sccs.map((comp) => {
    const inComp = new Set(comp);
    const start = [...comp].sort()[0];
    const prev = new Map([[start, null]]);
    const queue = [start];
    while (queue.length) {
      const v = queue.shift();
      for (const w of graph.get(v) ?? []) {
        if (!inComp.has(w)) continue;
        if (w === start) {
          const path = [start];
          for (let x = v; x !== start; x = prev.get(x)) path.splice(1, 0, x);
          return [...path, start];
        }
        if (!prev.has(w)) {
          prev.set(w, v);
          queue.push(w);
        }
      }
    }
    return [...comp, comp[0]];
  });
}

/**
 * The module map's rows: Map of module → { deps: Set, line }. A row is a table line whose first cell is one
 * `name` in backticks and which has three cells; the third cell lists modules separated by commas, with notes in
 * parentheses and `—` for none.
 */
export function parseModuleMap(docText) {
  const rows = new Map();
  const lines = docText.split('\n');
  lines.forEach((text, i) => {
    const m = /^\|\s*`([\w-]+)`\s*\|(.*)\|\s*$/.exec(text);
    if (!m) return;
    const cells = m[2].split('|');
    if (cells.length < 2) return;
    let cell = cells[cells.length - 1];
    while (/\([^()]*\)/.test(cell)) cell = cell.replace(/\([^()]*\)/g, '');
    const deps = new Set(
      cell
        .split(',')
        .map((d) => d.trim())
        .filter((d) => d && d !== '—'),
    );
    rows.set(m[1], { deps, line: i + 1 });
  });
  return rows;
}

/** Problems where the module map's "depends on" column differs from the imports between modules. */
export function checkModuleMap(dependencies, docText, docName = 'docs/ARCHITECTURE.md') {
  const problems = [];
  const rows = parseModuleMap(docText);
  for (const [name, uses] of [...dependencies].sort(([a], [b]) => a.localeCompare(b))) {
    const row = rows.get(name);
    if (!row) {
      problems.push(`${docName}: the module map has no row for module '${name}'`);
      continue;
    }
    const missing = [...uses].filter((d) => !row.deps.has(d)).sort();
    const extra = [...row.deps].filter((d) => !uses.has(d)).sort();
    const parts = [];
    if (missing.length) parts.push(`imports ${missing.join(', ')} but the row does not list it`);
    if (extra.length) parts.push(`lists ${extra.join(', ')} but does not import it`);
    if (parts.length) {
      problems.push(
        `${docName}:${row.line} the row of '${name}' is wrong in "depends on": ${name} ${parts.join('; ')}`,
      );
    }
  }
  for (const [name, row] of rows) {
    if (!dependencies.has(name)) {
      problems.push(`${docName}:${row.line} the module map has a row for '${name}', which is no module`);
    }
  }
  return problems;
}

/**
 * Test files and helpers (paths from packages/server) that may read the wall clock, each with its reason: only time
 * that decides nothing the test asserts.
 */
export const CLOCK_EXCEPTIONS = {
  'test/runtime.test.ts': "a deadline for the started server's first answer (start-up timeout)",
  'test/demo-snapshot.process.test.ts': "a deadline for the started server's first answer (start-up timeout)",
  'test/demo-db.ts': 'the day the demo is loaded on, which its dates count from and tests read as demoDay()',
  'test/test-db.ts': "a deadline for another file's making of the run's shared migrated or demo copy",
  'test/global-setup.ts': "a name for the run's databases and files, unique across runs",
};

/**
 * Files of the server's code (paths from packages/server) that may read the system's clock, each with its reason:
 * the composition root and the infrastructure's own timings. Nothing here decides a domain question by the day.
 */
export const CODE_CLOCK_EXCEPTIONS = {
  'src/shared/clock.ts': 'defines the system clock',
  'src/main.ts': "the process's entry: hands the system clock to the services and dates the demo it loads",
  'src/services.ts': 'the composition root: the system clock unless the caller gives one',
  'src/cli/audit.ts':
    "today, which the retention of an operator's `audit archive` counts back from (a test gives its own)",
  'src/cli/backup.ts': 'the name of the copy set aside before a restore',
  'src/cli/context.ts': 'the moment an SM4 key made current at start (GONGHUI_CRYPTO=sm) is dated',
  'src/cli/members.ts': "the elapsed time an operator's command prints",
  'src/cli/progress.ts': "the pace of an operator's progress line",
  'src/modules/auth/auth.service.ts': 'the system clock for the account rules unless the caller gives one',
  'src/modules/auth/auth.session-lookup.ts':
    'how long a session read from the database is trusted in memory (milliseconds)',
  'src/modules/jobs/jobs.service.ts': "a background job's progress stamps and their throttle",
  'src/modules/programs/applications/intake.ts': 'part of a unique key for one submission',
};

const CODE_CLOCK_RE =
  /\bDate\.now\(\s*\)|\bnew Date\(\s*\)|\btodayInChina\(\s*\)|\bsystemClock\(\s*\)|(?:=|\?\?)\s*systemClock\b/g;

/**
 * Rule 11: the places where the server's code under `serverDir`/src reads the system's clock outside `exceptions`,
 * and exceptions that no longer read it.
 */
export function checkCodeClocks(serverDir, exceptions = CODE_CLOCK_EXCEPTIONS) {
  const problems = [];
  const used = new Set();
  const files = walk(join(serverDir, 'src')).filter(
    (f) => /\.tsx?$/.test(f) && !/\.test-kit\.tsx?$/.test(f) && !TEST_FILE_RE.test(f),
  );
  for (const file of files) {
    const from = relative(serverDir, file).split(sep).join('/');
    const text = withoutComments(readFileSync(file, 'utf8'));
    for (const m of text.matchAll(CODE_CLOCK_RE)) {
      if (Object.hasOwn(exceptions, from)) {
        used.add(from);
        continue;
      }
      const line = text.slice(0, m.index).split('\n').length;
      problems.push(
        `${from}:${line} reads the system clock (${m[0].trim()}); take a clock, a moment or a day from the caller (ADR 71)`,
      );
    }
  }
  for (const from of Object.keys(exceptions)) {
    if (!used.has(from))
      problems.push(`${from} is a code clock exception but reads no system clock: take it off the list`);
  }
  return problems;
}

const WALL_CLOCK_RE = /\bDate\.now\(\s*\)|\bnew Date\(\s*\)|\btodayInChina\(\s*\)/g;
const SHARED_STATE_RE =
  /\bvi\.(?:mock|doMock|stubEnv|stubGlobal)\(|\bprocess\.env(?:\.\w+|\[[^\]]+\])\s*(?:=(?!=)|\?\?=)|\bdelete process\.env\b/g;

/**
 * Rule 9: the places where a test under `serverDir` (a `*.test.ts` of its src/ and test/ folders, and any file of
 * test/: helpers and scope cases) reads the wall clock, and exceptions that no longer read it (so the list stays
 * true).
 */
export function checkTestClocks(serverDir, exceptions = CLOCK_EXCEPTIONS) {
  const problems = [];
  const used = new Set();
  const tests = ['src', 'test']
    .map((d) => join(serverDir, d))
    .filter((d) => existsSync(d))
    .flatMap((d) => walk(d))
    .filter((f) => TEST_FILE_RE.test(f) || relative(serverDir, f).split(sep)[0] === 'test');
  for (const file of tests) {
    const from = relative(serverDir, file).split(sep).join('/');
    const text = withoutComments(readFileSync(file, 'utf8'));
    for (const m of text.matchAll(WALL_CLOCK_RE)) {
      if (Object.hasOwn(exceptions, from)) {
        used.add(from);
        continue;
      }
      const line = text.slice(0, m.index).split('\n').length;
      problems.push(
        `${from}:${line} reads the wall clock (${m[0]}); give the code under test a clock or a day (test/clock.ts)`,
      );
    }
  }
  for (const file of tests) {
    const from = relative(serverDir, file).split(sep).join('/');
    const text = withoutComments(readFileSync(file, 'utf8'));
    for (const m of text.matchAll(SHARED_STATE_RE)) {
      const line = text.slice(0, m.index).split('\n').length;
      problems.push(
        `${from}:${line} changes what other test files share (${m[0].trim()}): the files of a worker share one module graph; pass the value to the code under test`,
      );
    }
  }
  for (const from of Object.keys(exceptions)) {
    if (!used.has(from))
      problems.push(`${from} is a clock exception but reads no wall clock: take it off the list`);
  }
  return problems;
}

/**
 * options.architectureDoc: the path of the architecture page whose module map is checked (rule 7); without it
 * the rule is skipped.
 */
export function checkModules(srcDir, options = {}) {
  const problems = [];
  const runtimeGraph = new Map();
  const files = walk(srcDir);
  const rel = (f) => relative(srcDir, f).split(sep).join('/');
  const moduleGraph = new Map();
  const fileGraph = new Map();
  const moduleFileGraph = new Map();
  const moduleEdgeWhere = new Map();
  const owners = tableOwners(
    walkAll(srcDir).filter((f) => f.endsWith('.sql')),
    rel,
  );

  for (const file of files) {
    const from = rel(file);
    const fromModule = moduleOf(from);
    if (fromModule && !moduleGraph.has(fromModule)) moduleGraph.set(fromModule, new Set());
    if (fromModule && !runtimeGraph.has(fromModule)) runtimeGraph.set(fromModule, new Set());
    const isTest = TEST_FILE_RE.test(from);
    // the route table's cases reach the demo through any module's index: no dependency of the module's own
    const isScopeCases = from.endsWith('.scope-cases.ts');
    fileGraph.set(from, new Set());
    if (fromModule) moduleFileGraph.set(from, new Set());
    const text = readFileSync(file, 'utf8');
    if (REPOSITORY_ONLY_SQL.some((dir) => from.startsWith(dir)) && !MAY_RUN_SQL_RE.test(from)) {
      for (const m of text.matchAll(RUNS_SQL_RE)) {
        const line = text.slice(0, m.index).split('\n').length;
        problems.push(
          `${from}:${line} runs SQL; in this folder only *.repository.ts files may (move it there)`,
        );
      }
    }
    problems.push(...checkTableOwnership(from, text, owners));
    if (VOCABULARY_RE.test(from)) problems.push(...checkVocabularyImports(from, text));
    for (const imp of parseImports(text)) {
      const target = resolveSpec(file, imp.spec);
      if (target === null) continue;
      if (target === undefined) {
        problems.push(`${from}:${imp.line} imports '${imp.spec}', which does not exist`);
        continue;
      }
      if (!target.startsWith(srcDir + sep)) continue;
      const to = rel(target);
      const toModule = moduleOf(to);
      if (!imp.typeOnly) fileGraph.get(from).add(to);
      if (fromModule && toModule === fromModule) moduleFileGraph.get(from).add(to);
      if (fromModule && to.startsWith('http/') && !HTTP_EDGE_RE.test(from)) {
        problems.push(
          `${from}:${imp.line} imports ${to}; inside modules/ only index.ts, *.routes.ts, *.schemas.ts and tests may import http/`,
        );
      }
      const toFolder = folderOf(to);
      if (toModule && toModule === fromModule && toFolder && toFolder !== folderOf(from)) {
        const surface = `modules/${toModule}/${toFolder}/index.ts`;
        if (to !== surface) {
          problems.push(
            `${from}:${imp.line} imports ${to}; outside folder '${toModule}/${toFolder}' import only ${surface}`,
          );
        }
      }
      if (toModule && toModule !== fromModule) {
        if (to !== `modules/${toModule}/index.ts` && to !== `modules/${toModule}/${toModule}.vocabulary.ts`) {
          problems.push(
            `${from}:${imp.line} imports ${to}; outside module '${toModule}' import only modules/${toModule}/index.ts`,
          );
        }
        if (fromModule && !isScopeCases) {
          moduleGraph.get(fromModule).add(toModule);
          if (!isTest) runtimeGraph.get(fromModule).add(toModule);
          const key = `${fromModule}->${toModule}`;
          if (!moduleEdgeWhere.has(key)) moduleEdgeWhere.set(key, `${from}:${imp.line}`);
        }
      }
    }
  }

  for (const cycle of findCycles(moduleGraph)) {
    const edges = cycle
      .slice(0, -1)
      .map((m, i) => `    ${m} -> ${cycle[i + 1]}  (${moduleEdgeWhere.get(`${m}->${cycle[i + 1]}`)})`);
    problems.push(`import cycle between modules: ${cycle.join(' -> ')}\n${edges.join('\n')}`);
  }
  for (const cycle of findCycles(fileGraph)) {
    problems.push(`import cycle between files: ${cycle.join(' -> ')}`);
  }
  const runtimeCycles = new Set(findCycles(fileGraph).map((c) => c.join(' -> ')));
  for (const cycle of findCycles(moduleFileGraph)) {
    if (runtimeCycles.has(cycle.join(' -> '))) continue;
    problems.push(
      `import cycle inside module '${moduleOf(cycle[0])}' (type imports included): ${cycle.join(' -> ')}; move what both sides share to a file both import`,
    );
  }
  if (options.architectureDoc) {
    const docName = relative(root, options.architectureDoc).split(sep).join('/');
    const doc = readFileSync(options.architectureDoc, 'utf8');
    const listed = listedModules(readFileSync(join(srcDir, 'modules.gen.ts'), 'utf8'));
    const words = manifestWords(listed, join(srcDir, 'modules'));
    for (const [m, { description, notes }] of words) {
      if (!description)
        problems.push(`modules/${m}/index.ts: its manifest has no \`description\` (the module map's row)`);
      for (const d of Object.keys(notes).filter((d) => !runtimeGraph.get(m)?.has(d)))
        problems.push(
          `modules/${m}/index.ts: its manifest's dependencyNotes name '${d}', which it does not import`,
        );
    }
    const start = doc.indexOf(MAP_START);
    const end = doc.indexOf(MAP_END);
    const map = renderModuleMap(listed, words, runtimeGraph);
    if (start < 0 || end < start) problems.push(`${docName}: the module map's markers are missing`);
    else if (doc.slice(start, end + MAP_END.length) !== map) {
      problems.push(
        `${docName}: the module map is not as \`npm run gen:modules\` writes it from the manifests: run it`,
      );
      problems.push(...checkModuleMap(runtimeGraph, doc, docName));
    }
  }
  return { files: files.length, modules: moduleGraph.size, problems, graph: runtimeGraph };
}

/**
 * Files of a page folder that other page folders import although they are not kit (rule 10): the folders that may,
 * and why. A piece several folders use belongs in components/; an API helper that wraps one folder's endpoints stays
 * with that folder.
 */
export const WEB_SHARED = {
  'pages/programs/programs-api.ts': {
    from: ['dashboard', 'donations', 'ledger', 'review', 'worker-programs'],
    why: "programs' endpoints: the dashboard, funds, ledger, review and worker pages read the programs they concern",
  },
  'pages/programs/applications-api.ts': {
    from: ['review'],
    why: "applications' endpoints (a part of the programs API): the review pages decide applications",
  },
  'pages/programs/rule-vocabulary.ts': {
    from: ['activities', 'audit', 'review', 'selections'],
    why: 'the rule language of the rules engine: activities and selections write rules, audit and review show them',
  },
  'pages/programs/RuleVocabulary.tsx': {
    from: ['activities', 'audit'],
    why: 'the rule language of the rules engine, drawn: activities and the audit trail show a rule',
  },
  'pages/programs/RuleBuilder.tsx': {
    from: ['activities', 'selections'],
    why: "the rules engine's editor: an activity's and a selection's eligibility are rules of the same language",
  },
  'pages/programs/period-label.ts': {
    from: ['worker-programs'],
    why: "a program's period in the reader's language: the worker's programs say it as the staff's list does",
  },
  'pages/accounts/PasswordChangeForm.tsx': {
    from: ['worker'],
    why: "one's own password change: 我的 → 修改密码 on the phone is /account's form, API and rules",
  },
  'pages/programs/rule-describe.ts': {
    from: ['worker-programs'],
    why: "the rules engine's plain-words rule: the worker reads who may apply",
  },
  'pages/review/ApplicationParts.tsx': {
    from: ['worker-programs'],
    why: 'an application as the reviewer sees it: the worker sees their own the same way',
  },
  'pages/review/Explanation.tsx': {
    from: ['worker-programs'],
    why: "the rules engine's decision explained: the worker sees why, as the reviewer does",
  },
  'pages/review/useProgramOptions.ts': {
    from: ['ledger'],
    why: 'the programs a clerk may pick, as the review queue offers them: the ledger filters by the same',
  },
  'pages/ledger/ReconciliationPanel.tsx': {
    from: ['programs'],
    why: "a program's reconciliation against the ledger, shown on the program's own page",
  },
  'pages/import/register-lists.ts': {
    from: ['golive'],
    why: "the list page of each register: the go-live checklist's register steps lead there",
  },
  'pages/activities/activities-api.ts': {
    from: ['card'],
    why: "activities' endpoints: the member-card scan checks people in to an activity",
  },
  'pages/care/care-api.ts': {
    from: ['donations'],
    why: "care's endpoints: a donation in kind may go to a care campaign, picked from care's list",
  },
  'pages/congresses/FromProposal.tsx': {
    from: ['pledges'],
    why: 'the congress proposal a pledge came from, asked of the congresses API (pledges knows nothing of congresses)',
  },
  'pages/innovation/mentoring/mentoring-api.ts': {
    from: ['worker-innovation'],
    why: "mentoring's endpoints: the worker's mentoring page is their view of the same pairs",
  },
  'pages/onboarding/onboarding-api.ts': {
    from: ['memberrequests'],
    why: "onboarding's endpoints: a member's requests page finds a union and checks a phone as joining does",
  },
  'pages/onboarding/UnionSearch.tsx': {
    from: ['memberrequests'],
    why: "the search for a union by its name and the union picked: a member's transfer request asks it as joining does",
  },
  'pages/members/AttributeTags.tsx': {
    from: ['worker'],
    why: "a member's attributes as the register shows them: the worker's profile shows their own",
  },
  'pages/members/MemberDialogs.tsx': {
    from: ['worker'],
    why: "the register's phone rule: the worker's profile checks a phone the same way",
  },
  'pages/auth/SmsCodeForm.tsx': {
    from: ['worker'],
    why: "the sign-in forms (password and SMS code): the worker's portal signs in with the same ones",
  },
  'pages/auth/SignInParts.tsx': {
    from: ['worker'],
    why: "where a sign-in lands (the page asked for, else the home): the worker's sign-in page lands as the staff's does",
  },
  'pages/messages/message-counts.ts': {
    from: ['worker-programs'],
    why: "the unread messages count: the worker's tab bar shows it as the staff header does",
  },
  'pages/worker/worker-services.tsx': {
    from: ['worker-programs'],
    why: "the worker's services: the worker's tab bar links them",
  },
};

/** Files that import other page folders' pages (rule 10), and why: route tables mounting an area's pages. */
export const WEB_MOUNTS = {
  'pages/programs/routes.tsx': {
    why: "the programs area's routes mount its dashboard, review, ledger and worker pages, which have folders of their own",
  },
  'pages/innovation/routes.tsx': {
    why: "the innovation area's routes mount the worker's mentoring page",
  },
};

/** 'care' for pages/care/x.tsx and pages/care/sub/y.tsx; null outside a page folder. */
function pageFolderOf(rel) {
  const parts = rel.split('/');
  return parts[0] === 'pages' && parts.length > 2 ? parts[1] : null;
}

/**
 * Rule 9 on the web app's sources: pages reach other page folders only through components/, save the listed
 * exceptions; components/ imports no page.
 */
export function checkWebPages(srcDir, { shared = WEB_SHARED, mounts = WEB_MOUNTS } = {}) {
  const problems = [];
  const files = walk(srcDir);
  const rel = (f) => relative(srcDir, f).split(sep).join('/');
  const used = new Set();
  for (const file of files) {
    const from = rel(file);
    const fromFolder = pageFolderOf(from);
    const fromKit = from.startsWith('components/');
    if (!fromFolder && !fromKit) continue;
    for (const imp of parseImports(readFileSync(file, 'utf8'))) {
      const target = resolveSpec(file, imp.spec);
      if (!target?.startsWith(srcDir + sep)) continue;
      const to = rel(target);
      const toFolder = pageFolderOf(to);
      if (!toFolder || toFolder === fromFolder) continue;
      if (fromKit) {
        problems.push(`${from}:${imp.line} imports ${to}; components/ is the kit and imports no page`);
        continue;
      }
      if (mounts[from]) {
        used.add(`mount ${from}`);
        continue;
      }
      if (shared[to]?.from.includes(fromFolder)) {
        used.add(`${to} ${fromFolder}`);
        continue;
      }
      problems.push(
        `${from}:${imp.line} imports ${to}, a file of page folder '${toFolder}'; move what both use to components/ (or list it in WEB_SHARED, with the reason)`,
      );
    }
  }
  for (const [to, { from }] of Object.entries(shared)) {
    for (const folder of from) {
      if (!used.has(`${to} ${folder}`)) {
        problems.push(`WEB_SHARED lets '${folder}' import ${to}, which it does not: remove the exception`);
      }
    }
  }
  for (const from of Object.keys(mounts)) {
    if (!used.has(`mount ${from}`)) {
      problems.push(`WEB_MOUNTS lists ${from}, which imports no other page folder: remove the exception`);
    }
  }
  return { files: files.length, problems };
}

/** Web lists (`path:NAME` from packages/web/src) that may repeat a server list's values, and why (rule 14). */
export const WEB_LIST_EXCEPTIONS = {};

const WEB_LIST_RE = /\bconst\s+([\w$]+)\s*(?::[^=;]+)?=\s*\[([^\]]*)\]/g;
const SERVER_LIST_RE =
  /\bconst\s+([\w$]+)\s*(?::[^=;]+)?=\s*(?:new Set(?:<[^>]*>)?\(\s*)?\[([^\]]*)\]|\bStrEnum\(\s*\[([^\]]*)\]/g;

/** The values of a list's body when it is 3 or more quoted strings, else null. */
function stringValues(body) {
  const items = body
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length < 3 || !items.every((s) => /^'[^'\n]*'$|^"[^"\n]*"$/.test(s))) return null;
  return items.map((s) => s.slice(1, -1));
}

/** The string lists of the files below dir: [{ where: '<label>/file:line NAME', id: 'file:NAME', key }] (key: the set). */
function stringLists(dir, label, re, skip) {
  const found = [];
  for (const file of walk(dir)) {
    const from = relative(dir, file).split(sep).join('/');
    if (skip.test(from)) continue;
    const text = withoutComments(readFileSync(file, 'utf8'));
    for (const m of text.matchAll(re)) {
      const values = stringValues(m[2] ?? m[3]);
      if (!values) continue;
      const line = text.slice(0, m.index).split('\n').length;
      const name = m[1] ?? 'StrEnum';
      found.push({
        where: `${label}/${from}:${line} ${name}`,
        id: `${from}:${name}`,
        key: [...new Set(values)].sort().join('\n'),
      });
    }
  }
  return found;
}

/**
 * Rule 14: the web's lists (below webDir) that repeat the values of a list of the server's code (below serverDir's
 * src/), each named with the server's, and exceptions that no longer repeat one.
 */
export function checkWebLists(webDir, serverDir, exceptions = WEB_LIST_EXCEPTIONS) {
  const problems = [];
  const used = new Set();
  const byKey = new Map();
  const serverSkip = /(^|\/)test\/|\.(test|scope-cases|test-kit|gen)\.tsx?$/;
  for (const s of stringLists(join(serverDir, 'src'), 'packages/server/src', SERVER_LIST_RE, serverSkip))
    byKey.set(s.key, [...(byKey.get(s.key) ?? []), s]);
  for (const w of stringLists(webDir, 'packages/web/src', WEB_LIST_RE, /\.(test|gen)\.tsx?$/)) {
    const same = byKey.get(w.key);
    if (!same) continue;
    if (Object.hasOwn(exceptions, w.id)) {
      used.add(w.id);
      continue;
    }
    const home = same.find((s) => /\.vocabulary\.ts:/.test(s.where));
    const hint = home
      ? `import it from ${home.where.split(':')[0]}`
      : "move it to its module's <m>.vocabulary.ts and import it from there";
    problems.push(
      `${w.where} repeats the values of ${same.map((s) => s.where).join(', ')}: a choice list is written once (ADR 144); ${hint}`,
    );
  }
  for (const id of Object.keys(exceptions)) {
    if (!used.has(id))
      problems.push(`WEB_LIST_EXCEPTIONS lists ${id}, which repeats no server list: remove it`);
  }
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === '--graph') {
    // for scripts/gen-modules.mjs, which writes the module map: each module and the modules its non-test files import
    const { graph } = checkModules(join(root, 'packages/server/src'));
    process.stdout.write(JSON.stringify([...graph].map(([m, deps]) => [m, [...deps]])));
    process.exit(0);
  }
  const srcDir = resolve(process.argv[2] ?? join(root, 'packages/server/src'));
  const architectureDoc = process.argv[2] ? undefined : join(root, 'docs/ARCHITECTURE.md');
  const { files, modules, problems } = checkModules(srcDir, { architectureDoc });
  const web = process.argv[2] ? undefined : checkWebPages(join(root, 'packages/web/src'));
  if (web) problems.push(...web.problems, ...checkWebLists(join(root, 'packages/web/src'), dirname(srcDir)));
  // rule 9 reads the server's tests, beside and below src/
  if (!process.argv[2])
    problems.push(
      ...checkTestClocks(dirname(srcDir)),
      ...checkCodeClocks(dirname(srcDir)),
      ...checkModuleList(srcDir),
    );
  if (problems.length) {
    console.error(`Architecture check failed: ${problems.length} problem(s)\n`);
    for (const p of problems) console.error(`  ✗ ${p}`);
    process.exit(1);
  }
  console.log(
    `Architecture check passed: ${files} files, ${modules} modules, no boundary breaks, no cycles${architectureDoc ? ', the module map matches the imports, no test reads the wall clock or changes what the others share, the code reads the system clock only where listed' : ''}.`,
  );
  if (web) {
    console.log(
      `Web check passed: ${web.files} files; pages reach other page folders only through components/ (${Object.keys(WEB_SHARED).length + Object.keys(WEB_MOUNTS).length} listed exceptions); no choice list copies the server's.`,
    );
  }
}
