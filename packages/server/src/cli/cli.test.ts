import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestContext, type TestContext } from '../../test/factories.ts';
import type { Db } from '../db/db.ts';
import type { OrgRow } from '../modules/org/index.ts';
import { readSheet } from '../shared/sheet-reader.ts';
import { writeWorkbook } from '../shared/xlsx-writer.ts';
import { checkCommand, parseCommand, runCommand } from './commands.ts';
import type { CliContext } from './context.ts';

let db: Db;
let ctx: TestContext;
let dir: string;
let district: OrgRow;
let firm: OrgRow;
let staffName: string;
let out: string[];
let err: string[];
let progress: string[];

const cli = (ctxCli: CliContext, ...argv: string[]) => runCommand(ctxCli, parseCommand(argv));

function cliContext(): CliContext {
  const stream = { isTTY: false, write: (s: string) => progress.push(s) } as unknown as NodeJS.WriteStream;
  return {
    db,
    services: ctx.services,
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    progressStream: stream,
  };
}

beforeAll(async () => {
  ({ db, ctx } = await openTestContext());
  dir = mkdtempSync(join(tmpdir(), 'gonghui-cli-'));
  const root = await ctx.newRoot();
  district = await ctx.newOrg(root, 'district', `命令行区总工会${ctx.unique()}`);
  firm = await ctx.newOrg(district, 'grassroots', `命令行公司工会${ctx.unique()}`);
  staffName = (await ctx.newUser('staff', district)).username;
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await db.close();
});

