import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorShapeProblem, multipart } from '../../../test/api.ts';
import { jobFinished } from '../../../test/job-wait.ts';
import { maskIdNumbersIn } from '../../shared/id-mask.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import type { OrgRow } from '../org/index.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let yangzhen: OrgRow;
let firm: OrgRow;
let otherFirm: OrgRow;
let staff: string;
let otherStaff: string;
let reviewer: string;
let worker: string;

async function upload(cookie: string, fileName: string, content: Buffer, query = 'mode=valid_only') {
  const { payload, headers } = multipart(fileName, content);
  return t.call({ method: 'POST', url: `/api/imports/members?${query}`, cookie, payload, headers });
}

function waitForJob(cookie: string, jobId: number) {
  return jobFinished(async () => {
    const res = await t.call({ method: 'GET', url: `/api/jobs/${jobId}`, cookie });
    expect(res.statusCode).toBe(200);
    return res.json();
  }, `job ${jobId}`);
}

const sheet = (rows: string[][]) =>
  writeWorkbook([{ name: '会员', headers: ['姓名', '身份证号', '手机号', '所在工会'], rows }]);

beforeAll(async () => {
  t = await createTestApp();
  const root = await t.ctx.newRoot();
  const district = await t.ctx.newOrg(root, 'district');
  yangzhen = await t.ctx.newOrg(district, 'town');
  firm = await t.ctx.newOrg(yangzhen, 'grassroots');
  const other = await t.ctx.newOrg(root, 'district');
  otherFirm = await t.ctx.newOrg(other, 'grassroots');
  staff = await t.signInAs('staff', yangzhen);
  otherStaff = await t.signInAs('staff', other);
  reviewer = await t.signInAs('reviewer', yangzhen);
  const member = await t.ctx.newPerson(firm);
  worker = await t.signInAs('worker', null, member.id);
});

afterAll(async () => {
  await t.close();
});

