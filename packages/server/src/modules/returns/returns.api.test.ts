/**
 * Returns over HTTP (issue 25): a district issues a return from a shipped form; a grassroots union's clerk fills it
 * through its own sheet (multipart upload, every bad cell named by row and column, nothing saved), submits; the
 * street's clerk sends it back with a comment on a field, then accepts the fixed one; the consolidated table and
 * its .xlsx reconcile with what was reported; and a clerk of another union is refused.
 */
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, multipart } from '../../../test/api.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import type { OrgRow } from '../org/index.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let district: OrgRow;
let street: OrgRow;
let firm: OrgRow;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  const root = await t.ctx.newRoot();
  district = await t.ctx.newOrg(root, 'district');
  street = await t.ctx.newOrg(district, 'street');
  firm = await t.ctx.newOrg(street, 'grassroots', `测试（集团）有限公司工会${t.ctx.unique()}`);
  for (let i = 0; i < 3; i++) await t.ctx.newPerson(firm);
  for (const [who, org] of [
    ['district', district],
    ['street', street],
    ['firm', firm],
  ] as const) {
    cookies[who] = await t.signInAs('staff', org);
  }
  cookies.other = await t.signInAs('staff', await t.ctx.newOrg(await t.ctx.newRoot(), 'district'));
});
afterAll(async () => t?.close());

const call = (who: string, method: string, url: string, body?: unknown) =>
  t.call({ method, url, cookie: cookies[who], body });

