import { describe, expect, it } from 'vitest';
import { splitByDatabase } from '../../../scripts/db-tests.mjs';
import { tempTrees } from './temp-tree.ts';

const tree = tempTrees('gonghui-db-tests-');

describe('the PostgreSQL pass runs every test file that opens a database', () => {
  it('follows helpers to test-db.ts, names a direct use, and leaves out the files that open none', () => {
    const root = tree({
      'packages/server/test/test-db.ts': 'export const createTestDb = () => null;',
      'packages/server/test/api.ts':
        "import { createTestDb } from './test-db.ts';\nexport const app = createTestDb;",
      'packages/server/test/kit.ts': "export { app } from './api.ts';",
      'packages/server/test/a.test.ts': "import { app } from './kit.ts';",
      'packages/server/test/b.pg.test.ts': 'const url = process.env.TEST_DATABASE_URL;',
      'packages/server/src/shared/money.ts': 'export const yuan = 1;',
      'packages/server/src/shared/money.test.ts': "import { yuan } from './money.ts';",
      'packages/server/src/modules/m/m.test.ts': "const db = await import('../../../test/test-db.ts');",
    });
    const { database, other } = splitByDatabase(root);
    const rel = (files: string[]) => files.map((f) => f.slice(root.length + 1));
    expect(rel(database)).toEqual([
      'packages/server/src/modules/m/m.test.ts',
      'packages/server/test/a.test.ts',
      'packages/server/test/b.pg.test.ts',
    ]);
    expect(rel(other)).toEqual(['packages/server/src/shared/money.test.ts']);
  });

  it('holds every real file that reaches PostgreSQL itself', () => {
    const root = new URL('../../../', import.meta.url).pathname;
    const { database } = splitByDatabase(root);
    const names = database.map((f) => f.slice(root.length));
    for (const name of ['packages/server/test/scopes.test.ts', 'packages/server/test/two-servers.pg.test.ts'])
      expect(names).toContain(name);
  });
});
