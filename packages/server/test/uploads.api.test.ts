import { PassThrough } from 'node:stream';
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgRow } from '../src/modules/org/index.ts';
import { writeWorkbook } from '../src/shared/xlsx-writer.ts';
import { createTestApp, multipart } from './api.ts';
import { loopLagDuring } from './loop-lag.ts';
import { oneSheetBook } from './zip-parts.ts';

/**
 * Uploads that once stalled the whole server, sent through the imports while other requests come in: the
 * server must answer those between the pieces of the import. Proven by order, not by a clock: health checks
 * sent one after another while the import runs must come back before the import does.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
let staff: string;
let grassroots: OrgRow;

beforeAll(async () => {
  t = await createTestApp();
  const root = await t.ctx.newRoot();
  const district = await t.ctx.newOrg(root, 'district');
  grassroots = await t.ctx.newOrg(district, 'grassroots');
  staff = await t.signInAs('staff', district);
});

afterAll(async () => {
  await t?.close();
});

/** Sends the upload, and health checks one after another until it answers; how many came back first. */
async function healthDuring(url: string, fileName: string, content: Buffer) {
  let finished = false;
  const upload = t
    .call({ method: 'POST', url, cookie: staff, ...multipart(fileName, content) })
    .finally(() => {
      finished = true;
    });
  let answered = 0;
  while (!finished) {
    // a turn of the event loop between checks, as between two requests from the network
    await new Promise((resolve) => setImmediate(resolve));
    const res = await t.call({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    if (!finished) answered++;
  }
  return { res: await upload, answered };
}

const certificates = (rows: number) =>
  Buffer.from(
    `身份证号,姓名,职业（工种）,等级,发证机关,证书编号,发证日期\n${Array.from(
      { length: rows },
      (_, i) => `110101199003071234,张三,电工,四级,人社局,C${i},2020-06-01`,
    ).join('\n')}\n`,
  );

describe('uploads that nothing can stall', () => {
  it('answers other requests while a 200,000-row CSV is read, and refuses it at the row cap', async () => {
    const { res, answered } = await healthDuring(
      '/api/records/import?kind=certificate&mode=all',
      '证书.csv',
      certificates(200_000),
    );
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.code).toBe('IMPORT_TOO_LARGE');
    expect(answered).toBeGreaterThan(1);
  });

  it('answers other requests while a sheet of a million formatted empty rows is read', async () => {
    const header =
      '<row r="1"><c t="inlineStr"><is><t>身份证号</t></is></c><c t="inlineStr"><is><t>姓名</t></is></c></row>';
    const empty = Array.from(
      { length: 1_048_575 },
      (_, i) => `<row r="${i + 2}" s="1" customFormat="1"/>`,
    ).join('');
    const file = oneSheetBook(
      `<worksheet><dimension ref="A1:XFD1048576"/><sheetData>${header}${empty}</sheetData></worksheet>`,
    );
    const { res, answered } = await healthDuring(
      '/api/records/import?kind=certificate&mode=all',
      'c.xlsx',
      file,
    );
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.code).toBe('IMPORT_EMPTY');
    expect(answered).toBeGreaterThan(1);
  });

  it('answers other requests while an .xls is read in its worker thread, and imports it', async () => {
    const idNumber = t.ctx.newIdNumber();
    await t.ctx.newPerson(grassroots, { idNumber, name: '王䶮' });
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([
        ['身份证号', '姓名', '职业（工种）', '等级', '发证机关', '证书编号', '发证日期'],
        [idNumber, '王䶮', '电工', '四级', '人社局', 'XLS-1', '2020-06-01'],
      ]),
      '证书',
    );
    const file = XLSX.write(wb, { type: 'buffer', bookType: 'xls' }) as Buffer;
    const { res, answered } = await healthDuring(
      '/api/records/import?kind=certificate&mode=all',
      '证书.xls',
      file,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      imported: 1,
      file: { format: 'xls', sheetName: '证书' },
      warnings: [],
    });
    expect(answered).toBeGreaterThan(0);
  });

  it('says which cells lost characters, and what the file was read as', async () => {
    const idNumber = t.ctx.newIdNumber();
    await t.ctx.newPerson(grassroots, { idNumber, name: '王?' });
    // 王? as a GBK CSV holds it: the character after 王 was lost when the file was saved
    const csv = Buffer.concat([
      Buffer.from(
        'c9edb7ddd6a4bac52cd0d5c3fb2cd6b0d2b5a3a8b9a4d6d6a3a92cb5c8bcb62cb7a2d6a4bbfab9d82cd6a4cae9b1e0bac52cb7a2d6a4c8d5c6da0a',
        'hex',
      ),
      Buffer.from(`${idNumber},`),
      Buffer.from('cdf53f', 'hex'),
      Buffer.from('2cb5e7b9a42ccbc4bcb62cc8cbc9e7bed62c47424b2d312c323032302d30362d30310a', 'hex'),
    ]);
    const res = await t.call({
      method: 'POST',
      url: '/api/records/import?kind=certificate&mode=valid',
      cookie: staff,
      ...multipart('证书.csv', csv),
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.file).toEqual({ format: 'csv', encoding: 'gb18030', sheetName: null });
    expect(body.warningCount).toBe(1);
    expect(body.warnings[0]).toMatchObject({ rowNo: 2, column: '姓名' });
  });

  it('accepts .ods and .xls by name and refuses what is no spreadsheet in both languages', async () => {
    const bad = await t.call({
      method: 'POST',
      url: '/api/records/import?kind=certificate&mode=all',
      cookie: staff,
      ...multipart('证书.docx', Buffer.from('x')),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.messageZh).toContain('.xls');
    expect(bad.json().error.messageZh).toContain('.ods');
    const png = await t.call({
      method: 'POST',
      url: '/api/records/import?kind=certificate&mode=all',
      cookie: staff,
      ...multipart('证书.ods', Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(64)])),
    });
    expect(png.statusCode).toBe(400);
    expect(png.json().error.code).toBe('FILE_UNREADABLE');
  });

  it('reads the roster on the second sheet behind a hidden sheet of drop-down lists', async () => {
    const idNumber = t.ctx.newIdNumber();
    await t.ctx.newPerson(grassroots, { idNumber, name: '李四' });
    const file = writeWorkbook([
      { name: '下拉选项', headers: ['等级'], rows: [['四级']] },
      {
        name: '证书',
        headers: ['身份证号', '姓名', '职业（工种）', '等级', '发证机关', '证书编号', '发证日期'],
        rows: [[idNumber, '李四', '电工', '四级', '人社局', 'HID-1', '2020-06-01']],
      },
    ]);
    // the first sheet hidden, as a template's list sheet is
    const hidden = XLSX.read(file, { type: 'buffer', cellNF: true });
    hidden.Workbook = { Sheets: [{ Hidden: 1 }, { Hidden: 0 }] };
    const res = await t.call({
      method: 'POST',
      url: '/api/records/import?kind=certificate&mode=all',
      cookie: staff,
      ...multipart('证书.xlsx', XLSX.write(hidden, { type: 'buffer', bookType: 'xlsx' }) as Buffer),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ imported: 1, file: { format: 'xlsx', sheetName: '证书' } });
  });
});