describe('a return over HTTP', () => {
  it('issues a shipped form, round-trips the sheet, sends back and accepts, and exports the table', async () => {
    const forms = (await call('district', 'GET', '/api/returns/forms')).json();
    const grassroots = forms.find((f: { key: string }) => f.key === 'grassroots_annual');
    const created = await call('district', 'POST', '/api/returns', {
      title: '2025年基层工会调查表',
      periodKind: 'survey_year',
      periodFrom: '2024-10-01',
      periodTo: '2025-09-30',
      targetLevel: 4,
      deadline: '2025-11-14',
      form: grassroots.form,
    });
    expect(created.statusCode, created.body).toBe(200);
    const id = created.json().id;
    const issued = await call('district', 'POST', `/api/returns/${id}/issue`);
    expect(issued.json()).toMatchObject({ unions: 2, fillers: 1 });
    expect((await call('district', 'POST', `/api/returns/${id}/issue`)).statusCode).toBe(409);

    // the firm's clerk sees it to fill, with 会员人数 pre-filled
    const list = (await call('firm', 'GET', '/api/returns')).json();
    expect(list.toFill).toMatchObject([{ returnId: id, orgId: firm.id, status: 'open' }]);
    expect(list.toFillTotal).toBe(1);
    const base = `/api/returns/${id}/unions/${firm.id}`;
    const view = (await call('firm', 'GET', base)).json();
    const members = grassroots.form.sections[1].fields[0];
    expect(view.values[members.key]).toMatchObject({ text: '3', bound: '3', source: 'bound' });

    // the sheet: download, fill, a bad cell refused by row and column, then the good one saved
    const down = await call('firm', 'GET', `${base}/sheet.xlsx`);
    expect(down.statusCode).toBe(200);
    const read = await readSheet(down.rawPayload, 'r.xlsx');
    const rows = read.rows.map((r) => [...r.cells]);
    // Gonghui's figure (平台统计数, column E) is a number cell an auditor can sum, not a number written as text
    const membersAt = rows.findIndex((r) => r[1] === members.label) + 2;
    expect(XLSX.read(down.rawPayload, { type: 'buffer' }).Sheets.填报[`E${membersAt}`]).toMatchObject({
      t: 'n',
      v: 3,
    });
    const set = (label: string, v: string) => {
      const row = rows.find((r) => r[1] === label);
      if (!row) throw new Error(label);
      row[3] = v;
    };
    set('单位类型', '企业');
    set('职工人数', '12');
    set('女会员人数', '两人');
    const upload = (rowsNow: (string | null)[][]) =>
      t.call({
        method: 'POST',
        url: `${base}/sheet`,
        cookie: cookies.firm,
        ...multipart('调查表.xlsx', writeWorkbook([{ name: '填报', headers: read.headers, rows: rowsNow }])),
      });
    const bad = await upload(rows);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('RETURN_SHEET_INVALID');
    const rowOf = rows.findIndex((r) => r[1] === '女会员人数') + 2;
    expect(bad.json().error.details.errors).toEqual([
      expect.objectContaining({ rowNo: rowOf, column: 'D', zh: expect.stringContaining('须为整数') }),
    ]);
    expect(
      (await call('firm', 'GET', base)).json().values[grassroots.form.sections[0].fields[0].key],
    ).toBeUndefined();
    set('女会员人数', '2');
    // 女会员人数 is a bound figure: a value other than Gonghui's needs its reason (column F)
    (rows.find((r) => r[1] === '女会员人数') as (string | null)[])[5] = '两名女会员的入会手续尚未录入';
    set('本年经费收入', '12,345.60');
    const good = await upload(rows);
    expect(good.statusCode, good.body).toBe(200);
    expect((await call('firm', 'POST', `${base}/submit`, {})).statusCode).toBe(200);

    // the street sends it back with a comment on a field, the firm fixes it, the street accepts
    const income = grassroots.form.sections[5].fields[0].key;
    const back = await call('street', 'POST', `${base}/send-back`, {
      comments: [{ key: income, body: '请按决算数填报' }],
    });
    expect(back.json()).toEqual({ status: 'returned' });
    const returned = (await call('firm', 'GET', base)).json();
    expect(returned.comments).toMatchObject([{ key: income, body: '请按决算数填报' }]);
    const saved = await call('firm', 'PUT', `${base}/values`, {
      values: [{ key: income, value: '12000' }],
      version: returned.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    // a stale version is refused, not overwritten
    expect(
      (
        await call('firm', 'PUT', `${base}/values`, {
          values: [{ key: income, value: '1' }],
          version: returned.version,
        })
      ).statusCode,
    ).toBe(409);
    expect((await call('firm', 'POST', `${base}/submit`, {})).statusCode).toBe(200);
    expect((await call('district', 'POST', `${base}/accept`)).statusCode).toBe(403);
    expect((await call('street', 'POST', `${base}/accept`)).json()).toEqual({ status: 'accepted' });
    expect(
      (await call('street', 'POST', `/api/returns/${id}/unions/${street.id}/submit`, {})).statusCode,
    ).toBe(200);
    expect((await call('district', 'POST', `/api/returns/${id}/unions/${street.id}/accept`)).statusCode).toBe(
      200,
    );

    const table = (await call('district', 'GET', `/api/returns/${id}/table`)).json();
    expect(table).toMatchObject({ accepted: 1, unions: 1 });
    expect(table.rows.find((r: { key: string }) => r.key === income).total).toBe('12000.00');
    const xlsx = await call('district', 'GET', `/api/returns/${id}/table.xlsx`);
    const sheet = await readSheet(xlsx.rawPayload, 't.xlsx');
    expect(sheet.rows.find((r) => r.cells[0] === '本年经费收入')?.cells[2]).toBe('12000');
    // an auditor reads whose figures they are and of which period at the top, amounts as numbers shown 0.00
    const book = XLSX.read(xlsx.rawPayload, { cellNF: true });
    const cells = book.Sheets.汇总表;
    const lines = XLSX.utils.sheet_to_json<string[]>(cells, { header: 1 });
    expect(lines.slice(1, 5)).toEqual([
      ['填报任务', '2025年基层工会调查表'],
      ['统计单位', district.name],
      ['统计期间', '2024-10-01至2025-09-30'],
      ['合计（已审核）', '已审核的1/1个单位之和'],
    ]);
    const incomeRow = lines.findIndex((r) => r[0] === '本年经费收入');
    expect(cells[XLSX.utils.encode_cell({ r: incomeRow, c: 2 })]).toMatchObject({
      t: 'n',
      v: 12000,
      z: '0.00',
    });
    const history = (await call('district', 'GET', `${base}/history`)).json();
    expect(history.total).toBe(history.items.length);
    expect(history.items.map((h: { source: string }) => h.source)).toEqual(
      expect.arrayContaining(['sheet', 'typed']),
    );

    // another federation's clerk reaches none of it
    for (const url of [`/api/returns/${id}`, base, `/api/returns/${id}/table`]) {
      expect([403, 404], url).toContain((await call('other', 'GET', url)).statusCode);
    }
  });
});