describe('command line', () => {
  it('refuses unknown options and missing arguments with exit code 2', async () => {
    expect(() => parseCommand(['import-members', 'x.xlsx', '--colour'])).toThrow(/bad arguments/);
    await expect(cli(cliContext(), 'import-members')).rejects.toMatchObject({ exitCode: 2 });
    await expect(cli(cliContext(), 'frobnicate', 'x')).rejects.toMatchObject({ exitCode: 2 });
    await expect(cli(cliContext(), 'import-members', 'x.xlsx', '--as', 'nobody')).rejects.toMatchObject({
      exitCode: 2,
    });
  });

  it('imports members with a progress line and a summary, and writes the error report beside the file', async () => {
    out = [];
    err = [];
    progress = [];
    const good = ctx.newIdNumber();
    const file = join(dir, 'members.xlsx');
    writeFileSync(
      file,
      writeWorkbook([
        {
          name: 's',
          headers: ['姓名', '身份证号', '手机号'],
          rows: [
            ['命令行甲', good, '13800000001'],
            ['命令行乙', `${good.slice(0, 17)}${good[17] === '0' ? '1' : '0'}`, ''],
          ],
        },
      ]),
    );
    const code = await cli(
      cliContext(),
      'import-members',
      file,
      '--union',
      firm.name,
      '--joined-on',
      '2020-01-01',
      '--mode',
      'valid_only',
      '--as',
      staffName,
    );
    expect(code).toBe(0);
    expect(progress.join('')).toMatch(/校验 validating {2}2 \/ 2 {2}100%/);
    expect(out.join('\n')).toContain('1 rows imported, 1 created');
    expect(err.join('\n')).toMatch(
      /row 3 \[身份证号\] "\d{6}\*{8}\d{3}[\dX]": ID number check digit is wrong/,
    );
    const report = await readSheet(readFileSync(join(dir, 'members.errors.xlsx')), 'e.xlsx');
    expect(report.rows.map((r) => r.cells[1])).toEqual(['命令行乙']);

    out = [];
    expect(
      await cli(
        cliContext(),
        'import-members',
        file,
        '--union',
        String(firm.id),
        '--joined-on',
        '2020-01-01',
        '--as',
        staffName,
      ),
    ).toBe(1);
  });

  it('checks a member file with --dry-run: the changes listed, nothing written', async () => {
    out = [];
    err = [];
    const idNumber = ctx.newIdNumber();
    const person = await ctx.newPerson(firm, { idNumber, name: '命令行丁', phone: '13800000004' });
    const file = join(dir, 'check.xlsx');
    writeFileSync(
      file,
      writeWorkbook([
        { name: 's', headers: ['姓名', '身份证号', '手机号'], rows: [['命令行丁', idNumber, '13800000005']] },
      ]),
    );
    const args = ['import-members', file, '--union', firm.name, '--as', staffName];
    expect(await cli(cliContext(), ...args, '--dry-run')).toBe(0);
    expect(out.join('\n')).toContain('第2行 命令行丁：手机号 13800000004 → 13800000005');
    expect(out.join('\n')).toContain('1 to update');
    const still = await ctx.services.people.getPerson(ctx.actor('admin', null), person.id);
    expect(still.phone).toBe('13800000004');
  });

  it('exports members masked, or unmasked for the administrator', async () => {
    out = [];
    err = [];
    const id = ctx.newIdNumber();
    await ctx.newPerson(firm, { idNumber: id, name: '命令行丙' });
    const masked = join(dir, 'm.xlsx');
    expect(await cli(cliContext(), 'export-members', masked, '--union', firm.name, '--as', staffName)).toBe(
      0,
    );
    const row = (await readSheet(readFileSync(masked), 'm.xlsx')).rows.find((r) => r.cells[0] === '命令行丙');
    expect(row?.cells[1]).toContain('********');
    // names and phone numbers are personal data: the masked export is in the audit log too, with who and how many
    const logged = await ctx.db.query<{ username: string; org_id: string; after: Record<string, unknown> }>(
      `select username, org_id::text as org_id, after from audit_log where action = 'person.export' order by id desc limit 1`,
    );
    expect(logged.rows[0]).toMatchObject({ username: staffName, org_id: String(firm.id) });
    expect(logged.rows[0].after).toMatchObject({ unmasked: false, count: expect.any(Number) });
    expect(Number(logged.rows[0].after.count)).toBeGreaterThan(0);
    const full = join(dir, 'full.xlsx');
    // No account named admin in this database: the tool acts as the platform administrator.
    expect(await cli(cliContext(), 'export-members', full, '--union', String(firm.id), '--unmasked')).toBe(0);
    const rows = (await readSheet(readFileSync(full), 'f.xlsx')).rows;
    expect(rows.find((r) => r.cells[0] === '命令行丙')?.cells[1]).toBe(id);
    expect(err.join('\n')).toContain('audit log');
  });

  it('imports unions from a sheet and exports the tree', async () => {
    out = [];
    err = [];
    const file = join(dir, 'orgs.xlsx');
    writeFileSync(
      file,
      writeWorkbook([
        {
          name: 's',
          headers: ['上级工会', '工会名称', '类型/层级', '统一社会信用代码', '成立日期'],
          rows: [
            [district.name, '命令行街道总工会', '街道', '', '2018-01-01'],
            ['命令行街道总工会', '命令行基层工会', '基层工会', '', ''],
          ],
        },
      ]),
    );
    // the dry run (预检) through the web page's own import: counts, writes nothing
    expect(await cli(cliContext(), 'import', 'unions', file, '--dry-run', '--as', staffName)).toBe(0);
    expect(out.join('\n')).toContain('2 to create');
    expect(await cli(cliContext(), 'import', 'unions', file, '--as', staffName)).toBe(0);
    expect(out.join('\n')).toContain('imported 2 rows');
    // import-orgs is the older name of the same import
    expect(await cli(cliContext(), 'import-orgs', file, '--as', staffName)).toBe(1);
    expect(err.join('\n')).toContain('已有“命令行街道总工会”');

    const tree = join(dir, 'tree.xlsx');
    expect(await cli(cliContext(), 'export-orgs', tree, '--union', district.name)).toBe(0);
    const names = (await readSheet(readFileSync(tree), 't.xlsx')).rows.map((r) => r.cells[5]);
    expect(names[0]).toBe(district.name);
    expect(new Set(names)).toEqual(new Set([district.name, firm.name, '命令行街道总工会', '命令行基层工会']));
  });

  it('says how many of a ledger sent again are on record already and skipped', async () => {
    out = [];
    err = [];
    const headers = ['活动名称', '主办工会', '活动类型', '举办日期', '报名人数', '参加人数'];
    const first = ['命令行读书会', firm.name, '文体', '2019-05-18', 30, 25];
    const file = join(dir, 'activities.xlsx');
    writeFileSync(file, writeWorkbook([{ name: 's', headers, rows: [first] }]));
    expect(await cli(cliContext(), 'import', 'activities', file, '--as', staffName)).toBe(0);
    // the ledger grown by one activity, sent whole again
    const again = join(dir, 'activities-again.xlsx');
    const rows = [first, ['命令行健步走', firm.name, '文体', '2019-06-01', 40, 38]];
    writeFileSync(again, writeWorkbook([{ name: 's', headers, rows }]));
    out = [];
    expect(await cli(cliContext(), 'import', 'activities', again, '--dry-run', '--as', staffName)).toBe(0);
    expect(out.join('\n')).toContain('1 to create, 1 on record already (skipped)');
    expect(await cli(cliContext(), 'import', 'activities', again, '--as', staffName)).toBe(0);
    expect(out.join('\n')).toContain('已导入 1 条');
    expect(out.join('\n')).toContain('1 条已在册（跳过）');
  });

  it('brings a year of holidays in from a sheet: --dry-run checks, then the year is replaced', async () => {
    out = [];
    err = [];
    const file = join(dir, 'holidays.csv');
    writeFileSync(
      file,
      '日期,休/班,名称\n2043-10-01,休,国庆节\n2043-10-02,休,国庆节\n2043-10-10,班,国庆节调休\n',
    );
    expect(await cli(cliContext(), 'import', 'holidays', file, '--dry-run')).toBe(0);
    expect(out.join('\n')).toContain('3 to create');
    expect(await cli(cliContext(), 'import', 'holidays', file)).toBe(0);
    const { rows } = await db.query<{ n: number }>(
      `select count(*)::int as n from work_calendar where day between '2043-01-01' and '2043-12-31'`,
    );
    expect(rows[0].n).toBe(3);
    // a weekday cannot be a make-up working day: refused, naming the row
    writeFileSync(file, '日期,休/班,名称\n2043-10-12,班,国庆节调休\n');
    expect(await cli(cliContext(), 'import', 'holidays', file)).toBe(1);
    expect(err.join('\n')).toContain('第2行');
  });

  it('brings a requests register in: --dry-run checks and writes nothing, then all rows go in', async () => {
    out = [];
    err = [];
    const file = join(dir, 'cases.xlsx');
    const row = (accepted: string) => [
      '2025-06-02',
      '接待日',
      '工资报酬',
      '命令行台账诉求',
      firm.name,
      accepted,
    ];
    const write = (rows: string[][]) =>
      writeFileSync(
        file,
        writeWorkbook([
          { name: 's', headers: ['收到日期', '渠道', '类别', '诉求内容', '所在工会', '受理日期'], rows },
        ]),
      );
    const count = async () =>
      (
        await ctx.db.query<{ n: number }>(
          `select count(*)::int as n from cases where description = '命令行台账诉求'`,
        )
      ).rows[0].n;
    write([row('2025-06-03'), row('2025-06-01')]);
    expect(await cli(cliContext(), 'import', 'cases', file, '--dry-run', '--as', staffName)).toBe(1);
    expect(err.join('\n')).toContain('第3行 [受理日期] 受理日期 2025-06-01 早于收到日期 2025-06-02');
    expect(await cli(cliContext(), 'import', 'cases', file, '--as', staffName)).toBe(1);
    expect(await count()).toBe(0);
    write([row('2025-06-03'), row('2025-06-04')]);
    expect(await cli(cliContext(), 'import', 'cases', file, '--dry-run', '--as', staffName)).toBe(0);
    expect(out.join('\n')).toContain('2 to create');
    expect(await count()).toBe(0);
    expect(await cli(cliContext(), 'import', 'cases', file, '--as', staffName)).toBe(0);
    expect(await count()).toBe(2);
    await expect(cli(cliContext(), 'import', 'studios-x', file)).rejects.toMatchObject({ exitCode: 2 });
  });
});

