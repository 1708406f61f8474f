import { parseArgs } from 'node:util';
import { type AdminAction, adminAccountCommand, checkAdminCommand, createAdminCommand } from './admin.ts';
import { auditCommand } from './audit.ts';
import { type CliContext, CliError } from './context.ts';
import { keysCommand } from './keys.ts';
import { exportMembersCommand, importMembersCommand } from './members.ts';
import { exportOrgsCommand } from './orgs.ts';
import { reconcileCommand } from './reconcile.ts';
import { CLI_REGISTER_NAMES, importRegisterCommand } from './registers.ts';

/** The registers' descriptions in the help, richer than their manifests' names; the others are named by these. */
const REGISTER_HELP: Record<string, string> = {
  unions: '工会组织（上级工会、工会名称、类型/层级、统一社会信用代码、职工人数、女职工人数，自上而下）',
  cases: '诉求台账（收到日期与时间、受理、答复、办结日期）',
  studios: '创新工作室台账（含认定级别历史）',
  'studio-grants': '创新工作室项目与资助（专家费、带徒津贴可多次）',
  'past-payments':
    '以往发放台账（平台启用前或平台外发放给个人的款项：身份证号、姓名、项目、实发金额、批准日期、发放日期）',
  achievements: '创新成果台账（专利、转化、团队）',
  agreements: '集体合同台账（每行一份合同及一家覆盖企业）',
  donations: '捐赠台账',
  hardship: '困难职工档案台账（含家庭成员）',
  pledges: '办实事项目台账（含进度节点）',
  selections: '评选表彰结果台账',
  'insurance-claims': '保险理赔台账（出险、申请、决定、赔付日期与金额）',
  holidays: '一年的节假日安排（日期、休/班、名称；替换该年）',
};

/** One help line per register `import` brings in: the described ones first, then every other (its manifest's name). */
const registerLines = () =>
  [...new Set([...Object.keys(REGISTER_HELP), ...Object.keys(CLI_REGISTER_NAMES)])]
    .filter((key) => key in CLI_REGISTER_NAMES)
    .map((key) => `        ${key.padEnd(13)} ${REGISTER_HELP[key] ?? CLI_REGISTER_NAMES[key]}`)
    .join('\n');
/** The registers the English help's hand-written sentence does not name. */
const otherKeys = () => Object.keys(CLI_REGISTER_NAMES).filter((key) => !(key in REGISTER_HELP));

