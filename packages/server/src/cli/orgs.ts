import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { recountEnterprises } from '../modules/agreements/index.ts';
import { exportOrgs, importOrgs, ORGS_SHEET, type OrgRowError } from '../modules/org/index.ts';
import { AppError } from '../shared/errors.ts';
import { readSheet } from '../shared/sheet-reader.ts';
import { type CliContext, CliError, resolveActor, resolveUnion } from './context.ts';

/** export-orgs: the union tree (of the subtree, or below --union) as .xlsx. */
export async function exportOrgsCommand(
  ctx: CliContext,
  args: { out: string; union?: string; as?: string },
): Promise<number> {
  const actor = await resolveActor(ctx.db, args.as);
  const rootId = args.union ? await resolveUnion(ctx.db, actor, args.union) : undefined;
  const { buffer, count } = await exportOrgs(ctx.db, actor, rootId);
  writeFileSync(args.out, buffer);
  ctx.out(`已导出 ${count} 个工会到 ${args.out} / exported ${count} unions to ${args.out}`);
  return 0;
}

/** import-orgs: creates unions from a sheet, all or nothing. */
export async function importOrgsCommand(
  ctx: CliContext,
  args: { file: string; as?: string },
): Promise<number> {
  let buffer: Buffer;
  try {
    buffer = readFileSync(args.file);
  } catch {
    throw new CliError(`无法读取文件 ${args.file}\nCannot read ${args.file}`, 2);
  }
  const actor = await resolveActor(ctx.db, args.as);
  try {
    const sheet = await readSheet(buffer, basename(args.file), ORGS_SHEET);
    const { created, ignoredRows } = await importOrgs(ctx.db, actor, sheet, {
      hooks: { employersChanged: recountEnterprises },
    });
    ctx.out(`已创建 ${created.length} 个工会 / created ${created.length} unions`);
    if (ignoredRows.length) {
      ctx.out(`  未读作工会的合计/说明行 / rows read as no union: ${ignoredRows.join(', ')}`);
    }
    for (const o of created) ctx.out(`  ${o.id}\t${o.name}`);
    return 0;
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== 'IMPORT_ROWS_INVALID') throw e;
    ctx.err(`${e.messages.zh}\n${e.messages.en}`);
    for (const r of (e.details?.errors ?? []) as OrgRowError[]) {
      ctx.err(`  第${r.rowNo}行 [${r.column}] ${r.messageZh} / row ${r.rowNo} [${r.column}] ${r.messageEn}`);
    }
    return 1;
  }
}