describe('register imports and the union tree that nothing can stall', () => {
  it('answers other requests within a second while a 100,000-row requests register is checked', async () => {
    const { rows } = await t.db.query<{ name_zh: string }>(
      'select name_zh from case_categories order by position limit 1',
    );
    const file = writeWorkbook([
      {
        name: '诉求台账',
        headers: [
          '收到日期',
          '收到时间',
          '渠道',
          '类别',
          '诉求内容',
          '受理日期',
          '答复日期',
          '答复内容',
          '办结日期',
        ],
        rows: Array.from({ length: 100_000 }, (_, i) => [
          '2025-03-03',
          '18:05',
          '接待日',
          rows[0].name_zh,
          `加班费未足额发放 ${i}`,
          '2025-03-04',
          '2025-03-10',
          '已协调企业补发',
          i % 2 ? '2025-03-12' : '',
        ]),
      },
    ]);
    // the server warmed up first, as one that has served a while is (the first import compiles its code)
    const warm = await t.call({
      method: 'POST',
      url: '/api/cases/import?dryRun=true',
      cookie: staff,
      ...multipart('诉求台账.xlsx', writeWorkbook([{ name: 'S', headers: ['收到日期'], rows: [] }])),
    });
    expect(warm.statusCode).toBe(400);
    const { value, maxLagMs } = await loopLagDuring(() =>
      healthDuring('/api/cases/import?dryRun=true', '诉求台账.xlsx', file),
    );
    expect(value.res.statusCode, value.res.body).toBe(200);
    expect(value.res.json()).toMatchObject({ dryRun: true, total: 100_000, created: 100_000, errors: [] });
    expect(value.answered).toBeGreaterThan(1);
    expect(maxLagMs).toBeLessThan(1000);
  });

  it('answers other requests within a second while a union tree is checked and imported', async () => {
    const street = `街道总工会${t.ctx.unique()}`;
    const rows = [
      ['', street, '街道'],
      ...Array.from({ length: 1_000 }, (_, i) => [street, `第${i + 1}基层工会${t.ctx.unique()}`, '基层工会']),
    ];
    const root = await t.db.query<{ name: string }>('select name from orgs where id = $1', [
      grassroots.parentId,
    ]);
    rows[0][0] = root.rows[0].name;
    const file = writeWorkbook([{ name: '工会', headers: ['上级工会', '工会名称', '类型/层级'], rows }]);
    for (const url of ['/api/orgs/import?dryRun=true', '/api/orgs/import']) {
      const { value, maxLagMs } = await loopLagDuring(() => healthDuring(url, '工会.xlsx', file));
      expect(value.res.statusCode, value.res.body).toBe(200);
      expect(value.answered).toBeGreaterThan(1);
      expect(maxLagMs).toBeLessThan(1000);
    }
  });
});

describe('errors an operator sees', () => {
  it('logs every 5xx with its request id and stack, and never shows the stack to the caller', async () => {
    const log = new PassThrough();
    const lines: string[] = [];
    log.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n').filter(Boolean)));
    const broken = await createTestApp({ logStream: log });
    const cookie = await broken.signInAs('staff', await broken.ctx.newRoot());
    await broken.db.close();
    const res = await broken.call({ method: 'GET', url: '/api/orgs/roots', cookie });
    expect(res.statusCode).toBe(500);
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
    const entry = lines.map((l) => JSON.parse(l)).find((e) => e.level === 50);
    expect(entry?.reqId).toBeTruthy();
    expect(entry?.err?.stack).toBeTruthy();
    // requests themselves are not logged unless asked (LOG_REQUESTS=1)
    expect(lines.some((l) => l.includes('incoming request'))).toBe(false);
  });
});
