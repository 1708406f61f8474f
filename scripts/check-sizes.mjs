#!/usr/bin/env node
/**
 * The house's size marks (STYLE.md): no source file past 400 lines, no top-level function past 200. Lists what is
 * past them; with `--budget` it fails when more files or functions are past them than the budget below allows (the
 * budget only ever goes down). Generated files, i18n dictionaries, migrations, tests, journeys and benches aside.
 *
 *   node scripts/check-sizes.mjs            # list
 *   node scripts/check-sizes.mjs --budget   # fail over the budget (run by `npm test`'s architecture stage)
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { walk } from './check-modules.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const FILE_LINES = 400;
const FUNCTION_LINES = 200;
/** How many files and top-level functions may still be past the marks. */
const BUDGET = { files: 0, functions: 0 };

const SKIP =
  /(\.test\.tsx?|\.d\.ts|schema\.gen\.ts)$|\/(e2e|bench|migrations|i18n|locales|test|node_modules|dist)\//;

/** The top-level functions of a file (declarations, and constants given an arrow or function expression). */
function topLevelFunctions(file, text) {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lines = (node) =>
    source.getLineAndCharacterOfPosition(node.getEnd()).line -
    source.getLineAndCharacterOfPosition(node.getStart(source)).line +
    1;
  const found = [];
  for (const statement of source.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.body)
      found.push({ name: statement.name?.text ?? 'default', lines: lines(statement) });
    else if (ts.isVariableStatement(statement))
      for (const d of statement.declarationList.declarations) {
        const init = d.initializer;
        if (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)))
          found.push({ name: d.name.getText(source), lines: lines(d) });
      }
  }
  return found;
}

const files = [];
const functions = [];
for (const root of ['packages/server/src', 'packages/web/src']) {
  for (const path of walk(join(ROOT, root)).filter((p) => !SKIP.test(p))) {
    const text = readFileSync(path, 'utf8');
    const rel = relative(ROOT, path);
    const count = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    if (count > FILE_LINES) files.push({ rel, count });
    for (const f of topLevelFunctions(path, text))
      if (f.lines > FUNCTION_LINES) functions.push({ rel, name: f.name, count: f.lines });
  }
}
files.sort((a, b) => b.count - a.count);
functions.sort((a, b) => b.count - a.count);

for (const f of files) console.log(`file      ${String(f.count).padStart(5)}  ${f.rel}`);
for (const f of functions) console.log(`function  ${String(f.count).padStart(5)}  ${f.rel} ${f.name}`);
console.log(
  `${files.length} files past ${FILE_LINES} lines (budget ${BUDGET.files}), ` +
    `${functions.length} top-level functions past ${FUNCTION_LINES} lines (budget ${BUDGET.functions})`,
);
if (
  process.argv.includes('--budget') &&
  (files.length > BUDGET.files || functions.length > BUDGET.functions)
) {
  console.error(
    'Over the size budget: split by use case (docs/recipes.md), or lower nothing but the budget.',
  );
  process.exit(1);
}
