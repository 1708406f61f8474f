import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, multipart } from '../../../test/api.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import type { OrgRow } from '../org/index.ts';

/**
 * A clerk's round trip over HTTP, with real .xlsx files: export the member register, edit it in a spreadsheet
 * (here the spreadsheet library the project has), check it (预检), import it.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
let firm: OrgRow;
let otherFirm: OrgRow;
let staff: string;
let reviewer: string;
const people: { id: number; name: string; idNumber: string }[] = [];

interface Job {
  id: number;
  status: string;
  result: Record<string, unknown>;
  error: { code: string } | null;
}

/** Uploads a file (a dry run unless `apply`), waits for its job and answers it with its changes and errors. */
async function importFile(content: Buffer, apply = false) {
  const { payload, headers } = multipart('会员名单.xlsx', content);
  const url = `/api/imports/members?mode=all_or_nothing${apply ? '' : '&dryRun=true'}`;
  const started = await t.call({ method: 'POST', url, cookie: staff, payload, headers });
  expect(started.statusCode, started.body).toBe(200);
  const { jobId } = started.json();
  let job: Job | null = null;
  for (let i = 0; i < 600 && job?.status !== 'succeeded' && job?.status !== 'failed'; i++) {
    if (i) await new Promise((r) => setTimeout(r, 50));
    job = (await t.call({ method: 'GET', url: `/api/jobs/${jobId}`, cookie: staff })).json();
  }
  const changes = await t.call({
    method: 'GET',
    url: `/api/imports/members/${jobId}/changes`,
    cookie: staff,
  });
  const errors = await t.call({ method: 'GET', url: `/api/imports/members/${jobId}/errors`, cookie: staff });
  expect(changes.statusCode).toBe(200);
  return {
    job: job as Job,
    changes: changes.json() as {
      total: number;
      items: { rowNo: number; personId: number; name: string; changes: unknown[] }[];
    },
    errors: errors.json() as {
      rowNo: number;
      column: string;
      code: string;
      messageZh: string;
      messageEn: string;
    }[],
  };
}

async function exportMembers(cookie = staff, unmasked = false) {
  const res = await t.call({
    method: 'GET',
    url: `/api/members/export.xlsx?orgId=${firm.id}${unmasked ? '&unmasked=1' : ''}`,
    cookie,
  });
  return res;
}

/** The exported workbook opened in a spreadsheet: cells read and written by header and member name. */
function openWorkbook(file: Buffer) {
  const book = XLSX.read(file, { type: 'buffer', cellNF: true });
  const sheet = book.Sheets[book.SheetNames[0]];
  const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false, defval: '' });
  const headers = rows[0];
  const at = (name: string, header: string) => {
    const r = rows.findIndex((row) => row[0] === name);
    const c = headers.indexOf(header);
    if (r < 1 || c < 0) throw new Error(`no cell ${name} / ${header}`);
    return XLSX.utils.encode_cell({ r, c });
  };
  return {
    sheet,
    get: (name: string, header: string) => sheet[at(name, header)],
    set(name: string, header: string, value: string | null) {
      const ref = at(name, header);
      if (value === null) delete sheet[ref];
      else sheet[ref] = { t: 's', v: value };
    },
    save: () => XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer,
  };
}

const personRow = async (id: number) =>
  (await t.call({ method: 'GET', url: `/api/members/${id}`, cookie: staff })).json();

beforeAll(async () => {
  t = await createTestApp();
  const root = await t.ctx.newRoot();
  const district = await t.ctx.newOrg(root, 'district');
  const town = await t.ctx.newOrg(district, 'town');
  firm = await t.ctx.newOrg(town, 'grassroots');
  otherFirm = await t.ctx.newOrg(town, 'grassroots');
  staff = await t.signInAs('staff', town);
  reviewer = await t.signInAs('reviewer', town);
  const typed = [
    { name: '阿依古丽·买买提', employerName: '北京燕山石化（集团）有限公司', phone: t.ctx.newPhone() },
    { name: '王　芳', employerName: 'ＡＢＣ物流（北京）有限公司', phone: null },
    {
      name: '李明',
      employerName: null,
      phone: t.ctx.newPhone(),
      isFrontLine: false,
      hardshipLevel: 'general',
    },
  ] as const;
  for (const attrs of typed) {
    const idNumber = t.ctx.newIdNumber();
    const p = await t.ctx.newPerson(firm, { ...attrs, idNumber, joinedOn: '2015-06-30' });
    people.push({ id: p.id, name: p.name, idNumber });
  }
});

afterAll(async () => {
  await t.close();
});