describe('member import over HTTP', () => {
  it('serves the template with an example row and a notes sheet', async () => {
    const res = await t.call({ method: 'GET', url: '/api/imports/members/template', cookie: staff });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''");
    const read = await readSheet(res.rawPayload, 'template.xlsx');
    expect(read.headers.slice(0, 4)).toEqual(['姓名', '身份证号', '手机号', '所在工会']);
    expect(read.rows).toHaveLength(1);
  });

  it('says the template’s example row, left in the sheet, is the example to delete, not a union it lacks', async () => {
    const template = await t.call({ method: 'GET', url: '/api/imports/members/template', cookie: staff });
    const read = await readSheet(template.rawPayload, 'template.xlsx');
    const filled = writeWorkbook([
      {
        name: '会员信息',
        headers: read.headers,
        rows: [read.rows[0].cells, ['周小川', t.ctx.newIdNumber(), '13800001111', firm.name, '2021-05-06']],
        textColumns: [1, 2],
      },
    ]);
    const res = await upload(staff, '会员.xlsx', filled, 'mode=all_or_nothing&dryRun=true');
    const job = await waitForJob(staff, res.json().jobId);
    expect(job.result).toMatchObject({ rejected: 1, errorCount: 1 });
    const errors = await t.call({
      method: 'GET',
      url: `/api/imports/members/${job.id}/errors`,
      cookie: staff,
    });
    expect(errors.json()).toEqual([
      {
        rowNo: 2,
        column: '身份证号',
        // the number quoted masked, as every error shows one
        value: maskIdNumbersIn(String(read.rows[0].cells[1])),
        code: 'TEMPLATE_EXAMPLE_ROW',
        messageZh: '这是导入模板中的示例行（李明），不是要导入的会员；请删除此行后再导入',
        messageEn:
          "This is the import template's example row (李明), not a member to bring in; delete the row and import again",
      },
    ]);
  });

  it('refuses the template and the import to a worker', async () => {
    const res = await t.call({ method: 'GET', url: '/api/imports/members/template', cookie: worker });
    expect(res.statusCode).toBe(403);
    expect((await upload(worker, 'm.xlsx', sheet([]))).statusCode).toBe(403);
  });

  it('answers with a job id at once, and the job reports progress, counts and row errors', async () => {
    const good = t.ctx.newIdNumber();
    const res = await upload(
      staff,
      'members.xlsx',
      sheet([
        ['甲', good, '13800000001', firm.name],
        ['乙', '110113199001011234', '13800000002', firm.name],
        ['丙', t.ctx.newIdNumber(), '12345', otherFirm.name],
      ]),
      'mode=valid_only&defaultJoinedOn=2020-01-01',
    );
    expect(res.statusCode).toBe(200);
    const { jobId } = res.json();
    expect(jobId).toBeGreaterThan(0);
    const job = await waitForJob(staff, jobId);
    expect(job).toMatchObject({
      id: jobId,
      kind: 'import.members',
      status: 'succeeded',
      phase: 'done',
      total: 3,
      done: 3,
      result: { imported: 1, created: 1, updated: 0, transferred: 0, rejected: 2, errorCount: 3, ignored: 0 },
      error: null,
    });

    const errors = await t.call({
      method: 'GET',
      url: `/api/imports/members/${jobId}/errors`,
      cookie: staff,
    });
    expect(errors.statusCode).toBe(200);
    expect(errors.json().map((e: { rowNo: number; code: string }) => [e.rowNo, e.code])).toEqual([
      [3, 'ID_NUMBER_INVALID'],
      [4, 'PHONE_INVALID'],
      [4, 'UNION_UNKNOWN'],
    ]);
    expect(errors.json()[0]).toEqual({
      rowNo: 3,
      column: '身份证号',
      value: '110113********1234',
      code: 'ID_NUMBER_INVALID',
      messageZh: '「110113********1234」：身份证号校验位错误',
      messageEn: '"110113********1234": ID number check digit is wrong',
    });

    const report = await t.call({ method: 'GET', url: `/api/jobs/${jobId}/errors.xlsx`, cookie: staff });
    expect(report.statusCode).toBe(200);
    const read = await readSheet(report.rawPayload, 'errors.xlsx');
    expect(read.headers).toEqual([
      '行号 / Row',
      '姓名',
      '身份证号',
      '手机号',
      '所在工会',
      '错误说明',
      'Errors',
    ]);
    expect(read.rows.map((r) => r.cells.slice(0, 2))).toEqual([
      ['3', '乙'],
      ['4', '丙'],
    ]);
    expect(read.rows[1].cells[5]).toContain('[手机号] 手机号“12345”格式错误');
    expect(read.rows[1].cells[6]).toContain(`[所在工会] No union "${otherFirm.name}" in your subtree`);

    const list = await t.call({ method: 'GET', url: `/api/members?q=${good}`, cookie: staff });
    expect(list.json().total).toBe(1);
  });

  it('shows a job only to its owner', async () => {
    const { jobId } = (
      await upload(staff, 'm.xlsx', sheet([['丁', t.ctx.newIdNumber(), '', firm.name]]))
    ).json();
    await waitForJob(staff, jobId);
    for (const url of [
      `/api/jobs/${jobId}`,
      `/api/jobs/${jobId}/errors.xlsx`,
      `/api/imports/members/${jobId}/errors`,
    ]) {
      const res = await t.call({ method: 'GET', url, cookie: otherStaff });
      expect(res.statusCode, url).toBe(404);
      expect(errorShapeProblem(res)).toBeNull();
    }
  });

  it('rejects bad requests with a 4xx in both languages', async () => {
    const cases = [
      {
        res: await upload(staff, 'members.pdf', Buffer.from('x')),
        status: 400,
        code: 'FILE_TYPE_UNSUPPORTED',
      },
      {
        res: await upload(staff, 'm.xlsx', sheet([]), 'mode=sometimes'),
        status: 400,
        code: 'VALIDATION_FAILED',
      },
      {
        res: await upload(staff, 'm.xlsx', sheet([]), `orgId=${otherFirm.id}`),
        status: 404,
        code: 'NOT_FOUND',
      },
      {
        res: await upload(staff, 'm.xlsx', sheet([]), 'defaultJoinedOn=2020-13-45'),
        status: 400,
        code: 'VALIDATION_FAILED',
      },
      {
        res: await upload(staff, 'm.xlsx', sheet([]), 'defaultJoinedOn=20200101'),
        status: 400,
        code: 'VALIDATION_FAILED',
      },
      {
        res: await upload(staff, 'm.xlsx', sheet([]), 'defaultJoinedOn=2200-01-01'),
        status: 400,
        code: 'DATE_IN_FUTURE',
      },
      {
        res: await t.call({ method: 'POST', url: '/api/imports/members', cookie: staff, body: {} }),
        status: 400,
        code: 'FILE_MISSING',
      },
    ];
    for (const { res, status, code } of cases) {
      expect(res.statusCode, res.body).toBe(status);
      expect(errorShapeProblem(res)).toBeNull();
      expect(res.json().error.code).toBe(code);
    }
  });

  it('fails an unreadable or empty file as a job with a clear message', async () => {
    const { jobId } = (await upload(staff, 'm.xlsx', Buffer.from('this is not a spreadsheet'))).json();
    const job = await waitForJob(staff, jobId);
    expect(job.status).toBe('failed');
    expect(['FILE_UNREADABLE', 'FILE_EMPTY', 'COLUMN_MISSING']).toContain(job.error.code);
    expect(job.error.messageZh).toBeTruthy();
  });
});

