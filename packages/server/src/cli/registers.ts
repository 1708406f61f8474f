import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { RegisterImporter } from '../module-manifest.ts';
import { MODULES } from '../modules.gen.ts';
import { collectWiring } from '../services.ts';
import { AppError } from '../shared/errors.ts';
import { problemsEn, type RegisterRowError } from '../shared/register-sheet.ts';
import { rowEn, rowZh } from '../shared/sheet-place.ts';
import { type CliContext, CliError, resolveActor } from './context.ts';

/** A register `import` brings in: its name in the answer and its importer. */
interface CliRegister {
  zh: string;
  of: (ctx: CliContext) => RegisterImporter;
}

/** The registers `import` brings in, by the name given on the command line: each module's `cliRegisters`. */
const REGISTERS: Record<string, CliRegister> = Object.fromEntries(
  MODULES.flatMap((m) =>
    Object.entries(m.cliRegisters ?? {}).map(([key, r]): [string, CliRegister] => [
      key,
      { zh: r.zh, of: (ctx) => r.of(ctx.services, { db: ctx.db, wiring: collectWiring(MODULES) }) },
    ]),
  ),
);

/**
 * Every name the command line imports a register by: `import <name>` and the member roster's own command
 * (`import-members`, a job with its modes). The page 导入历史台账 lists the same keys (cli/registers.test.ts).
 */
export const CLI_REGISTER_KEYS: readonly string[] = [...Object.keys(REGISTERS), 'members'];

/** The registers `import <name>` brings in, by name, with what their rows are (the help lists them all). */
export const CLI_REGISTER_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(REGISTERS).map(([key, r]) => [key, r.zh]),
);

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
    const r = await register.of(ctx).importFile(actor, {
      file,
      fileName: basename(args.file),
      dryRun: !!args.dryRun,
      register: args.register,
    });
    for (const e of r.errors) printRow(ctx, e);
    // records the file gives as they stand on the register already (a ledger sent again): skipped, said so
    const onRecord = r.onRecord
      ? { zh: `，${r.onRecord} 条已在册（跳过）`, en: `, ${r.onRecord} on record already (skipped)` }
      : { zh: '', en: '' };
    if (r.dryRun) {
      // with errors the file creates nothing: what its other rows would create is not printed as if it would
      ctx.out(
        r.errors.length
          ? `预检：${r.total} 行，${r.errors.length} 处错误，改正前不会导入任何一行 / checked: ${r.total} rows, ${problemsEn(r.errors.length)}; nothing is imported until they are corrected`
          : `预检：${r.total} 行，将新增 ${r.created} 条${register.zh}${onRecord.zh}，没有错误 / checked: ${r.total} rows, ${r.created} to create${onRecord.en}, no problems`,
      );
      return r.errors.length ? 1 : 0;
    }
    // the go-live checklist counts a register brought in here as one brought in on its page
    await ctx.services.golive.noteImport(actor, args.register, r);
    ctx.out(`已导入 ${r.created} 条${register.zh}${onRecord.zh} / imported ${r.created} rows${onRecord.en}`);
    return 0;
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    ctx.err(`${e.messages.zh}\n${e.messages.en}`);
    for (const row of (e.details?.errors ?? []) as RegisterRowError[]) printRow(ctx, row);
    return 1;
  }
}

/** A row's problem: its row (and sheet, when the file was read from several), column and words in both languages. */
const printRow = (ctx: CliContext, r: RegisterRowError) =>
  ctx.err(`  ${rowZh(r)} [${r.column}] ${r.messageZh} / ${rowEn(r)} [${r.column}] ${r.messageEn}`);
