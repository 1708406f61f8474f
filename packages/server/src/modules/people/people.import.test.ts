import { beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../../test/factories.ts';
import {
  badCheck,
  gbk,
  type ImportFixture,
  idNo,
  importFixtureForFile,
  memberSheet,
  xlsx,
} from '../../../test/member-import.ts';
import type { Db } from '../../db/db.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import type { OrgRow } from '../org/index.ts';

const f = importFixtureForFile();
let db: Db;
let ctx: TestContext;
let shunyi: OrgRow;
let yangzhen: OrgRow;
let firmA: OrgRow;
let firmB: OrgRow;
let lisui: OrgRow;
let changping: OrgRow;
let cpFirm: OrgRow;
const runImport: ImportFixture['runImport'] = (...args) => f.runImport(...args);
const counts = () => f.counts();
const personByIdNumber = (id: string) => f.personByIdNumber(id);

beforeAll(async () => {
  ({ db, ctx } = f);
  ({ shunyi, yangzhen, firmA, firmB, lisui, changping, cpFirm } = f.orgs);
});

describe('member import: a messy sheet', () => {
  const rows = () => [
    ['王伟', idNo(1), '13800000001', '杨镇汇丰包装公司工会', '2020-03-15', '是', '否', '', ''],
    ['李娜', badCheck(idNo(2)), '13800000002', '杨镇汇丰包装公司工会', '2020/3/15', '否', '否', '', ''],
    ['张强', idNo(3), '13800000003', '不存在的工会', '2020-03-15', 'Y', 'N', '', ''],
    ['刘洋', idNo(4), '13800000004', '杨镇卫生服务中心工会', '2020-03-15', '1', '0', '', ''],
    ['陈静', idNo(4), '13800000005', '杨镇卫生服务中心工会', '2020-03-15', '√', '', '', ''],
    ['杨磊', idNo(6), '1380000', '杨镇汇丰包装公司工会', '2020-03-15', '', '', '', ''],
    ['', '', '', '', '', '', '', '', ''],
    ['赵敏', idNo(7), '', '杨镇汇丰包装公司工会', '2020-03-15', '也许', '', '', ''],
    ['黄杰', idNo(8), '', '杨镇汇丰包装公司工会', '2020-13-45', '', '', '', ''],
    ['', idNo(9), '', '杨镇汇丰包装公司工会', '2020-03-15', '', '', '', ''],
    [
      '周涛',
      idNo(10),
      '138 0000 0010',
      '杨镇卫生服务中心工会',
      '2019年7月1日',
      '是',
      '是',
      '市级',
      '深度困难',
    ],
  ];

  it('says a check (预检) of a sheet with bad rows was a check, to be made again, not an import refused', async () => {
    const before = await counts();
    const { job, errors } = await runImport(ctx.actor('staff', yangzhen), memberSheet(rows()), {
      dryRun: true,
    });
    expect([job.status, job.error?.code]).toEqual(['failed', 'IMPORT_ROWS_INVALID']);
    expect(job.error?.messageZh).toBe(
      '预检发现8行有误（共8处），未写入任何数据；请下载错误报告，改正后重新预检',
    );
    expect(job.error?.messageEn).toBe(
      'The check found that 8 rows have 8 errors; nothing was written. Download the error report, correct the rows and check the file again.',
    );
    // the page keeps the file on its check, as after a check that passed
    expect(job.result).toMatchObject({ dryRun: true, imported: 0, rejected: 8 });
    expect(errors).toHaveLength(8);
    expect(await counts()).toEqual(before);
  });

  it('reports every bad row with its row number, column and reason, and imports nothing (all_or_nothing)', async () => {
    const before = await counts();
    const { job, errors } = await runImport(ctx.actor('staff', yangzhen), memberSheet(rows()));
    expect(job.status).toBe('failed');
    expect(job.error?.code).toBe('IMPORT_ROWS_INVALID');
    // The mode is named as the import page labels it, never by its code.
    expect(job.error?.messageZh).toContain('按“全部有效才导入”的方式');
    expect(job.error?.messageEn).toContain('"All rows or nothing"');
    expect(job.result).toMatchObject({ imported: 0, created: 0, rejected: 8, errorCount: 8 });
    expect(errors.map((e) => [e.rowNo, e.column, e.code])).toEqual([
      [3, '身份证号码', 'ID_NUMBER_INVALID'],
      [4, '工会名称', 'UNION_UNKNOWN'],
      [5, '身份证号码', 'DUPLICATE_IN_FILE'],
      [6, '身份证号码', 'DUPLICATE_IN_FILE'],
      [7, '手机', 'PHONE_INVALID'],
      [9, '是否一线', 'YES_NO_INVALID'],
      [10, '入会日期', 'DATE_INVALID'],
      [11, '姓名', 'REQUIRED'],
    ]);
    const byRow = new Map(errors.map((e) => [e.rowNo, e]));
    // the number refused is named masked, as screens show it: never whole in an error
    const masked = `${badCheck(idNo(2)).slice(0, 6)}********${badCheck(idNo(2)).slice(14)}`;
    expect(byRow.get(3)?.messageZh).toBe(`「${masked}」：身份证号校验位错误`);
    expect(byRow.get(3)?.messageEn).toBe(`"${masked}": ID number check digit is wrong`);
    expect(byRow.get(5)?.messageZh).toContain('第6行');
    expect(byRow.get(6)?.messageZh).toContain('第5行');
    expect(byRow.get(6)?.messageEn).toContain('row 5');
    // nor whole in what an error quotes of its cell: the repeated number is shown masked too
    for (const e of errors) expect(e.value ?? '').not.toMatch(/\d{17}[\dX]/);
    expect(byRow.get(5)?.value).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    expect(byRow.get(4)?.value).toBe('不存在的工会');
    expect(await counts()).toEqual(before);
  });

  it('imports only the valid rows with valid_only, reading 是/否 variants, levels and dates', async () => {
    const before = await counts();
    const { job } = await runImport(ctx.actor('staff', yangzhen), memberSheet(rows()), {
      mode: 'valid_only',
    });
    expect(job.status).toBe('succeeded');
    expect(job.result).toEqual({
      imported: 2,
      created: 2,
      updated: 0,
      transferred: 0,
      unchanged: 0,
      rejected: 8,
      errorCount: 8,
      ignored: 0,
      ignoredRows: [],
      file: { format: 'xlsx', encoding: null, sheetName: expect.any(String) },
      warnings: [],
      warningCount: 0,
    });
    expect(await counts()).toEqual({
      persons: before.persons + 2,
      memberships: before.memberships + 2,
      staging: 0,
    });
    expect(await personByIdNumber(idNo(1))).toMatchObject({
      name: '王伟',
      phone: '13800000001',
      isFrontLine: true,
      isOutdoor: false,
      orgId: firmA.id,
    });
    expect(await personByIdNumber(idNo(10))).toMatchObject({
      phone: '13800000010',
      isFrontLine: true,
      isOutdoor: true,
      modelWorkerLevel: 'city',
      hardshipLevel: 'deep',
      orgId: firmB.id,
    });
    const joined = await db.query<{ joinedOn: string }>(
      `select m.joined_on as "joinedOn" from memberships m join persons p on p.id = m.person_id where p.id_hash = $1`,
      [ctx.services.ids.hash(idNo(10))],
    );
    expect(joined.rows[0].joinedOn).toBe('2019-07-01');
    expect(await personByIdNumber(idNo(3))).toBeUndefined();
    const audit = await db.query<{ after: Record<string, unknown> }>(
      `select after from audit_log where action = 'person.import' and entity_id = $1`,
      [String(job.id)],
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0].after).toMatchObject({ created: 2, rejected: 8, mode: 'valid_only' });
  });
});

