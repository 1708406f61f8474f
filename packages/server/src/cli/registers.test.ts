/**
 * 导入历史台账 (issue 42): the page's listing (GET /api/registers, collected from the import routes) and the
 * command line's `import <register>` name the same registers; each listed template downloads; a role sees only
 * the registers it may import.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, multipart } from '../../test/api.ts';
import { insertImportedFile } from '../modules/audit/index.ts';
import { CLI_REGISTER_KEYS } from './registers.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let admin: string;
let reviewer: string;

interface Listed {
  key: string;
  name: { zh: string; en: string };
  module: string;
  permission: string;
  importUrl: string;
  templateUrl: string;
}

beforeAll(async () => {
  t = await createTestApp();
  const root = await t.ctx.newRoot();
  admin = await t.signInAs('admin', null);
  reviewer = await t.signInAs('reviewer', root);
});
afterAll(async () => t?.close());

/** The union tree and the member roster have imports of their own shape (a job, the tree's rules), not a register's. */
const OWN_SHAPE = new Set(['unions', 'members']);

const list = async (cookie: string) => {
  const res = await t.call({ method: 'GET', url: '/api/registers', cookie });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { items: Listed[] }).items;
};

describe('the registers the platform keeps', () => {
  it('lists every register the command line imports, and no other', async () => {
    const keys = (await list(admin)).map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual([...CLI_REGISTER_KEYS].sort());
  });

  it('names each register in both languages, with its module, permission and a template that downloads', async () => {
    for (const r of await list(admin)) {
      expect(r.name.zh, r.key).toMatch(/[\u4e00-\u9fff]/);
      expect(r.name.en, r.key).toMatch(/^[A-Z][^\u4e00-\u9fff]*$/);
      expect(r.module, r.key).toMatch(/^[a-z]+$/);
      const res = await t.call({ method: 'GET', url: r.templateUrl, cookie: admin });
      expect(res.statusCode, `${r.key} ${r.templateUrl}`).toBe(200);
      expect(res.headers['content-type'], r.key).toContain('spreadsheetml');
      // one name: the page's line, the template's file (and its sheet and refusals, the register's title)
      if (!OWN_SHAPE.has(r.key)) {
        const saved = /filename\*=UTF-8''(.+)$/.exec(String(res.headers['content-disposition']))?.[1];
        expect(decodeURIComponent(saved ?? ''), r.key).toBe(`${r.name.zh}导入模板.xlsx`);
      }
    }
  });

  it('refuses a template of no rows, and a file a register took already: every register imported through the shared shells (issue 42)', async () => {
    const taken: string[] = [];
    for (const r of await list(admin)) {
      if (OWN_SHAPE.has(r.key)) continue;
      const file = (await t.call({ method: 'GET', url: r.templateUrl, cookie: admin })).rawPayload;
      const send = () =>
        t.call({ method: 'POST', url: r.importUrl, cookie: admin, ...multipart('模板.xlsx', file) });
      // the template as it downloads holds its header alone: told so, and not taken (sent again, told the same)
      for (const sent of [await send(), await send()]) {
        expect(sent.statusCode, `${r.key} ${sent.body}`).toBe(400);
        expect(sent.json().error.code, r.key).toBe('IMPORT_NO_ROWS');
      }
      // the same bytes kept as an import keeps them: the register's shell refuses them before reading them
      const sha256 = createHash('sha256').update(file).digest('hex');
      await t.db.tx((sql) =>
        insertImportedFile(sql, {
          registerKey: r.key,
          sha256,
          orgId: null,
          userId: null,
          userName: '管理员',
          fileName: '模板.xlsx',
          rowsCreated: 0,
        }),
      );
      const again = await send();
      expect(again.statusCode, `${r.key} ${again.body}`).toBe(409);
      expect(again.json().error.code, r.key).toBe('IMPORT_FILE_REPEATED');
      taken.push(r.key);
    }
    expect(taken.length).toBeGreaterThan(10);
  });

  it('shows a role only the registers it may import', async () => {
    expect(await list(reviewer)).toEqual([]);
    const res = await t.call({ method: 'GET', url: '/api/registers' });
    expect(res.statusCode).toBe(401);
  });
});
