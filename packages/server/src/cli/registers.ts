import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Actor } from '../access/access.ts';
import { recountEnterprises } from '../modules/agreements/index.ts';
import { importOrgsFile } from '../modules/org/index.ts';
import { AppError } from '../shared/errors.ts';
import type { RegisterRowError } from '../shared/register-sheet.ts';
import { type CliContext, CliError, resolveActor } from './context.ts';

interface CliRegister {
  zh: string;
  of: (ctx: CliContext) => {
    importFile(
      actor: Actor,
      input: { file: Buffer; fileName: string; dryRun: boolean },
    ): Promise<{ dryRun: boolean; total: number; created: number; errors: RegisterRowError[] }>;
  };
}

/** The registers `import` brings in, by the name given on the command line. */
const REGISTERS: Record<string, CliRegister> = {
  agreements: { zh: '集体合同台账记录', of: (ctx) => ctx.services.agreements.register },
  achievements: { zh: '创新成果台账记录', of: (ctx) => ctx.services.innovation.achievementsRegister },
  cases: { zh: '诉求台账', of: (ctx) => ctx.services.cases.register },
  holidays: { zh: '节假日安排', of: (ctx) => ctx.services.cases.holidays },
  hardship: { zh: '困难职工档案', of: (ctx) => ctx.services.hardship.register },
  pledges: { zh: '办实事项目', of: (ctx) => ctx.services.pledges.register },
  donations: { zh: '捐赠记录', of: (ctx) => ctx.services.donations.register },
  studios: { zh: '创新工作室认定记录', of: (ctx) => ctx.services.innovation.studiosRegister },
  selections: { zh: '评选获评人员', of: (ctx) => ctx.services.selections.register },
  wellness: { zh: '疗休养体检推荐记录', of: (ctx) => ctx.services.wellness.register },
  'past-payments': { zh: '以往发放记录', of: (ctx) => ctx.services.programs.pastPayments },
  'studio-grants': { zh: '工作室项目与资助', of: (ctx) => ctx.services.innovation.studioGrantsRegister },
  'insurance-claims': { zh: '保险理赔记录', of: (ctx) => ctx.services.insurance.register },
  'counselling-sessions': { zh: '心理咨询服务记录', of: (ctx) => ctx.services.counselling.sessionsRegister },
  'station-services': { zh: '站点服务记录', of: (ctx) => ctx.services.stations.servicesRegister },
  activities: { zh: '以往活动记录', of: (ctx) => ctx.services.activities.register },
  'model-workers': { zh: '劳模名册记录', of: (ctx) => ctx.services.modelWorkersRegister },
  // The union tree through the web page's own import; a union created with a credit code takes its enterprise's
  // coverage from agreements entered before it.
  unions: {
    zh: '工会记录',
    of: (ctx) => ({
      importFile: (actor, input) =>
        importOrgsFile(ctx.db, actor, input, { employersChanged: recountEnterprises }),
    }),
  },
};

/**
 * Every name the command line imports a register by: `import <name>` and the member roster's own command
 * (`import-members`, a job with its modes). The page 导入历史台账 lists the same keys (cli/registers.test.ts).
 */
export const CLI_REGISTER_KEYS: readonly string[] = [...Object.keys(REGISTERS), 'members'];

/** import <register> <file>: a register brought in, all rows or none; --dry-run checks and counts only. */
export async function importRegisterCommand(
  ctx: CliContext,
  args: { register: string; file: string; dryRun?: boolean; as?: string },
): Promise<number> {
  const register = Object.hasOwn(REGISTERS, args.register) ? REGISTERS[args.register] : undefined;
  if (!register) {
    throw new CliError(
      `未知的台账 / unknown register: ${args.register}（可选 / one of: ${Object.keys(REGISTERS).join(', ')}）`,
      2,
    );
  }
  let file: Buffer;
  try {
    file = readFileSync(args.file);
  } catch {
    throw new CliError(`无法读取文件 ${args.file}\nCannot read ${args.file}`, 2);
  }
  const actor = await resolveActor(ctx.db, args.as);
  try {
    const r = await register
      .of(ctx)
      .importFile(actor, { file, fileName: basename(args.file), dryRun: !!args.dryRun });
    for (const e of r.errors) printRow(ctx, e);
    if (r.dryRun) {
      ctx.out(
        `预检：${r.total} 行，将新增 ${r.created} 条${register.zh}，${r.errors.length} 处错误 / checked: ${r.total} rows, ${r.created} to create, ${r.errors.length} problems`,
      );
      return r.errors.length ? 1 : 0;
    }
    // the go-live checklist counts a register brought in here as one brought in on its page
    await ctx.services.golive.noteImport(actor, args.register, r);
    ctx.out(`已导入 ${r.created} 条${register.zh} / imported ${r.created} rows`);
    return 0;
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    ctx.err(`${e.messages.zh}\n${e.messages.en}`);
    for (const row of (e.details?.errors ?? []) as RegisterRowError[]) printRow(ctx, row);
    return 1;
  }
}

const printRow = (ctx: CliContext, r: RegisterRowError) =>
  ctx.err(`  第${r.rowNo}行 [${r.column}] ${r.messageZh} / row ${r.rowNo} [${r.column}] ${r.messageEn}`);