describe('member import: one person exists once', () => {
  const file = (union: string, phone = '13900000001') =>
    memberSheet([
      ['孙悦', idNo(101), phone, union, '2021-01-01', '是', '', '', ''],
      ['钱晨', idNo(102), '', union, '2021-01-01', '', '', '', ''],
    ]);

  it('re-importing the same file creates no new persons and changes nothing', async () => {
    const staff = ctx.actor('staff', yangzhen);
    const first = await runImport(staff, file('杨镇汇丰包装公司工会'));
    expect(first.job.result).toMatchObject({ imported: 2, created: 2 });
    const before = await counts();
    const again = await runImport(staff, file('杨镇汇丰包装公司工会'));
    expect(again.job.status).toBe('succeeded');
    expect(again.job.result).toMatchObject({
      imported: 2,
      created: 0,
      updated: 0,
      transferred: 0,
      unchanged: 2,
    });
    expect(await counts()).toEqual(before);
  });

  it('updates a found person from the file and transfers them within the subtree, keeping history', async () => {
    const before = await counts();
    const { job } = await runImport(ctx.actor('staff', shunyi), file('李遂建材公司工会', '13900000009'));
    expect(job.result).toMatchObject({ imported: 2, created: 0, updated: 1, transferred: 2, unchanged: 0 });
    expect(await counts()).toEqual({ ...before, memberships: before.memberships + 2 });
    const person = await personByIdNumber(idNo(101));
    expect(person).toMatchObject({ phone: '13900000009', isFrontLine: true, orgId: lisui.id });
    const history = await db.query<{ orgId: number; status: string }>(
      'select org_id as "orgId", status from memberships where person_id = $1 order by id',
      [person.id],
    );
    expect(history.rows).toEqual([
      { orgId: firmA.id, status: 'transferred' },
      { orgId: lisui.id, status: 'active' },
    ]);
  });

  it('refuses a person who is a member outside the subtree, without naming their union', async () => {
    const before = await counts();
    const { job, errors } = await runImport(ctx.actor('staff', changping), file('昌平区医院工会'));
    expect(job.status).toBe('failed');
    expect(errors.map((e) => [e.rowNo, e.code])).toEqual([
      [2, 'PERSON_IN_OTHER_UNION'],
      [3, 'PERSON_IN_OTHER_UNION'],
    ]);
    expect(errors[0].messageZh).not.toContain('李遂');
    expect(errors[0].messageEn).not.toContain('李遂');
    expect(await counts()).toEqual(before);
  });

  it('a 杨镇 clerk naming a 昌平 union gets "unknown union"', async () => {
    const { errors } = await runImport(
      ctx.actor('staff', yangzhen),
      memberSheet([['吴刚', idNo(201), '', '昌平区医院工会', '2020-03-15', '', '', '', '']]),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        rowNo: 2,
        column: '工会名称',
        code: 'UNION_UNKNOWN',
        value: '昌平区医院工会',
      }),
    ]);
    expect(cpFirm.path.startsWith(changping.path)).toBe(true);
  });
});

