import { describe, expect, it } from 'vitest';
import { writeWorkbook } from '../src/shared/xlsx-writer.ts';
import { multipartForm } from './multipart.ts';
import { appWorld } from './world-kit.ts';

/**
 * An accounts sheet as a clerk types it on the first day (issue 45): a phone and a username typed with an input
 * method's full-width digits and letters are read as meant, as the member sheet reads a phone; a name longer than an
 * account's page takes is refused on its row, not opened as an account that page then cannot save; a union named by
 * a credit code Excel made a number is told as digits lost, not as no such union; a title above the header, a note
 * between the accounts and a 合计 and a signer under them are left out and named, as the union tree's import names them.
 */
const w = appWorld({
  tree: { district: ['root/district', '账号杂表测试区总工会'] },
  users: { manager: ['manager', 'district'] },
});

const HEADERS = ['用户名', '姓名', '手机号', '所在工会', '角色', '初始密码'];
const wide = (s: string) => s.replace(/[0-9a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** `title`: a line written above the header, as a clerk titles the sheet (账号导入表). */
const send = (rows: (string | number)[][], dryRun: boolean, title?: string) => {
  const data = writeWorkbook([
    title
      ? { name: '账号', headers: [title], rows: [HEADERS, ...rows] }
      : { name: '账号', headers: HEADERS, rows },
  ]);
  const mime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return w.t.call({
    method: 'POST',
    url: `/api/users/import${dryRun ? '?dryRun=true' : ''}`,
    cookie: w.manager,
    ...multipartForm({ files: [{ name: '账号.xlsx', mime, data }] }, '----messyaccounts'),
  });
};

describe('an accounts sheet typed with full-width digits and letters', () => {
  it('reads the phone and the username as meant, on the dry run and the import alike', async () => {
    const phone = w.t.ctx.newPhone();
    const username = `wide${w.t.ctx
      .unique()
      .toLowerCase()
      .replace(/[^0-9a-z]/g, '')}`;
    const rows = [
      [
        wide(username),
        '陈刚',
        `+86 ${wide(phone.slice(0, 3))}-${wide(phone.slice(3))}`,
        w.district.name,
        '工作人员',
        '',
      ],
    ];
    const check = await send(rows, true);
    expect(check.statusCode, check.body).toBe(200);
    expect(check.json()).toMatchObject({ errors: [], accounts: [{ username }] });
    const done = await send(rows, false);
    expect(done.statusCode, done.body).toBe(200);
    const { rows: made } = await w.t.db.query<{ phone: string }>(
      `select phone from users where username = $1`,
      [username],
    );
    expect(made).toEqual([{ phone }]);
  });
});

describe('a name longer than an account takes', () => {
  it('is refused on its row and column in both languages, and no account is opened', async () => {
    const username = `long${w.t.ctx
      .unique()
      .toLowerCase()
      .replace(/[^0-9a-z]/g, '')}`;
    const rows = [[username, `王${'五'.repeat(70)}`, '', w.district.name, '工作人员', '']];
    const check = await send(rows, true);
    expect(check.json().errors).toMatchObject([
      {
        rowNo: 2,
        column: '姓名',
        code: 'TEXT_TOO_LONG',
        messageZh: '姓名最多50个字，本格有71个字',
        messageEn: 'The name is at most 50 characters; this one has 71',
      },
    ]);
    expect((await send(rows, false)).statusCode).toBe(400);
    const { rows: made } = await w.t.db.query(`select 1 from users where username = $1`, [username]);
    expect(made).toEqual([]);
  });
});

describe('a union named by a credit code Excel stored as a number', () => {
  it('is refused saying its last digits were lost and how to keep them, not as a union that does not exist', async () => {
    const username = `code${w.t.ctx
      .unique()
      .toLowerCase()
      .replace(/[^0-9a-z]/g, '')}`;
    // the number the cell holds: past 2^53, the credit code's last digits lost as Excel loses them
    const rows = [[username, '赵敏', '', Number('911101137000000038'), '工作人员', '']];
    const [error] = (await send(rows, true)).json().errors;
    expect(error).toMatchObject({ rowNo: 2, column: '所在工会', code: 'UNION_NOT_FOUND' });
    expect(error.messageZh).toMatch(/^「9\.11101E\+17」：Excel 把统一社会信用代码存成了数字.*末几位已丢失/);
    expect(error.messageEn).toContain('Excel stored the unified social credit code as a number');
  });
});

describe('a sheet with a title, a note row, a 合计 row and a signer', () => {
  const lower = () =>
    w.t.ctx
      .unique()
      .toLowerCase()
      .replace(/[^0-9a-z]/g, '');
  // row 1 the title, row 2 the header; the accounts on rows 3 and 5
  const sheet = (second: string[]) => [
    [`note${lower()}`, '张一', '', w.district.name, '工作人员', ''],
    ['注：初始密码留空的，由系统生成'],
    second,
    ['合计', '2人'],
    ['填表人：王芳'],
  ];
  const LEFT_OUT = [
    { rowNo: 4, reason: 'note' },
    { rowNo: 6, reason: 'total' },
    { rowNo: 7, reason: 'note' },
  ];
  const TITLE = '账号杂表测试区总工会工作人员账号导入表';

  it('names the rows it left out on the check (预检), the import and a refusal alike', async () => {
    const rows = sheet([`note${lower()}`, '张二', '', w.district.name, '工作人员', '']);
    const check = await send(rows, true, TITLE);
    expect(check.statusCode, check.body).toBe(200);
    expect(check.json()).toMatchObject({ total: 2, errors: [], ignoredRows: LEFT_OUT });
    expect(check.json().accounts.map((a: { rowNo: number }) => a.rowNo)).toEqual([3, 5]);
    const done = await send(rows, false, TITLE);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ ignoredRows: LEFT_OUT });
    expect(done.json().created).toHaveLength(2);
  });

  it('names them beside a wrong row, on the check and in the import refused', async () => {
    const rows = sheet([`note${lower()}`, '张二', '', w.district.name, '会长', '']);
    const check = await send(rows, true, TITLE);
    expect(check.json()).toMatchObject({ errors: [{ rowNo: 5, column: '角色' }], ignoredRows: LEFT_OUT });
    const refused = await send(rows, false, TITLE);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toMatchObject({
      errors: [{ rowNo: 5, column: '角色' }],
      ignoredRows: LEFT_OUT,
    });
  });
});