describe('the member register, exported, edited and imported again', () => {
  it('writes each row’s key last, days as Excel dates, and names as typed', async () => {
    const res = await exportMembers();
    expect(res.statusCode).toBe(200);
    const read = await readSheet(res.rawPayload, 'm.xlsx');
    expect(read.headers.at(-1)).toBe('行标识（请勿修改）');
    // a Chinese file: its sheets and its notes in Chinese alone
    const sheets = XLSX.read(res.rawPayload, { type: 'buffer' });
    expect(sheets.SheetNames).toEqual(['会员', '说明', '范围']);
    // the 范围 sheet says whose list, as of which day and of how many members, as the file name does
    const scope = XLSX.utils.sheet_to_json<unknown[]>(sheets.Sheets.范围, { header: 1 });
    expect(scope[1]?.[0]).toBe('统计单位');
    expect(scope.map((r) => r[0])).toEqual(['项目', '统计单位', '截至', '会员数（人）']);
    const notes = XLSX.utils.sheet_to_json<string[]>(sheets.Sheets.说明, { header: 1 }).flat();
    expect(notes.filter((n) => /[A-Za-z]{3}/.test(n.replace(/110105\*+1234/, '')))).toEqual([]);
    const book = openWorkbook(res.rawPayload);
    const joined = book.get('阿依古丽·买买提', '入会日期');
    expect(joined.t).toBe('n');
    expect(XLSX.SSF.format(joined.z as string, joined.v as number)).toBe('2015-06-30');
    expect(book.get('阿依古丽·买买提', '工作单位').v).toBe('北京燕山石化（集团）有限公司');
    expect(book.get('王　芳', '工作单位').v).toBe('ＡＢＣ物流（北京）有限公司');
    const row = read.rows.find((r) => r.cells[0] === '李明');
    expect(row?.cells[1]).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    expect(row?.cells.at(-1)).toMatch(/^\d+-[0-9A-F]{10}$/);
  });

  it('checks an edited file: exactly the two cells changed, nothing written; then imports them', async () => {
    const book = openWorkbook((await exportMembers()).rawPayload);
    const newPhone = t.ctx.newPhone();
    const li = people[2];
    const before = await personRow(li.id);
    book.set('李明', '手机号', newPhone);
    book.set('李明', '是否一线', '是');

    const check = await importFile(book.save());
    expect(check.job.status, JSON.stringify(check.job.error)).toBe('succeeded');
    expect(check.job.result).toMatchObject({
      dryRun: true,
      created: 0,
      updated: 1,
      unchanged: 2,
      rejected: 0,
    });
    expect(check.changes.total).toBe(1);
    expect(check.changes.items).toEqual([
      {
        rowNo: expect.any(Number),
        personId: li.id,
        name: '李明',
        changes: [
          { field: 'phone', before: before.phone, after: newPhone },
          { field: 'isFrontLine', before: false, after: true },
        ],
      },
    ]);
    expect(await personRow(li.id)).toEqual(before);

    const done = await importFile(book.save(), true);
    expect(done.job.status, JSON.stringify(done.job.error)).toBe('succeeded');
    expect(done.job.result).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    expect(done.job.result.dryRun).toBeUndefined();
    expect(done.changes.items.map((c) => c.changes)).toEqual(check.changes.items.map((c) => c.changes));
    const after = await personRow(li.id);
    expect(after).toEqual({ ...before, phone: newPhone, isFrontLine: true, updatedAt: after.updatedAt });
    const audit = await t.db.query<{ entity_id: string; before: unknown; after: Record<string, unknown> }>(
      `select entity_id, before, after from audit_log where action = 'person.import.update'
        and (after->>'jobId')::bigint = $1`,
      [done.job.id],
    );
    expect(audit.rows).toEqual([
      {
        entity_id: String(li.id),
        before: { phone: before.phone, isFrontLine: false },
        after: { phone: newPhone, isFrontLine: true, jobId: done.job.id },
      },
    ]);
  });

  it('imports a masked export unchanged: nothing changes', async () => {
    const file = (await exportMembers()).rawPayload;
    const before = await Promise.all(people.map((p) => personRow(p.id)));
    const done = await importFile(file, true);
    expect(done.job.status, JSON.stringify(done.job.error)).toBe('succeeded');
    expect(done.job.result).toMatchObject({
      created: 0,
      updated: 0,
      transferred: 0,
      unchanged: 3,
      rejected: 0,
    });
    expect(done.changes).toEqual({ total: 0, items: [] });
    expect(await Promise.all(people.map((p) => personRow(p.id)))).toEqual(before);
    const audit = await t.db.query(
      `select 1 from audit_log where action = 'person.import.update' and (after->>'jobId')::bigint = $1`,
      [done.job.id],
    );
    expect(audit.rows).toHaveLength(0);
    const again = await readSheet((await exportMembers()).rawPayload, 'm.xlsx');
    expect(again.rows).toEqual((await readSheet(file, 'm.xlsx')).rows);
  });

  it('clears a cleared cell, moves a member to the union named and redates a join date', async () => {
    const book = openWorkbook((await exportMembers()).rawPayload);
    const [aygul, wang] = people;
    const phone = (await personRow(aygul.id)).phone;
    book.set('阿依古丽·买买提', '手机号', null);
    book.set('王　芳', '所在工会', otherFirm.name);
    book.set('李明', '入会日期', '2016-01-04');
    const check = await importFile(book.save());
    expect(check.job.result).toMatchObject({ updated: 2, transferred: 1, unchanged: 0 });
    const byName = Object.fromEntries(check.changes.items.map((c) => [c.name, c.changes]));
    expect(byName).toEqual({
      阿依古丽·买买提: [{ field: 'phone', before: phone, after: null }],
      '王　芳': [{ field: 'orgId', before: firm.name, after: otherFirm.name }],
      李明: [{ field: 'joinedOn', before: '2015-06-30', after: '2016-01-04' }],
    });
    const done = await importFile(book.save(), true);
    expect(done.job.status, JSON.stringify(done.job.error)).toBe('succeeded');
    expect((await personRow(aygul.id)).phone).toBeNull();
    expect((await personRow(wang.id)).orgId).toBe(otherFirm.id);
    expect((await personRow(people[2].id)).joinedOn).toBe('2016-01-04');
  });

  it('refuses a masked number whose digits disagree, a masked number without its key and an edited key', async () => {
    const book = openWorkbook((await exportMembers()).rawPayload);
    const li = people[2];
    const shown = book.get('李明', '身份证号').v as string;
    const last = shown.at(-1) === '1' ? '2' : '1';
    book.set('李明', '身份证号', `${shown.slice(0, 17)}${last}`);
    book.set('阿依古丽·买买提', '行标识（请勿修改）', null);
    // 王芳 moved to the other union above: her row is not in this export; the key of 李明's row, edited, on a new row
    const key = book.get('李明', '行标识（请勿修改）').v as string;
    const edited = `${key.slice(0, -1)}${key.at(-1) === 'A' ? 'B' : 'A'}`;
    XLSX.utils.sheet_add_aoa(book.sheet, [['张三', shown, '', firm.name]], { origin: -1 });
    const keyColumn = (XLSX.utils.sheet_to_json<string[]>(book.sheet, { header: 1 })[0] as string[]).indexOf(
      '行标识（请勿修改）',
    );
    XLSX.utils.sheet_add_aoa(book.sheet, [[edited]], { origin: { r: 3, c: keyColumn } });

    const check = await importFile(book.save());
    expect(check.job.status).toBe('failed');
    expect(check.job.error?.code).toBe('IMPORT_ROWS_INVALID');
    const codes = check.errors.map((e) => [e.rowNo, e.code]);
    expect(codes).toEqual([
      [2, 'ID_NUMBER_MASKED'],
      [3, 'ID_NUMBER_MASKED_MISMATCH'],
      [4, 'ROW_KEY_INVALID'],
      [4, 'ID_NUMBER_MASKED'],
    ]);
    for (const e of check.errors) {
      expect(e.messageZh).toMatch(/[\u4e00-\u9fff]/);
      expect(e.messageEn).toMatch(/^[\x20-\x7e行标识]+$/);
      expect(`${e.messageZh}${e.messageEn}`).not.toContain(li.idNumber);
    }
    expect(check.changes.total).toBe(0);
  });

  it('refuses a row key beside another member’s full number', async () => {
    const book = openWorkbook((await exportMembers(staff, true)).rawPayload);
    const [aygul, , li] = people;
    book.set('李明', '身份证号', aygul.idNumber);
    const check = await importFile(book.save());
    expect(check.errors.map((e) => e.code)).toContain('ROW_KEY_ID_MISMATCH');
    expect(check.errors.find((e) => e.code === 'ROW_KEY_ID_MISMATCH')?.column).toBe('行标识（请勿修改）');
    // the full export of a role that may see the numbers imports unchanged
    const full = await importFile((await exportMembers(staff, true)).rawPayload, true);
    expect(full.job.result).toMatchObject({ updated: 0, unchanged: 2, created: 0 });
    expect((await personRow(li.id)).name).toBe('李明');
  });

  it('names its file by the union asked, else the caller’s own, and the day it is as of; masked or not', async () => {
    const nameOf = (res: { headers: Record<string, unknown> }) =>
      decodeURIComponent(
        /filename\*=UTF-8''(.+)$/.exec(String(res.headers['content-disposition']))?.[1] ?? '',
      );
    const day = '（截至\\d{4}-\\d{2}-\\d{2}';
    expect(nameOf(await exportMembers())).toMatch(new RegExp(`^${firm.name}会员名单${day}，脱敏）\\.xlsx$`));
    expect(nameOf(await exportMembers(staff, true))).toMatch(
      new RegExp(`^${firm.name}会员名单${day}）\\.xlsx$`),
    );
    const { rows } = await t.db.query<{ name: string }>('select name from orgs where id = $1', [
      firm.parentId,
    ]);
    const own = await t.call({ method: 'GET', url: '/api/members/export.xlsx', cookie: staff });
    expect(nameOf(own)).toMatch(new RegExp(`^${rows[0].name}会员名单${day}，脱敏）\\.xlsx$`));
  });

  it('audits the unmasked export and refuses it to a role without the permission', async () => {
    const refused = await exportMembers(reviewer, true);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('UNMASKED_EXPORT_FORBIDDEN');
    const masked = await exportMembers(reviewer);
    expect(masked.statusCode).toBe(200);
    const full = await exportMembers(staff, true);
    expect(full.statusCode).toBe(200);
    const audit = await t.db.query<{ after: { count: number } }>(
      `select after from audit_log where action = 'person.id_number.export' order by id desc limit 1`,
    );
    expect(audit.rows[0].after.count).toBe(2);
  });
});