describe('member import: file formats and defaults', () => {
  it('reads a GBK CSV with English headers, and uses the default union for blank cells', async () => {
    const csv = [
      'name,idNumber,phone,union,joinedOn,frontLine,outdoor,newEmployment,性别',
      `郑秀英,${idNo(300, 1975)},13700000301,,2018-05-01,√,×,是,女`,
      `冯建华,${idNo(301, 1975)},,杨镇卫生服务中心工会,2019-01-01,N,Y,否,男`,
    ].join('\r\n');
    const buffer = gbk(csv);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(buffer)).toThrow();
    const { job, errors } = await runImport(ctx.actor('staff', yangzhen), buffer, {
      fileName: 'members.csv',
      defaultOrgId: firmA.id,
    });
    expect(errors).toEqual([]);
    expect(job.result).toMatchObject({ imported: 2, created: 2 });
    expect(await personByIdNumber(idNo(300, 1975))).toMatchObject({
      name: '郑秀英',
      isFrontLine: true,
      isOutdoor: false,
      orgId: firmA.id,
    });
    expect(await personByIdNumber(idNo(301, 1975))).toMatchObject({
      name: '冯建华',
      isOutdoor: true,
      orgId: firmB.id,
    });
  });

  it('checks a 性别 or 出生日期 column against the ID number', async () => {
    const { errors } = await runImport(
      ctx.actor('staff', yangzhen),
      xlsx(
        ['姓名', '身份证号', '所在工会', '性别', '出生日期'],
        [
          ['甲', idNo(401), '杨镇汇丰包装公司工会', '男', '1988-06-12'],
          ['乙', idNo(402), '杨镇汇丰包装公司工会', '男', '1988-06-13'],
        ],
      ),
      { defaultJoinedOn: '2020-01-01' },
    );
    // serial 401 is odd (male) and 402 even (female); the second birth date is a day off.
    expect(errors.map((e) => [e.rowNo, e.column, e.code])).toEqual([
      [3, '性别', 'GENDER_MISMATCH'],
      [3, '出生日期', 'BIRTH_DATE_MISMATCH'],
    ]);
  });

  it('finds the header row below a title row', async () => {
    const buffer = writeWorkbook([
      {
        name: '花名册',
        headers: ['杨镇汇丰包装公司工会会员花名册', '', ''],
        rows: [
          ['姓名', '身份证号', '所在工会'],
          ['标题下', idNo(701), '杨镇汇丰包装公司工会'],
        ],
      },
    ]);
    const { job, errors } = await runImport(ctx.actor('staff', yangzhen), buffer, {
      defaultJoinedOn: '2020-01-01',
    });
    expect(errors).toEqual([]);
    expect(job.result).toMatchObject({ imported: 1, created: 1 });
    expect(await personByIdNumber(idNo(701))).toMatchObject({ name: '标题下', orgId: firmA.id });
  });

  it('fails the job with a clear message when a required column is missing', async () => {
    const { job } = await runImport(
      ctx.actor('staff', yangzhen),
      xlsx(['姓名', '手机号'], [['甲', '13800000000']]),
    );
    expect(job.status).toBe('failed');
    expect(job.error).toMatchObject({ code: 'COLUMN_MISSING' });
    expect(job.error?.messageZh).toContain('身份证号');
  });
});
