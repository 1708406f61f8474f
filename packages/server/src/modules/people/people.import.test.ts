import { cptable } from '@e965/xlsx/dist/cpexcel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/factories.ts';
import { createTestDb } from '../../../test/test-db.ts';
import type { Db } from '../../db/db.ts';
import type { Actor } from '../../http/access.ts';
import { writeWorkbook } from '../../shared/spreadsheet.ts';
import { sweepStaleJobs } from '../jobs/index.ts';
import type { OrgRow } from '../org/index.ts';
import { idCheckDigit } from './idcard.ts';
import type { ImportMode } from './people.import.service.ts';
import { mergeImport, stageImport, validateImport } from './people.import.steps.ts';

const TODAY = new Date('2025-06-30T00:00:00Z');
const HEADERS = [
  '姓名',
  '身份证号码',
  '手机',
  '工会名称',
  '入会日期',
  '是否一线',
  '是否户外劳动者',
  '劳模级别',
  '困难职工类别',
];

let db: Db;
let ctx: TestContext;
let root: OrgRow;
let shunyi: OrgRow;
let yangzhen: OrgRow;
let firmA: OrgRow;
let firmB: OrgRow;
let lisui: OrgRow;
let changping: OrgRow;
let cpFirm: OrgRow;

/** A valid ID number with a chosen serial, so rows are readable; the check digit is computed. */
function idNo(serial: number, year = 1988): string {
  const body = `110113${year}0612${String(serial).padStart(3, '0')}`;
  return body + idCheckDigit(body);
}
/** The same number with a wrong check digit. */
function badCheck(id: string): string {
  const digits = '0123456789X';
  return id.slice(0, 17) + digits[(digits.indexOf(id[17]) + 1) % 11];
}

/** Text as a Chinese Windows Excel saves a CSV: code page 936 (GBK). */
function gbk(text: string): Buffer {
  const table = cptable[936].enc;
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : table[ch];
    if (code > 0xff) bytes.push(code >> 8, code & 0xff);
    else bytes.push(code);
  }
  return Buffer.from(bytes);
}

const xlsx = (headers: string[], rows: string[][]) => writeWorkbook([{ name: '会员', headers, rows }]);

async function runImport(
  actor: Actor,
  buffer: Buffer,
  options: { mode?: ImportMode; fileName?: string; defaultOrgId?: number } = {},
) {
  const { jobId, done } = await ctx.services.memberImport.start(
    actor,
    {
      fileName: options.fileName ?? 'members.xlsx',
      buffer,
      mode: options.mode ?? 'all_or_nothing',
      defaultOrgId: options.defaultOrgId,
    },
    { today: TODAY },
  );
  const job = await done;
  const errors = await ctx.services.jobs.listErrors(actor, jobId, 1000);
  return { jobId, job, errors };
}

async function counts() {
  const { rows } = await db.query<{ persons: number; memberships: number; staging: number }>(
    `select (select count(*) from persons) as persons, (select count(*) from memberships) as memberships,
            (select count(*) from import_staging) as staging`,
  );
  return rows[0];
}

async function personByIdNumber(id: string) {
  const { rows } = await db.query<{
    id: number;
    name: string;
    phone: string | null;
    isFrontLine: boolean;
    isOutdoor: boolean;
    modelWorkerLevel: string | null;
    hardshipLevel: string | null;
    orgId: number | null;
  }>(
    `select p.id, p.name, p.phone, p.is_front_line as "isFrontLine", p.is_outdoor as "isOutdoor",
            p.model_worker_level as "modelWorkerLevel", p.hardship_level as "hardshipLevel", m.org_id as "orgId"
       from persons p left join memberships m on m.person_id = p.id and m.status = 'active'
      where p.id_hash = $1`,
    [ctx.services.ids.hash(id)],
  );
  return rows[0];
}