describe('bank account and 京卡 numbers in the round trip', () => {
  it('exports them masked (whole when unmasked), keeps a masked one, writes a changed one encrypted', async () => {
    const li = people[2];
    const patched = await t.call({
      method: 'PATCH',
      url: `/api/members/${li.id}`,
      cookie: staff,
      body: { bankAccount: '6222020200112233445' },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().bankAccountMasked).toBe('6222***********3445');

    const book = openWorkbook((await exportMembers()).rawPayload);
    expect(book.get('李明', '银行卡号').v).toBe('6222***********3445');
    const full = openWorkbook((await exportMembers(staff, true)).rawPayload);
    expect(full.get('李明', '银行卡号').v).toBe('6222020200112233445');

    book.set('李明', '京卡号', '6214 6800 0123 4567 8');
    const check = await importFile(book.save());
    expect(check.job.status, JSON.stringify(check.errors)).toBe('succeeded');
    expect(check.changes.items).toEqual([
      expect.objectContaining({
        name: '李明',
        changes: [{ field: 'jingka', before: null, after: '6214*********5678' }],
      }),
    ]);
    const done = await importFile(book.save(), true);
    expect(done.job.result).toMatchObject({ updated: 1 });
    const revealed = await t.call({
      method: 'POST',
      url: `/api/members/${li.id}/reveal-accounts`,
      cookie: staff,
    });
    expect(revealed.json()).toEqual({ bankAccount: '6222020200112233445', jingka: '62146800012345678' });
    const stored = await t.db.query<Record<string, string>>('select * from persons where id = $1', [li.id]);
    expect(JSON.stringify(stored.rows[0])).not.toContain('62146800012345678');

    const refused = await t.call({
      method: 'POST',
      url: `/api/members/${li.id}/reveal-accounts`,
      cookie: reviewer,
    });
    expect(refused.statusCode).toBe(403);
  });

  it('refuses a masked number that is not the member’s', async () => {
    const book = openWorkbook((await exportMembers()).rawPayload);
    book.set('李明', '银行卡号', '6222***********9999');
    book.set('阿依古丽·买买提', '京卡号', '6214*********5678');
    const check = await importFile(book.save());
    expect(check.errors.map((e) => [e.column, e.code])).toEqual([
      ['京卡号', 'ACCOUNT_NUMBER_MASKED'],
      ['银行卡号', 'ACCOUNT_NUMBER_MASKED'],
    ]);
  });

  it('registers a new member’s numbers from a new row', async () => {
    const book = openWorkbook((await exportMembers()).rawPayload);
    const idNumber = t.ctx.newIdNumber();
    XLSX.utils.sheet_add_aoa(book.sheet, [['赵新', idNumber, '', firm.name, '2021-05-06']], { origin: -1 });
    const headers = XLSX.utils.sheet_to_json<string[]>(book.sheet, { header: 1 })[0] as string[];
    const last = XLSX.utils.sheet_to_json<string[]>(book.sheet, { header: 1 }).length - 1;
    book.sheet[XLSX.utils.encode_cell({ r: last, c: headers.indexOf('银行卡号') })] = {
      t: 's',
      v: '6217000010001234567',
    };
    const done = await importFile(book.save(), true);
    expect(done.job.result, JSON.stringify(done.errors)).toMatchObject({ created: 1, updated: 0 });
    const found = await t.call({ method: 'GET', url: `/api/members?q=${idNumber}`, cookie: staff });
    expect(found.json().items[0]).toMatchObject({ name: '赵新', bankAccountMasked: '6217***********4567' });
  });
});