describe('admin create', () => {
  it('refuses what it is asked wrongly before the database is opened (or made, for a first administrator)', () => {
    const asked =
      (...argv: string[]) =>
      () =>
        checkCommand(parseCommand(argv));
    for (const argv of [
      ['admin', 'create', '--username', 'root'],
      ['admin', 'reset-password', '--username', 'root'],
      ['admin', 'create', '--password-stdin'],
      ['admin', 'create', '--username', 'root', '--role', 'judge', '--password-stdin'],
      ['admin', 'promote', '--username', 'root'],
    ])
      expect(asked(...argv), argv.join(' ')).toThrow(expect.objectContaining({ exitCode: 2 }));
    expect(asked('admin', 'create', '--username', 'root', '--password-stdin')).not.toThrow();
    expect(asked('admin', 'disable', '--username', 'root')).not.toThrow();
  });

  it('reads the password from standard input only, and refuses a weak one', async () => {
    const { Readable } = await import('node:stream');
    const { createAdminCommand } = await import('./admin.ts');
    const username = `cliadmin${ctx.unique()}`;
    await expect(createAdminCommand(cliContext(), { username })).rejects.toMatchObject({ exitCode: 2 });
    await expect(
      createAdminCommand(cliContext(), {
        username,
        passwordStdin: true,
        stdin: Readable.from(['12345678\n']),
      }),
    ).rejects.toThrow(/常见|common/);
    // the staff rules too: three of four character classes
    await expect(
      createAdminCommand(cliContext(), {
        username,
        passwordStdin: true,
        stdin: Readable.from(['a-two-class-admin-pass\n']),
      }),
    ).rejects.toThrow(/至少3类|at least 3 of/);
    const code = await createAdminCommand(cliContext(), {
      username,
      passwordStdin: true,
      stdin: Readable.from(['a-good-admin-pass-2026\nignored second line\n']),
    });
    expect(code).toBe(0);
    const { rows } = await db.query<{ role: string; must: boolean }>(
      `select a.role, u.must_change_password as must from users u join role_assignments a on a.user_id = u.id
        where u.username = $1`,
      [username],
    );
    expect(rows).toEqual([{ role: 'admin', must: false }]);
    const again = createAdminCommand(cliContext(), {
      username,
      passwordStdin: true,
      stdin: Readable.from(['a-good-admin-pass-2026\n']),
    });
    await expect(again).rejects.toThrow(/taken|已被使用/);
  });

  it('sets up an audit administrator, resets, disables and enables it, each an audit row by the command line', async () => {
    const { Readable } = await import('node:stream');
    const { adminAccountCommand, createAdminCommand } = await import('./admin.ts');
    const username = `cliaudit${ctx.unique()}`;
    const stdin = (text: string) => Readable.from([`${text}\n`]);
    await expect(
      createAdminCommand(cliContext(), { username, role: 'judge', passwordStdin: true, stdin: stdin('x') }),
    ).rejects.toMatchObject({ exitCode: 2 });
    const made = { username, role: 'audit_admin', passwordStdin: true, stdin: stdin('Audit-first-2026') };
    expect(await createAdminCommand(cliContext(), made)).toBe(0);
    const state = async () =>
      (
        await db.query<{ id: number; role: string; must: boolean; active: boolean; hash: string }>(
          `select u.id, a.role, u.must_change_password as must, u.is_active as active, u.password_hash as hash
             from users u join role_assignments a on a.user_id = u.id where u.username = $1`,
          [username],
        )
      ).rows[0];
    const first = await state();
    // its holder chooses their own password at the first sign-in
    expect(first).toMatchObject({ role: 'audit_admin', must: true, active: true });
    // the password on standard input only, and held to the staff rules
    await expect(adminAccountCommand(cliContext(), 'reset-password', { username })).rejects.toMatchObject({
      exitCode: 2,
    });
    await expect(
      adminAccountCommand(cliContext(), 'reset-password', {
        username,
        passwordStdin: true,
        stdin: stdin('abc'),
      }),
    ).rejects.toThrow(/密码|password/);
    const reset = { username, passwordStdin: true, stdin: stdin('Audit-again-2026') };
    expect(await adminAccountCommand(cliContext(), 'reset-password', reset)).toBe(0);
    expect((await state()).hash).not.toBe(first.hash);
    expect(await adminAccountCommand(cliContext(), 'disable', { username })).toBe(0);
    expect((await state()).active).toBe(false);
    expect(await adminAccountCommand(cliContext(), 'enable', { username })).toBe(0);
    expect((await state()).active).toBe(true);
    await expect(
      adminAccountCommand(cliContext(), 'disable', { username: 'no-such-user' }),
    ).rejects.toMatchObject({ message: expect.stringMatching(/找不到用户/), exitCode: 2 });
    const { rows } = await db.query<{ action: string; ip: string }>(
      `select action, ip from audit_log where entity = 'user' and entity_id = $1 order by id`,
      [String(first.id)],
    );
    expect(rows).toEqual(
      ['user.create', 'user.reset_password', 'user.disable', 'user.enable'].map((action) => ({
        action,
        ip: 'cli',
      })),
    );
  });
});