beforeAll(async () => {
  db = await createTestDb();
  ctx = createTestContext(db);
  root = await ctx.newRoot();
  shunyi = await ctx.newOrg(root, 'district', '顺义区总工会');
  yangzhen = await ctx.newOrg(shunyi, 'town', '杨镇总工会');
  firmA = await ctx.newOrg(yangzhen, 'grassroots', '杨镇汇丰包装公司工会');
  firmB = await ctx.newOrg(yangzhen, 'grassroots', '杨镇卫生服务中心工会');
  const lisuiTown = await ctx.newOrg(shunyi, 'town', '李遂镇总工会');
  lisui = await ctx.newOrg(lisuiTown, 'grassroots', '李遂建材公司工会');
  changping = await ctx.newOrg(root, 'district', '昌平区总工会');
  cpFirm = await ctx.newOrg(changping, 'grassroots', '昌平区医院工会');
});

afterAll(async () => {
  await db.close();
});

describe('member import: a messy sheet', () => {
  const rows = () => [
    ['王伟', idNo(1), '13800000001', '杨镇汇丰包装公司工会', '2020-03-15', '是', '否', '', ''],
    ['李娜', badCheck(idNo(2)), '13800000002', '杨镇汇丰包装公司工会', '2020/3/15', '否', '否', '', ''],
    ['张强', idNo(3), '13800000003', '不存在的工会', '', 'Y', 'N', '', ''],
    ['刘洋', idNo(4), '13800000004', '杨镇卫生服务中心工会', '', '1', '0', '', ''],
    ['陈静', idNo(4), '13800000005', '杨镇卫生服务中心工会', '', '√', '', '', ''],
    ['杨磊', idNo(6), '1380000', '杨镇汇丰包装公司工会', '', '', '', '', ''],
    ['', '', '', '', '', '', '', '', ''],
    ['赵敏', idNo(7), '', '杨镇汇丰包装公司工会', '', '也许', '', '', ''],
    ['黄杰', idNo(8), '', '杨镇汇丰包装公司工会', '2020-13-45', '', '', '', ''],
    ['', idNo(9), '', '杨镇汇丰包装公司工会', '', '', '', '', ''],
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

  it('reports every bad row with its row number, column and reason, and imports nothing (all_or_nothing)', async () => {
    const before = await counts();
    const { job, errors } = await runImport(ctx.actor('staff', yangzhen), xlsx(HEADERS, rows()));
    expect(job.status).toBe('failed');
    expect(job.error?.code).toBe('IMPORT_ROWS_INVALID');
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
    expect(byRow.get(3)?.messageZh).toBe('身份证号校验位错误');
    expect(byRow.get(3)?.messageEn).toBe('ID number check digit is wrong');
    expect(byRow.get(5)?.messageZh).toContain('第6行');
    expect(byRow.get(6)?.messageZh).toContain('第5行');
    expect(byRow.get(6)?.messageEn).toContain('row 5');
    expect(byRow.get(4)?.value).toBe('不存在的工会');
    expect(await counts()).toEqual(before);
  });

  it('imports only the valid rows with valid_only, reading 是/否 variants, levels and dates', async () => {
    const before = await counts();
    const { job } = await runImport(ctx.actor('staff', yangzhen), xlsx(HEADERS, rows()), {
      mode: 'valid_only',
    });
    expect(job.status).toBe('succeeded');
    expect(job.result).toEqual({
      imported: 2,
      created: 2,
      updated: 0,
      transferred: 0,
      rejected: 8,
      errorCount: 8,
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
    xlsx(HEADERS, [
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
    expect(again.job.result).toMatchObject({ imported: 2, created: 0, updated: 0, transferred: 0 });
    expect(await counts()).toEqual(before);
  });

  it('updates a found person from the file and transfers them within the subtree, keeping history', async () => {
    const before = await counts();
    const { job } = await runImport(ctx.actor('staff', shunyi), file('李遂建材公司工会', '13900000009'));
    expect(job.result).toMatchObject({ imported: 2, created: 0, updated: 1, transferred: 2 });
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
      xlsx(HEADERS, [['吴刚', idNo(201), '', '昌平区医院工会', '', '', '', '', '']]),
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
      `冯建华,${idNo(301, 1975)},,杨镇卫生服务中心工会,,N,Y,否,男`,
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
    const { job, errors } = await runImport(ctx.actor('staff', yangzhen), buffer);
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

describe('member import: nothing half-imported', () => {
  const file = (a = 501, b = 502) =>
    xlsx(HEADERS, [
      ['林峰', idNo(a), '', '杨镇汇丰包装公司工会', '', '', '', '', ''],
      ['罗娟', idNo(b), '', '杨镇汇丰包装公司工会', '', '', '', '', ''],
    ]);

  it('a failure inside the merge transaction leaves persons and memberships as they were', async () => {
    await db.query(`create function fail_membership_insert() returns trigger language plpgsql as $$
      begin raise exception 'simulated crash during merge'; end $$`);
    await db.query(`create trigger fail_membership_insert before insert on memberships
      for each row execute function fail_membership_insert()`);
    try {
      const before = await counts();
      const { job } = await runImport(ctx.actor('staff', yangzhen), file());
      expect(job.status).toBe('failed');
      expect(job.error?.code).toBe('JOB_FAILED');
      expect(job.error?.details).toEqual({ reason: expect.stringContaining('simulated crash during merge') });
      expect(await counts()).toEqual(before);
      expect(await personByIdNumber(idNo(501))).toBeUndefined();
    } finally {
      await db.query('drop trigger fail_membership_insert on memberships');
      await db.query('drop function fail_membership_insert()');
    }
  });

  it('a person registered elsewhere between validation and merge aborts the merge instead of duplicating', async () => {
    const actor = { ...ctx.actor('staff', yangzhen), scopePath: yangzhen.path };
    const input = { fileName: 'm.xlsx', buffer: file(511, 512), mode: 'all_or_nothing' as const };
    const handle = await ctx.services.jobs.start(actor, 'import.members', {});
    const deps = { db, ids: ctx.services.ids };
    const v = await validateImport(deps, handle, actor, input, null, TODAY);
    const refused = await stageImport(deps, handle, input.mode, v);
    await ctx.newPerson(lisui, { idNumber: idNo(512) });
    const before = await counts();
    await expect(mergeImport(deps, handle, actor, input, refused ?? {}, v.total)).rejects.toMatchObject({
      code: 'IMPORT_STALE',
    });
    expect(await counts()).toEqual(before);
    expect(await personByIdNumber(idNo(511))).toBeUndefined();
    await handle.fail({ code: 'IMPORT_STALE', messageZh: '', messageEn: '' });
    await sweepStaleJobs(db, { staleSeconds: 3600 });
    expect((await counts()).staging).toBe(0);
  });

  it('a process killed between staging and merge leaves the members unchanged; the sweep removes its rows', async () => {
    const before = await counts();
    const actor = { ...ctx.actor('staff', yangzhen), scopePath: yangzhen.path };
    const input = { fileName: 'm.xlsx', buffer: file(), mode: 'all_or_nothing' as const };
    const handle = await ctx.services.jobs.start(actor, 'import.members', {});
    const deps = { db, ids: ctx.services.ids };
    const v = await validateImport(deps, handle, actor, input, null, TODAY);
    expect(await stageImport(deps, handle, input.mode, v)).not.toBeNull();
    // The process dies here: no merge, no clean-up. The staged rows are all that is left.
    const staged = await db.query<{ n: number }>(
      'select count(*) as n from import_staging where job_id = $1',
      [handle.id],
    );
    expect(staged.rows[0].n).toBe(2);
    expect(await personByIdNumber(idNo(501))).toBeUndefined();

    const swept = await sweepStaleJobs(db, { staleSeconds: 0 });
    expect(swept).toEqual({ interrupted: 1, stagingRows: 2 });
    expect(await counts()).toEqual(before);
    const job = await db.query<{ status: string; error: { code: string } }>(
      'select status, error from jobs where id = $1',
      [handle.id],
    );
    expect(job.rows[0]).toMatchObject({ status: 'failed', error: { code: 'JOB_INTERRUPTED' } });
    handle.settled();
  });
});