export const HELP = `Gonghui 工会服务平台 — 命令行工具 / command line tool

用法 / usage:  npm run cli -- <命令 command> [参数 options]

  import-members <文件.xlsx|.csv> [--union <工会名称或ID>] [--joined-on <YYYY-MM-DD>] [--mode all_or_nothing|valid_only] [--dry-run] [--as <用户名>]
      批量导入会员；--union 为“所在工会”留空的行所用的工会；--joined-on 为“入会日期”留空的新会员所用的日期
      （不指定则这些行报错）；默认全部正确才导入。有错误时在输入文件旁写出错误报告（<文件>.errors.xlsx）。
      --dry-run 只预检：列出每一行将修改的内容，不写入。导出的名单修改后可直接导入（按“行标识”对应会员）。
      Import members; --union is the union for rows whose 所在工会 is blank; --joined-on the join date of new
      members whose 入会日期 is blank (without it those rows are refused); all_or_nothing by default.
      When rows are refused, the error report is written beside the input (<file>.errors.xlsx).
      --dry-run only checks: what each row would change, nothing written. An exported list, edited, imports
      as it is (each row's member known by its 行标识).

  export-members <输出.xlsx> [--union <工会名称或ID>] [--unmasked] [--as <用户名>]
      导出会员名单；身份证号默认脱敏，--unmasked 导出完整号码（须有权限，记入审计日志）。
      Export members; ID numbers are masked unless --unmasked (needs the permission; audited).

  export-orgs <输出.xlsx> [--union <工会名称或ID>] [--as <用户名>]
      导出工会组织树（ID、上级、路径、层级、类型、名称、统一社会信用代码、成立日期）。
      Export the union tree (id, parent, path, level, kind, name, USCC, founding date).

  import <台账 register> <文件.xlsx|.csv> [--dry-run] [--as <用户名>]
      导入以往的台账，全部正确才导入；--dry-run 只预检（列出将新增的条数和每一处错误，不写入）。台账：
${registerLines()}
      Bring a past register in, all rows or none; --dry-run only checks (counts and every problem, nothing
      written). Registers: unions (the union tree, top to bottom), cases (requests), studios (with their level
      history), studio-grants (studio projects and grants), past-payments (payments to people before the platform
      or outside it, counted on their days), achievements (with patents, conversions, team),
      agreements (one row per agreement and covered enterprise), donations, hardship (files with their
      households), pledges (办实事 projects with their milestones), selections (winners), insurance-claims
      (claims with their accident, filing, decision and payment days and payouts), holidays (a year's
      holiday calendar: day, 休/班, name; replaces that year)${otherKeys()
        .map((key) => `, ${key}`)
        .join('')}.

  import-orgs <文件.xlsx|.csv> [--dry-run] [--as <用户名>]
      同 import unions（旧名称）/ the older name of import unions.

  admin create --username <用户名> --password-stdin [--role admin|security_admin|audit_admin] [--display-name <姓名>]
      创建系统管理员（例如全新安装的第一个账号），或安全、审计管理员（已有在用的之后，只能在此设立，系统管理员
      不能自行设立）；密码从标准输入读取，不接受命令行参数。
      Create a system administrator (e.g. the first account of a new installation), or a security or audit
      administrator (after the first run, set up only here, not by the system administrator); the password is
      read from standard input, never from the command line:  echo "$PASSWORD" | npm run cli -- admin create --username admin --password-stdin

  admin reset-password --username <用户名> --password-stdin | admin disable --username <用户名> | admin enable --username <用户名>
      重置密码（登录时须修改）、停用、启用账号：安全、审计管理员的账号只能在此办理。
      Reset a password (changed at the next sign-in), disable or enable an account: a security or audit
      administrator's account is managed only here.

  reconcile [--union <工会名称或ID>] [--as-of <YYYY-MM-DD>] [--as <用户名>]
      核对统计：按各模块的原始记录重新计算该工会及其下级截至某日（默认今天）的每一项统计数，与统计页面所用的
      留存数逐一比较，列出每一处差异（工会、统计项、日期、留存数、重算数）；有差异时退出码为 1。
      Reconcile the statistics: every figure of the union's subtree kept up to the day (default today) is
      recounted from the module's rows and compared with the count the pages show; each difference is listed
      (union, figure, day, kept, recounted); exit code 1 when there is any.

  backup <文件> [--force]
      备份整个数据库（内嵌数据库：数据目录的压缩包；PostgreSQL：pg_dump -Fc）。身份证号密钥不在备份中，请另行备份。
      PostgreSQL 可在服务器运行时备份；内嵌数据库须先停止服务器（备份期间服务中断）。
      Back up the whole database (embedded: a tarball of its cluster; PostgreSQL: pg_dump -Fc). The ID-number key
      is not in the backup: back it up separately. On PostgreSQL the servers keep serving; on the embedded
      database stop the server first (no service while it runs).

  restore <文件> [--force]
      从备份恢复；目标数据库已有数据时须加 --force（内嵌数据库的原数据会被移到一旁保留）。
      Restore a backup; a target that holds data needs --force (the embedded one is moved aside, not deleted).

  audit verify [--file <归档.jsonl>]
      校验操作日志的哈希链（默认 SHA-256，GONGHUI_CRYPTO=sm 时为 SM3）：逐条重算，指出第一条被修改、删除或插入的
      记录（ID 及问题），退出码 1；完好时为 0。--file 校验归档文件本身（不连接数据库）。
      Verify the audit log's hash chain (SHA-256; SM3 with GONGHUI_CRYPTO=sm): every row recomputed; the first
      altered, removed or inserted row is named (id and what is wrong), exit code 1; 0 when intact. --file
      verifies an archive file on its own (no database).

  audit archive --before <YYYY-MM-DD> [--out <文件.jsonl>]
      将该日之前的操作日志写入 JSON Lines 文件（含链的锚点，可用 audit verify --file 校验）并移出数据表，表中
      保留锚点使在线链仍可校验。日志至少在线保存 180 天（GONGHUI_AUDIT_RETENTION_DAYS）。
      Write the audit rows before the day to a JSON-lines file (with the chain's anchor; audit verify --file checks
      it) and remove them from the table, which keeps the anchor so the online chain still verifies. Rows stay
      online at least 180 days (GONGHUI_AUDIT_RETENTION_DAYS).

  keys rotate [--to sm|default] [--key <密钥ID>] [--as <用户名>]
      密钥轮换：生成新密钥（--to sm 为 SM4/SM3，default 为 AES-256-GCM/HMAC-SHA256，默认与当前相同；--key 使用已放入
      各服务器密钥环的密钥），新数据立即改用新密钥，再分批重新加密全部身份证号、银行账号、京卡号并重算查询哈希；
      PostgreSQL 上服务器无需停止；内嵌数据库须先停止服务器。中断后再次运行从中断处继续；结束时列出各表条数，
      旧密钥不再被使用时停用。记入审计日志。
      Rotate the data key: a new key (--to sm: SM4/SM3, default: AES-256-GCM/HMAC-SHA256; by default the current
      one's; --key: a key already in every server's keyring) is current for new values at once, then every ID, bank
      account and 京卡 number is re-encrypted and its look-up hash recomputed in batches — on PostgreSQL while the
      servers serve; on the embedded database stop the server first. Run again after an interruption to resume;
      prints the rows per table and retires the old key once no value uses it. Audited.

  help
      显示本说明 / show this help

命令以 --as 指定的用户身份执行，默认 admin，只能处理该用户管辖范围内的数据。
Commands run as the user given by --as (default admin) and see only that user's subtree.

数据库 / database: 与服务器相同 — 设置了 DATABASE_URL 时连接 PostgreSQL，否则使用 DATA_DIR（默认 ./data）中的内嵌数据库。
内嵌数据库同一时间只能被一个进程打开：服务器运行时不能对同一 DATA_DIR 使用命令行工具，请先停止服务器或改用 PostgreSQL。
Same as the server: PostgreSQL when DATABASE_URL is set, else the embedded database in DATA_DIR (default ./data).
The embedded database can be open in one process only: stop the server before using the tool on the same DATA_DIR,
or use PostgreSQL.

退出码 / exit codes: 0 成功 success, 1 失败 failure, 2 用法错误 usage error`;

