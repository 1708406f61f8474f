/**
 * The union tree over HTTP on the running server (issue 23): a dry run lists what would be created and writes
 * nothing; the import creates the unions with their employers' worker counts, all rows or none.
 */
import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { countOf, registerKit } from '../../../test/register-kit.ts';
import { appWorld } from '../../../test/world-kit.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import { usccCheckChar } from './uscc.ts';

const w = appWorld({
  tree: { district: ['root/district', '导入测试区总工会'] },
  users: { staff: ['staff', 'district'] },
});

const HEADERS = ['上级工会', '工会名称', '类型/层级', '统一社会信用代码', '职工人数', '女职工人数'];
const code = () => {
  const body = `9111011${String(randomInt(1_000_000)).padStart(6, '0')}${w.t.ctx
    .unique()
    .slice(0, 4)
    .toUpperCase()
    .replace(/[IOSVZ]/g, 'A')}`;
  return body + usccCheckChar(body);
};
const count = () =>
  countOf(w.t, `select count(*)::int as n from orgs where path like $1`, [`${w.district.path}%`]);
const kit = registerKit({
  app: () => w.t,
  cookie: () => w.staff,
  importUrl: '/api/orgs/import',
  fileName: '工会.xlsx',
  sheetName: '工会',
  headers: HEADERS,
  count,
});

describe('the union tree import on the running server', () => {
  it('offers its template, its 填写说明 in Chinese and in English', async () => {
    const res = await w.t.call({ method: 'GET', url: '/api/orgs/import/template.xlsx', cookie: w.staff });
    expect(res.statusCode).toBe(200);
    const guide = await readSheet(res.rawPayload, 'template.xlsx', {
      isHeader: (c) => c.includes('是否必填'),
    });
    expect(guide.headers).toEqual([
      '列名',
      '是否必填',
      '格式',
      '示例',
      '说明',
      'Column',
      'Required',
      'Format',
      'Notes',
    ]);
    const columns = guide.rows.filter((r) => r.cells[0] && r.cells[0] !== '说明');
    expect(columns.map((r) => [r.cells[0], r.cells[5]])).toContainEqual(['上级工会', 'parent']);
    // every line the clerk reads in Chinese is there in English too
    for (const r of guide.rows.filter((r) => r.cells[4])) expect(r.cells[8], r.cells[4]).toMatch(/[a-z]/);
  });

  it('checks, lists what would be created, and writes nothing; then creates the unions with their worker counts', async () => {
    const street = `导入街道总工会${w.t.ctx.unique()}`;
    const firm = `维达纸业（北京）有限公司${w.t.ctx.unique()}工会`;
    const rows = [
      [w.district.name, street, '街道', '', '', ''],
      [street, firm, '基层工会', code(), '1,200', '450'],
    ];
    await kit.dryRun(kit.sheet(rows), { created: 2, unions: [{ name: street }, { name: firm }] });

    const bad = kit.sheet([...rows, [street, '坏工会', '基层工会', '', '10', '20']]);
    // the dry run counts the rows that passed, so the clerk sees what would come in once the one row is mended
    const dry = await kit.dryRun(bad, { total: 3, created: 2, errors: [expect.anything()] });
    expect(kit.rowsOf(dry.errors)).toEqual([[4, '女职工人数']]);
    // the union tree's refusal has its own message (how many rows are wrong), not a register's
    const before = await count();
    expect((await kit.send(bad, false)).statusCode).toBe(400);
    expect(await count()).toBe(before);

    await kit.imported(kit.sheet(rows), { created: 2 });
    const { rows: made } = await w.t.db.query<{ name: string; workers: number; women: number }>(
      `select name, worker_count as workers, women_worker_count as women from orgs where name = $1`,
      [firm],
    );
    expect(made).toEqual([{ name: firm, workers: 1200, women: 450 }]);
  });
});

