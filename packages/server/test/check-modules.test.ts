import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkCodeClocks,
  checkModuleMap,
  checkModules,
  checkTestClocks,
  checkWebLists,
  checkWebPages,
  parseImports,
  WEB_SHARED,
} from '../../../scripts/check-modules.mjs';
import { tempTrees } from './temp-tree.ts';

const tree = tempTrees('gonghui-modules-');

describe('the architecture check', () => {
  it('reads static, re-exported, side-effect, multi-line and dynamic imports, but not comments', () => {
    const found = parseImports(
      [
        "import { a } from './a.ts';",
        "import type { B } from './b.ts';",
        "import {\n  type C,\n  type D,\n} from './cd.ts';",
        "export { e } from './e.ts';",
        "import './side.ts';",
        '/**',
        " * import { nope } from './nope.ts';",
        ' */',
        "const x = await import('./lazy.ts');",
        "export const s = 'from';",
      ].join('\n'),
    );
    expect(found.map((i) => [i.spec, i.typeOnly])).toEqual([
      ['./a.ts', false],
      ['./b.ts', true],
      ['./cd.ts', true],
      ['./e.ts', false],
      ['./side.ts', false],
      ['./lazy.ts', false],
    ]);
  });

  it('passes the server as it is', () => {
    const { problems, modules } = checkModules(new URL('../src', import.meta.url).pathname);
    expect(problems).toEqual([]);
    expect(modules).toBeGreaterThanOrEqual(5);
    expect(checkTestClocks(new URL('..', import.meta.url).pathname)).toEqual([]);
    expect(checkCodeClocks(new URL('..', import.meta.url).pathname)).toEqual([]);
  });

  it('names imports past a module’s index, module cycles, file cycles and missing files', () => {
    const root = tree({
      'modules/a/index.ts': "export { x } from './a.service.ts';\n",
      'modules/a/a.service.ts': "import { y } from '../b/b.service.ts';\nexport const x = 1;\n",
      'modules/b/index.ts': "export { y } from './b.service.ts';\n",
      'modules/b/b.service.ts': "import { x } from '../a/index.ts';\nexport const y = 2;\n",
      'http/one.ts': "import { two } from './two.ts';\nimport '../modules/a/a.service.ts';\n",
      'http/two.ts': "export { one } from './one.ts';\nimport('./missing.ts');\n",
      'http/fine.ts': "import type { T } from './typed.ts';\nimport { x } from '../modules/a/index.ts';\n",
      'http/typed.ts': "import type { U } from './fine.ts';\nexport type T = 1;\n",
    });
    const { problems } = checkModules(root);
    expect(problems).toEqual([
      "http/one.ts:2 imports modules/a/a.service.ts; outside module 'a' import only modules/a/index.ts",
      "http/two.ts:2 imports './missing.ts', which does not exist",
      "modules/a/a.service.ts:1 imports modules/b/b.service.ts; outside module 'b' import only modules/b/index.ts",
      'import cycle between modules: a -> b -> a\n    a -> b  (modules/a/a.service.ts:1)\n    b -> a  (modules/b/b.service.ts:1)',
      expect.stringMatching(/^import cycle between files: /),
      'import cycle between files: http/one.ts -> http/two.ts -> http/one.ts',
    ]);
  });

  it('names a circle between the files of one module even when one side imports only types', () => {
    const root = tree({
      'modules/m/index.ts': "export { listPairs } from './m.service.ts';\n",
      'modules/m/m.service.ts':
        "import { findPairs } from './m.repository.ts';\nexport type Kind = 'a';\nexport const listPairs = findPairs;\n",
      'modules/m/m.repository.ts':
        "import type { Kind } from './m.service.ts';\nexport const findPairs = (k: Kind) => k;\n",
      // the same shape with the shared type in a file both import: no circle
      'modules/n/index.ts': "export { listPairs } from './n.service.ts';\n",
      'modules/n/n.types.ts': "export type Kind = 'a';\n",
      'modules/n/n.service.ts':
        "import { findPairs } from './n.repository.ts';\nexport type { Kind } from './n.types.ts';\nexport const listPairs = findPairs;\n",
      'modules/n/n.repository.ts':
        "import type { Kind } from './n.types.ts';\nexport const findPairs = (k: Kind) => k;\n",
      // outside modules/ a type-only circle stays allowed (rule 4)
      'http/a.ts': "import type { B } from './b.ts';\nexport type A = 1;\n",
      'http/b.ts': "import type { A } from './a.ts';\nexport type B = 2;\n",
    });
    expect(checkModules(root).problems).toEqual([
      "import cycle inside module 'm' (type imports included): modules/m/m.repository.ts -> modules/m/m.service.ts -> modules/m/m.repository.ts; move what both sides share to a file both import",
    ]);
  });

  it('inside a module, lets a file reach another folder only through that folder’s index.ts', () => {
    const root = tree({
      'modules/p/index.ts': "export { a } from './area/index.ts';\nexport { k } from './kernel.ts';\n",
      'modules/p/kernel.ts': 'export const k = 1;\n',
      'modules/p/root.service.ts': "import { b } from './area/b.ts';\n",
      'modules/p/area/index.ts': "export { a } from './a.ts';\n",
      'modules/p/area/a.ts':
        "import { k } from '../kernel.ts';\nimport { c } from './deep/c.ts';\nexport const a = 1;\n",
      'modules/p/area/b.ts': 'export const b = 2;\n',
      'modules/p/area/deep/c.ts': 'export const c = 3;\n',
      'modules/p/other/index.ts': "export { o } from './o.ts';\n",
      'modules/p/other/o.ts':
        "import { a } from '../area/index.ts';\nimport type { B } from '../area/b.ts';\nexport const o = a;\n",
    });
    const { problems } = checkModules(root);
    expect(problems).toEqual([
      "modules/p/other/o.ts:2 imports modules/p/area/b.ts; outside folder 'p/area' import only modules/p/area/index.ts",
      "modules/p/root.service.ts:1 imports modules/p/area/b.ts; outside folder 'p/area' import only modules/p/area/index.ts",
    ]);
  });

  it('lets only a module’s HTTP edge and its tests import http/; services take the actor from access/', () => {
    const root = tree({
      'access/access.ts': 'export type Actor = { userId: number };\n',
      'http/types.ts': 'export type App = { ready: true };\n',
      'http/access.ts': "export * from '../access/access.ts';\n",
      'modules/a/index.ts':
        "import type { App } from '../../http/types.ts';\nexport { x } from './a.service.ts';\n",
      'modules/a/a.routes.ts':
        "import type { App } from '../../http/types.ts';\nimport { x } from './a.service.ts';\n",
      'modules/a/a.schemas.ts': "import type { App } from '../../http/types.ts';\n",
      'modules/a/a.api.test.ts': "import type { App } from '../../http/types.ts';\n",
      'modules/a/a.service.ts': "import type { Actor } from '../../access/access.ts';\nexport const x = 1;\n",
      'modules/a/a.repository.ts': "import type { Actor } from '../../http/access.ts';\n",
      'modules/a/a.job.ts':
        "\nimport { x } from './a.service.ts';\nimport type { App } from '../../http/types.ts';\n",
      'modules/a/routes-helper.ts': "import type { App } from '../../http/types.ts';\n",
    });
    const { problems } = checkModules(root);
    expect(problems).toEqual([
      'modules/a/a.job.ts:3 imports http/types.ts; inside modules/ only index.ts, *.routes.ts, *.schemas.ts and tests may import http/',
      'modules/a/a.repository.ts:1 imports http/access.ts; inside modules/ only index.ts, *.routes.ts, *.schemas.ts and tests may import http/',
      'modules/a/routes-helper.ts:1 imports http/types.ts; inside modules/ only index.ts, *.routes.ts, *.schemas.ts and tests may import http/',
    ]);
  });

  it('lets only repositories run SQL in every module and the demo', () => {
    const root = tree({
      'modules/auth/auth.service.ts':
        "import { findUser } from './users.repository.ts';\nconst n = 1;\nawait db.query<{ id: number }>('select 1');\n",
      'modules/auth/users.repository.ts': "export const findUser = (sql) => sql.query('select 1');\n",
      'modules/auth/auth.routes.ts': 'const q = req.query.q;\n',
      'modules/auth/auth.service.test.ts': "await db.query('select 1');\n",
      'modules/programs/claims/claims.query.ts': "await db.query ('select 1');\n",
      'modules/a/a.service.ts': "await db.query('select 1');\n",
      'modules/a/a.write.ts': "const id = await insertRow(sql, 'a_rows', 'name', row);\n",
      'modules/a/a.keep.ts': "const id = await insertRowUnlessTaken(sql, 'a_rows', 'name', row, '(name)');\n",
      'demo/seed.ts': "await db.query('select 1');\n",
      'db/migrate.ts': "await db.query('select 1');\n",
    });
    const { problems } = checkModules(root);
    expect(problems).toEqual([
      'demo/seed.ts:1 runs SQL; in this folder only *.repository.ts files may (move it there)',
      'modules/a/a.keep.ts:1 runs SQL; in this folder only *.repository.ts files may (move it there)',
      'modules/a/a.service.ts:1 runs SQL; in this folder only *.repository.ts files may (move it there)',
      'modules/a/a.write.ts:1 runs SQL; in this folder only *.repository.ts files may (move it there)',
      'modules/auth/auth.service.ts:3 runs SQL; in this folder only *.repository.ts files may (move it there)',
      'modules/programs/claims/claims.query.ts:1 runs SQL; in this folder only *.repository.ts files may (move it there)',
    ]);
  });

  it('lets a module’s SQL name only its own tables (and its statements’ CTEs), orgs and the shared registers read-only, never write another’s', () => {
    const root = tree({
      'modules/people/migrations/001_people.sql':
        'create table persons (id bigint);\ncreate table memberships (id bigint);\n',
      'modules/reporting/migrations/001.sql': 'create table if not exists report_counts (n int);\n',
      'modules/org/migrations/001.sql': 'create table orgs (id bigint);\n',
      'modules/care/migrations/001.sql': 'create table visits (id bigint);\n',
      'modules/care/care.repository.ts': [
        '// a comment about select from report_counts is prose',
        "const a = 'select v.id from visits v join orgs o on o.id = v.org_id join persons p on p.id = v.person_id';",
        'const b = `select n from report_counts`;',
        "const c = 'update memberships set ended_on = $1';",
        "const d = 'insert into visits (id) values (1)';",
        "const e = insertRow(sql, 'visits', 'id', v) + insertRow(sql, 'persons', 'id', p);",
        "const f = insertRowUnlessTaken(sql, 'memberships', 'id', m, '(id)');",
        // a common table expression that happens to bear another module's table name is the statement's own
        'const g = `with x as (select 1), report_counts as (select 2 as n) select n from report_counts`;',
      ].join('\n'),
      'modules/care/care.test.ts': "await db.query('insert into report_counts values (1)');\n",
    });
    const { problems } = checkModules(root);
    expect(problems).toEqual([
      "modules/care/care.repository.ts:3 reads table report_counts, which module 'reporting' owns; reach it through modules/reporting/index.ts",
      "modules/care/care.repository.ts:4 writes table memberships, which module 'people' owns; reach it through modules/people/index.ts",
      "modules/care/care.repository.ts:6 writes table persons, which module 'people' owns; reach it through modules/people/index.ts",
      "modules/care/care.repository.ts:7 writes table memberships, which module 'people' owns; reach it through modules/people/index.ts",
    ]);
  });

  it('names the row of the module map whose "depends on" differs from the imports', () => {
    const doc = [
      '| module | owns | depends on |',
      '|---|---|---|',
      '| `org` | `orgs` | — |',
      '| `people` | `persons` | org, audit (the log) |',
      '| `audit` | `audit_log` | — |',
      '| `gone` | nothing | org |',
    ].join('\n');
    const deps = new Map([
      ['org', new Set(['audit'])],
      ['people', new Set(['org', 'audit'])],
      ['audit', new Set<string>()],
      ['jobs', new Set<string>()],
    ]);
    expect(checkModuleMap(deps, doc, 'ARCH.md')).toEqual([
      "ARCH.md: the module map has no row for module 'jobs'",
      `ARCH.md:3 the row of 'org' is wrong in "depends on": org imports audit but the row does not list it`,
      "ARCH.md:6 the module map has a row for 'gone', which is no module",
    ]);
  });

  it('passes the web app as it is', () => {
    const { problems, files } = checkWebPages(new URL('../../web/src', import.meta.url).pathname);
    expect(problems).toEqual([]);
    expect(files).toBeGreaterThan(100);
  });

  it('finds no web list that copies a server list (ADR 144)', () => {
    const web = new URL('../../web/src', import.meta.url).pathname;
    expect(checkWebLists(web, new URL('..', import.meta.url).pathname)).toEqual([]);
  });

  it('names a web list holding a server list’s values, in any order, and an exception no longer needed', () => {
    const root = tree({
      'server/src/modules/m/m.vocabulary.ts': "export const LEVELS = ['low', 'mid', 'high'] as const;\n",
      'server/src/modules/m/m.schemas.ts': "const Kind = S.StrEnum(['a', 'b', 'c'] as const);\n",
      'server/src/modules/m/m.test.ts': "const ONLY_A_TEST = ['x', 'y', 'z'];\n",
      'web/src/pages/m/m-api.ts': [
        "export const LEVELS: Level[] = ['high', 'mid', 'low'];",
        "const KINDS = ['c', 'b', 'a'] as const;",
        "const SOME = ['low', 'mid'];",
        "const SHOWN = ['low', 'mid', 'high', 'top'];",
        "const TESTED = ['x', 'y', 'z'];",
        "// const OLD = ['low', 'mid', 'high'];",
      ].join('\n'),
    });
    const problems = checkWebLists(join(root, 'web/src'), join(root, 'server'), {
      'pages/m/m-api.ts:KINDS': { why: 'a test' },
      'pages/m/m-api.ts:GONE': { why: 'a test' },
    });
    expect(problems).toEqual([
      'packages/web/src/pages/m/m-api.ts:1 LEVELS repeats the values of packages/server/src/modules/m/m.vocabulary.ts:1 LEVELS: a choice list is written once (ADR 144); import it from packages/server/src/modules/m/m.vocabulary.ts',
      'WEB_LIST_EXCEPTIONS lists pages/m/m-api.ts:GONE, which repeats no server list: remove it',
    ]);
    expect(checkWebLists(join(root, 'web/src'), join(root, 'server'), {})).toContain(
      "packages/web/src/pages/m/m-api.ts:2 KINDS repeats the values of packages/server/src/modules/m/m.schemas.ts:1 StrEnum: a choice list is written once (ADR 144); move it to its module's <m>.vocabulary.ts and import it from there",
    );
  });

  it('lets a new register’s list page import its 导入 and upload from the kit, with no exception (issue 46)', () => {
    // Every list page shows ListImport, and a register's own upload RegisterImport: both live in components/.
    expect(Object.keys(WEB_SHARED).filter((f) => f.startsWith('pages/import/'))).toEqual([
      'pages/import/register-lists.ts',
    ]);
  });

  it('lets a web page reach another page folder only through components/, save the listed exceptions', () => {
    const root = tree({
      'components/OrgSelect.tsx': "import { orgs } from '../pages/org/org-api.ts';\n",
      'components/money.ts': 'export const yuan = 1;\n',
      'components/worker.css': '.wp-page {}\n',
      'pages/org/org-api.ts': 'export const orgs = 1;\n',
      'pages/org/OrgPage.tsx':
        "import { yuan } from '../../components/money.ts';\nimport { orgs } from './org-api.ts';\n",
      'pages/care/CarePage.tsx': [
        "import { OrgSelect } from '../../components/OrgSelect.tsx';",
        "import '../../components/worker.css';",
        "import { orgs } from '../org/org-api.ts';",
        "import type { Org } from '../org/OrgPage.tsx';",
        "import '../org/org.css';",
      ].join('\n'),
      'pages/org/org.css': '.org {}\n',
      'pages/care/visits/VisitPage.tsx': "import { x } from '../CarePage.tsx';\n",
      'pages/donations/DonationPage.tsx': "import { orgs } from '../org/org-api.ts';\n",
      'pages/donations/routes.tsx': "import CarePage from '../care/CarePage.tsx';\n",
      'pages/money.test.ts': "import { orgs } from './org/org-api.ts';\n",
      'layouts/StaffLayout.tsx': "import { OrgPage } from '../pages/org/OrgPage.tsx';\n",
    });
    const { problems } = checkWebPages(root, {
      shared: {
        'pages/org/org-api.ts': { from: ['donations', 'members'], why: 'a test' },
        'pages/org/gone.ts': { from: ['care'], why: 'a test' },
      },
      mounts: { 'pages/donations/routes.tsx': { why: 'a test' }, 'pages/care/routes.tsx': { why: 'a test' } },
    });
    const move = 'move what both use to components/ (or list it in WEB_SHARED, with the reason)';
    expect(problems).toEqual([
      'components/OrgSelect.tsx:1 imports pages/org/org-api.ts; components/ is the kit and imports no page',
      `pages/care/CarePage.tsx:3 imports pages/org/org-api.ts, a file of page folder 'org'; ${move}`,
      `pages/care/CarePage.tsx:4 imports pages/org/OrgPage.tsx, a file of page folder 'org'; ${move}`,
      `pages/care/CarePage.tsx:5 imports pages/org/org.css, a file of page folder 'org'; ${move}`,
      "WEB_SHARED lets 'members' import pages/org/org-api.ts, which it does not: remove the exception",
      "WEB_SHARED lets 'care' import pages/org/gone.ts, which it does not: remove the exception",
      'WEB_MOUNTS lists pages/care/routes.tsx, which imports no other page folder: remove the exception',
    ]);
  });

  it('names a test or a test helper that reads the wall clock, and an exception that no longer does', () => {
    // the readings are put together here so that this file reads no wall clock itself
    const [NOW, NEW, TODAY] = ['Date.now', 'new Date', 'todayInChina'].map((f) => `${f}()`);
    const [MOCK, ENV] = [
      ['vi', 'mock'],
      ['process', 'env'],
    ].map((p) => p.join('.'));
    const root = tree({
      'src/a/a.test.ts': [
        `const t = ${NOW};`,
        `const d = ${NEW};`,
        `const day = ${TODAY};`,
        `// ${NOW} in a comment is no reading`,
        "const fixed = new Date('2026-06-15T02:00:00Z');",
        'const on = todayInChina(fixed);',
        "const ms = Date.parse('2026-06-15');",
      ].join('\n'),
      // the code under test reads its clock; only tests and their helpers may not
      'src/a/a.service.ts': `export const now = () => ${NEW};\n`,
      'src/a/a.fixtures.ts': `export const now = () => ${NEW};\n`,
      'test/start.test.ts': `const deadline = ${NOW} + 1000;\n`,
      'test/kit.ts': `export const id = 'k';\nexport const now = ${NOW};\n`,
      'test/loader.ts': `export const day = ${TODAY};\n`,
      'test/scope-cases/a.cases.ts': `const f = { today: '2026-06-15' };\nconst on = ${NEW}.toISOString();\n`,
      'test/quiet.test.ts': "const t = new Date('2020-01-01');\n",
      'test/shared.test.ts': [
        `${MOCK}('../src/db/db.ts');`,
        `${ENV}.TZ = 'UTC';`,
        `if (${ENV}.CI === '1') console.log('ci');`,
      ].join('\n'),
    });
    const reads = (at: string, what: string) =>
      `${at} reads the wall clock (${what}); give the code under test a clock or a day (test/clock.ts)`;
    expect(
      checkTestClocks(root, {
        'test/start.test.ts': 'start-up timeout',
        'test/loader.ts': 'the day the data is loaded on',
        'test/quiet.test.ts': 'gone',
      }),
    ).toEqual([
      reads('src/a/a.test.ts:1', NOW),
      reads('src/a/a.test.ts:2', NEW),
      reads('src/a/a.test.ts:3', TODAY),
      reads('test/kit.ts:2', NOW),
      reads('test/scope-cases/a.cases.ts:2', NEW),
      `test/shared.test.ts:1 changes what other test files share (${MOCK}(): the files of a worker share one module graph; pass the value to the code under test`,
      `test/shared.test.ts:2 changes what other test files share (${ENV}.TZ =): the files of a worker share one module graph; pass the value to the code under test`,
      'test/quiet.test.ts is a clock exception but reads no wall clock: take it off the list',
    ]);
  });

  it('names the server code that reads the system clock outside its exceptions, and an exception that no longer does', () => {
    // the readings are put together here so that this file reads no wall clock itself
    const [NOW, NEW, TODAY, SYS] = ['Date.now', 'new Date', 'todayInChina', 'systemClock'].map(
      (f) => `${f}()`,
    );
    const root = tree({
      'src/a/a.service.ts': [
        `export const t = () => ${NOW};`,
        `export const d = () => ${NEW};`,
        `export const day = () => ${TODAY};`,
        `export const s = () => ${SYS};`,
        'export function f(clock = systemClock) { return clock; }',
        `// ${NEW} in a comment is no reading`,
        "export const fixed = new Date('2026-06-15T02:00:00Z');",
        'export const given = (now: Date) => todayInChina(now);',
        "import { systemClock } from '../shared/clock.ts';",
      ].join('\n'),
      // tests and their kits are rule 9's
      'src/a/a.test.ts': `const t = ${NOW};\n`,
      'src/a/a.test-kit.ts': `export const t = ${NOW};\n`,
      'src/main.ts': `const c = ${SYS};\n`,
      'src/quiet.ts': 'export const q = 1;\n',
    });
    const reads = (at: string, what: string) =>
      `${at} reads the system clock (${what}); take a clock, a moment or a day from the caller (ADR 71)`;
    expect(checkCodeClocks(root, { 'src/main.ts': 'the entry', 'src/quiet.ts': 'gone' })).toEqual([
      reads('src/a/a.service.ts:1', NOW),
      reads('src/a/a.service.ts:2', NEW),
      reads('src/a/a.service.ts:3', TODAY),
      reads('src/a/a.service.ts:4', SYS),
      reads('src/a/a.service.ts:5', '= systemClock'),
      'src/quiet.ts is a code clock exception but reads no system clock: take it off the list',
    ]);
  });
});