export const usage = (message: string) =>
  new CliError(`${message}\n\n运行 npm run cli -- help 查看用法 / run npm run cli -- help for usage`, 2);

export interface ParsedCommand {
  command: string;
  positionals: string[];
  values: {
    union?: string;
    'joined-on'?: string;
    mode?: string;
    as?: string;
    unmasked?: boolean;
    force?: boolean;
    help?: boolean;
    username?: string;
    'display-name'?: string;
    role?: string;
    'password-stdin'?: boolean;
    'dry-run'?: boolean;
    'as-of'?: string;
    before?: string;
    out?: string;
    file?: string;
    to?: string;
    key?: string;
  };
}

export function parseCommand(argv: string[]): ParsedCommand {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        union: { type: 'string' },
        'joined-on': { type: 'string' },
        mode: { type: 'string' },
        as: { type: 'string' },
        unmasked: { type: 'boolean' },
        username: { type: 'string' },
        'display-name': { type: 'string' },
        role: { type: 'string' },
        'password-stdin': { type: 'boolean' },
        force: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        'as-of': { type: 'string' },
        before: { type: 'string' },
        out: { type: 'string' },
        file: { type: 'string' },
        to: { type: 'string' },
        key: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const [command = 'help', ...rest] = positionals;
    return { command, positionals: rest, values };
  } catch (e) {
    throw usage(`参数错误 / bad arguments: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export const COMMANDS: Record<
  string,
  {
    args: string;
    /** What can be checked before the database is opened (a usage error, exit code 2). */
    check?: (p: ParsedCommand) => void;
    run: (ctx: CliContext, p: ParsedCommand) => Promise<number>;
  }
> = {
  'import-members': {
    args: '<file>',
    run: (ctx, { positionals, values }) =>
      importMembersCommand(ctx, {
        file: positionals[0],
        union: values.union,
        joinedOn: values['joined-on'],
        mode: values.mode,
        dryRun: values['dry-run'],
        as: values.as,
      }),
  },
  'export-members': {
    args: '<out.xlsx>',
    run: (ctx, { positionals, values }) =>
      exportMembersCommand(ctx, {
        out: positionals[0],
        union: values.union,
        unmasked: values.unmasked,
        as: values.as,
      }),
  },
  'export-orgs': {
    args: '<out.xlsx>',
    run: (ctx, { positionals, values }) =>
      exportOrgsCommand(ctx, { out: positionals[0], union: values.union, as: values.as }),
  },
  admin: {
    args: 'create|reset-password|disable|enable',
    check: ({ positionals, values }) =>
      checkAdminCommand(positionals[0], {
        username: values.username,
        role: values.role,
        passwordStdin: values['password-stdin'],
      }),
    run: (ctx, { positionals, values }) => {
      const action = positionals[0];
      if (action === 'create') {
        return createAdminCommand(ctx, {
          username: values.username,
          displayName: values['display-name'],
          role: values.role,
          passwordStdin: values['password-stdin'],
        });
      }
      return adminAccountCommand(ctx, action as Exclude<AdminAction, 'create'>, {
        username: values.username,
        passwordStdin: values['password-stdin'],
      });
    },
  },
  import: {
    args: '<register> <file>',
    run: (ctx, { positionals, values }) =>
      importRegisterCommand(ctx, {
        register: positionals[0],
        file: positionals[1],
        dryRun: values['dry-run'],
        as: values.as,
      }),
  },
  reconcile: {
    args: '',
    run: (ctx, { values }) =>
      reconcileCommand(ctx, { union: values.union, asOf: values['as-of'], as: values.as }),
  },
  audit: {
    args: '<verify|archive>',
    run: (ctx, { positionals, values }) =>
      auditCommand(ctx, { sub: positionals[0], before: values.before, out: values.out, as: values.as }),
  },
  keys: {
    args: '<action>',
    run: (ctx, { positionals, values }) =>
      keysCommand(
        ctx,
        { dataDir: ctx.dataDir ?? './data' },
        {
          action: positionals[0],
          to: values.to,
          key: values.key,
          as: values.as,
        },
      ),
  },
  // The older name of `import unions`.
  'import-orgs': {
    args: '<file>',
    run: (ctx, { positionals, values }) =>
      importRegisterCommand(ctx, {
        register: 'unions',
        file: positionals[0],
        dryRun: values['dry-run'],
        as: values.as,
      }),
  },
};

/** Refuses an unknown command or a missing argument before anything is opened. */
export function checkCommand(parsed: ParsedCommand): void {
  const command = COMMANDS[parsed.command];
  if (!command) throw usage(`未知命令 / unknown command: ${parsed.command}`);
  if (parsed.positionals.length !== (command.args ? command.args.split(' ').length : 0)) {
    throw usage(`${parsed.command} 需要参数 ${command.args} / ${parsed.command} takes ${command.args}`);
  }
  command.check?.(parsed);
}

/** Runs one command in an open context; returns the exit code. Used by main and by the tests. */
export async function runCommand(ctx: CliContext, parsed: ParsedCommand): Promise<number> {
  checkCommand(parsed);
  return COMMANDS[parsed.command].run(ctx, parsed);
}