describe('a union tree sheet of its header alone', () => {
  it('is told it has no data rows, on the dry run and the import, as every register’s sheet is', async () => {
    for (const dryRun of [true, false]) {
      const res = await kit.send(kit.sheet([]), dryRun);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.code).toBe('IMPORT_NO_ROWS');
      expect(res.json().error.message).toMatch(
        /^文件 工会\.xlsx 只有表头，没有数据行（读取的是工作表“工会”第1行：/,
      );
    }
  });
});

describe('a parent union typed wrong', () => {
  it('is told with the names of the subtree it may mean', async () => {
    const typo = w.district.name.replace('总工会', '工会');
    const dry = await kit.dryRun(kit.sheet([[typo, '错别字测试工会', '基层工会', '', '', '']]), {
      created: 0,
      errors: [expect.anything()],
    });
    expect(dry.errors[0].messageZh).toBe(
      `本工会管辖范围内和本表上方都没有名为「${typo}」的工会（您是否指：「${w.district.name}」？）`,
    );
    expect(dry.errors[0].messageEn).toContain(`(Did you mean: "${w.district.name}"?)`);
  });
});

describe('a clerk’s messy union tree sheet', () => {
  it('refuses a credit code Excel stored as a number, saying its digits were lost, and reads a full-width one', async () => {
    // a credit code of digits alone, as some are, which Excel takes for a number
    const digits = Array.from({ length: 40 }, (_, i) => `91110113${String(7_000_000 + i).padStart(9, '0')}`)
      .map((body) => body + usccCheckChar(body))
      .find((c) => /^\d+$/.test(c)) as string;
    const wide = code();
    const dry = await kit.dryRun(
      kit.sheet([
        // the number the cell holds: past 2^53, its last digits lost as Excel loses them
        [w.district.name, `数字代码工会${w.t.ctx.unique()}`, '基层工会', Number(digits), '', ''],
        [w.district.name, `全角代码工会${w.t.ctx.unique()}`, '基层工会', ` ${toFullWidth(wide)} `, '', ''],
      ]),
      { created: 1, errors: [expect.anything()] },
    );
    expect(kit.rowsOf(dry.errors)).toEqual([[2, '统一社会信用代码']]);
    expect(dry.errors[0].messageZh).toBe(
      `「${dry.errors[0].value}」：Excel 把统一社会信用代码存成了数字（科学计数法，如 1.10114E+17），末几位已丢失，无法还原：请把该列设为“文本”格式后重新填写完整的统一社会信用代码，或在统一社会信用代码前加英文单引号（'）`,
    );
    expect(dry.errors[0].messageEn).toContain('Excel stored the unified social credit code as a number');
  });

  it('refuses a name longer than the union’s page allows, on its row and column, not storing it', async () => {
    const long = `北京${'长'.repeat(120)}有限公司工会`;
    const rows = [
      [w.district.name, long, '基层工会', '', '', ''],
      [w.district.name, '工', '基层工会', '', '', ''],
    ];
    const dry = await kit.dryRun(kit.sheet(rows), {
      created: 0,
      errors: [expect.anything(), expect.anything()],
    });
    expect(kit.rowsOf(dry.errors)).toEqual([
      [2, '工会名称'],
      [3, '工会名称'],
    ]);
    expect(dry.errors[0].messageZh).toBe('工会名称最多100个字，本格有128个字');
    expect(dry.errors[1].messageEn).toBe('The union name is at least 2 characters');
    const before = await count();
    expect((await kit.send(kit.sheet(rows), false)).statusCode).toBe(400);
    expect(await count()).toBe(before);
  });

  it('counts the 合计 row under the unions out of the rows on a dry run with errors too', async () => {
    const dry = await kit.dryRun(
      kit.sheet([
        [w.district.name, '坏', '基层工会', '', '', ''],
        ['', '合计', '', '', '10', ''],
      ]),
      { total: 1, errors: [expect.anything()] },
    );
    expect(dry.ignoredRows).toEqual([{ rowNo: 3, reason: 'total' }]);
  });
});

/** Digits and capitals as a clerk's input method types them in full width (９１１１…). */
const toFullWidth = (s: string) =>
  s.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