describe('member export over HTTP', () => {
  let idNumber: string;
  beforeAll(async () => {
    idNumber = t.ctx.newIdNumber();
    await t.ctx.newPerson(firm, { idNumber, name: '导出测试' });
  });

  const exported = async (cookie: string, query = '') => {
    const res = await t.call({
      method: 'GET',
      url: `/api/members/export.xlsx?orgId=${firm.id}${query}`,
      cookie,
    });
    return { res, rows: res.statusCode === 200 ? await readSheet(res.rawPayload, 'm.xlsx') : null };
  };

  it('masks ID numbers for a reviewer and refuses them the unmasked list', async () => {
    const { res, rows } = await exported(reviewer);
    expect(res.statusCode).toBe(200);
    const row = rows?.rows.find((r) => r.cells[0] === '导出测试');
    expect(row?.cells[1]).toBe(`${idNumber.slice(0, 6)}********${idNumber.slice(14)}`);
    const unmasked = await exported(reviewer, '&unmasked=1');
    expect(unmasked.res.statusCode).toBe(403);
    expect(unmasked.res.json().error.code).toBe('UNMASKED_EXPORT_FORBIDDEN');
  });

  it('gives staff the full numbers when asked, and audits it with the count', async () => {
    const masked = await exported(staff);
    expect(masked.rows?.rows.find((r) => r.cells[0] === '导出测试')?.cells[1]).toContain('********');
    const { res, rows } = await exported(staff, '&unmasked=1');
    expect(res.statusCode).toBe(200);
    expect(rows?.rows.find((r) => r.cells[0] === '导出测试')?.cells[1]).toBe(idNumber);
    const audit = await t.db.query<{ after: { count: number } }>(
      `select after from audit_log where action = 'person.id_number.export' order by id desc limit 1`,
    );
    expect(audit.rows[0].after.count).toBe(rows?.rows.length);
  });

  it('imports its own full export again unchanged, and names masked rows without their row key', async () => {
    const full = await exported(staff, '&unmasked=1');
    const again = await upload(staff, '会员.xlsx', full.res.rawPayload);
    expect(again.statusCode, again.body).toBe(200);
    const job = await waitForJob(staff, again.json().jobId);
    expect(job.status, JSON.stringify(job.error)).toBe('succeeded');
    expect(job.result).toMatchObject({ rejected: 0, created: 0, imported: full.rows?.rows.length });

    // the masked export copied without its last column (行标识): no row can say whose it is
    const masked = (await exported(staff)).rows;
    const withoutKeys = writeWorkbook([
      {
        name: '会员',
        headers: masked?.headers.slice(0, -1) ?? [],
        rows: masked?.rows.map((r) => r.cells.slice(0, -1)) ?? [],
      },
    ]);
    const refused = await upload(staff, '会员.xlsx', withoutKeys);
    const failed = await waitForJob(staff, refused.json().jobId);
    expect(failed.result.rejected).toBe(masked?.rows.length);
    const errors = await t.call({
      method: 'GET',
      url: `/api/imports/members/${failed.id}/errors`,
      cookie: staff,
    });
    expect(errors.json()[0].messageZh).toContain('身份证号已打码');
  });

  it('keeps the export inside the subtree', async () => {
    const res = await t.call({
      method: 'GET',
      url: `/api/members/export.xlsx?orgId=${otherFirm.id}`,
      cookie: staff,
    });
    // another union's members are not found, as a union that does not exist (ADR 72)
    expect(res.statusCode).toBe(404);
  });
});
