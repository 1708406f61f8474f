import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ImportMode } from '../modules/people/index.ts';
import { IMPORT_MODES } from '../modules/people/index.ts';
import { parseDateText } from '../shared/dates.ts';
import { rowEn, rowZh } from '../shared/sheet-place.ts';
import { type CliContext, CliError, resolveActor, resolveUnion } from './context.ts';
import { createProgressLine } from './progress.ts';

export interface MemberImportArgs {
  file: string;
  union?: string;
  /** The join date of new members whose 入会日期 is blank (YYYY-MM-DD). */
  joinedOn?: string;
  mode?: string;
  /** Check only (预检): what each row would change, nothing written. */
  dryRun?: boolean;
  as?: string;
  /** Where the error report goes; by default beside the input file. */
  errorsOut?: string;
}

const SHOWN_ERRORS = 20;

/** The member fields a dry run lists, as the sheet names them. */
const FIELD_ZH: Record<string, string> = {
  name: '姓名',
  phone: '手机号',
  employerName: '工作单位',
  isFrontLine: '是否一线',
  isOutdoor: '是否户外劳动者',
  isNewEmployment: '是否新就业形态',
  modelWorkerLevel: '劳模级别',
  hardshipLevel: '困难职工类别',
  hardshipFrom: '困难认定日期',
  hardshipUntil: '困难截止日期',
  orgId: '所在工会',
  joinedOn: '入会日期',
};

const LEVEL_ZH: Record<string, string> = {
  national: '全国',
  city: '市级',
  district: '区级',
  relative: '相对困难',
  general: '一般困难',
  deep: '深度困难',
};

const shown = (v: string | boolean | null) =>
  v === null ? '（空）' : v === true ? '是' : v === false ? '否' : (LEVEL_ZH[v] ?? v);

function readInput(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch {
    throw new CliError(`无法读取文件 ${file}\nCannot read ${file}`, 2);
  }
}

/** import-members: runs the same import as the web page, printing progress; exit code 1 when it fails. */
export async function importMembersCommand(ctx: CliContext, args: MemberImportArgs): Promise<number> {
  const mode = (args.mode ?? 'all_or_nothing') as ImportMode;
  if (!IMPORT_MODES.includes(mode)) {
    throw new CliError(
      `--mode 应为 ${IMPORT_MODES.join(' 或 ')}\n--mode must be ${IMPORT_MODES.join(' or ')}`,
      2,
    );
  }
  if (args.joinedOn !== undefined && !parseDateText(args.joinedOn)) {
    throw new CliError(
      `--joined-on 应为日期，如 2020-01-01\n--joined-on must be a date such as 2020-01-01`,
      2,
    );
  }
  const buffer = readInput(args.file);
  const actor = await resolveActor(ctx.db, args.as);
  const defaultOrgId = args.union ? await resolveUnion(ctx.db, actor, args.union) : null;
  const progress = createProgressLine(ctx.progressStream);
  const started = Date.now();
  const { jobId, done } = await ctx.services.memberImport.start(
    actor,
    {
      fileName: basename(args.file),
      buffer,
      mode,
      defaultOrgId,
      defaultJoinedOn: args.joinedOn ? parseDateText(args.joinedOn) : null,
      dryRun: args.dryRun === true,
    },
    { onProgress: (p) => progress.update(p) },
  );
  const job = await done;
  progress.end();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const r = job.result ?? {};
  if (job.status === 'succeeded' && args.dryRun) {
    ctx.out(
      `预检完成（任务 ${jobId}，${seconds} 秒，未写入）：可导入 ${r.imported} 行，将新建 ${r.created} 人，修改 ${r.updated} 人，转接 ${r.transferred} 人，无变化 ${r.unchanged} 人，拒绝 ${r.rejected} 行`,
    );
    ctx.out(
      `Checked (job ${jobId}, ${seconds} s, nothing written): ${r.imported} rows can be imported, ${r.created} to create, ${r.updated} to update, ${r.transferred} to transfer, ${r.unchanged} unchanged, ${r.rejected} rows rejected`,
    );
    const { total, items } = await ctx.services.memberImport.listChanges(actor, jobId, SHOWN_ERRORS);
    for (const row of items) {
      const changes = row.changes.map(
        (c) => `${FIELD_ZH[c.field] ?? c.field} ${shown(c.before)} → ${shown(c.after)}`,
      );
      ctx.out(`  ${rowZh(row)} ${row.name}：${changes.join('；')}`);
    }
    if (total > items.length) ctx.out(`  …共 ${total} 行有修改 / ${total} rows change in all`);
  } else if (job.status === 'succeeded') {
    ctx.out(
      `导入完成（任务 ${jobId}，${seconds} 秒）：导入 ${r.imported} 行，新建 ${r.created} 人，更新 ${r.updated} 人，转接 ${r.transferred} 人，拒绝 ${r.rejected} 行`,
    );
    ctx.out(
      `Import done (job ${jobId}, ${seconds} s): ${r.imported} rows imported, ${r.created} created, ${r.updated} updated, ${r.transferred} transferred, ${r.rejected} rows rejected`,
    );
  } else {
    ctx.err(`导入失败（任务 ${jobId}）：${job.error?.messageZh}`);
    ctx.err(`Import failed (job ${jobId}): ${job.error?.messageEn}`);
    const reason = (job.error?.details as { reason?: string } | undefined)?.reason;
    if (reason) ctx.err(`  ${reason}`);
  }
  if (r.rejected) {
    const errors = await ctx.services.jobs.listErrors(actor, jobId, SHOWN_ERRORS);
    for (const e of errors) {
      ctx.err(`  ${rowZh(e)} [${e.column}] ${e.messageZh} / ${rowEn(e)} [${e.column}] ${e.messageEn}`);
    }
    if ((r.errorCount ?? 0) > errors.length) {
      ctx.err(`  …共 ${r.errorCount} 处错误 / ${r.errorCount} errors in all`);
    }
    const out = args.errorsOut ?? `${args.file.replace(/\.(xlsx|xls|csv)$/i, '')}.errors.xlsx`;
    writeFileSync(out, await ctx.services.jobs.errorsWorkbook(actor, jobId));
    ctx.err(`错误报告 / error report: ${out}`);
  }
  return job.status === 'succeeded' ? 0 : 1;
}

/** export-members: the members of a subtree as .xlsx (audited); full ID numbers only with --unmasked. */
export async function exportMembersCommand(
  ctx: CliContext,
  args: { out: string; union?: string; unmasked?: boolean; as?: string },
): Promise<number> {
  const actor = await resolveActor(ctx.db, args.as);
  const orgId = args.union ? await resolveUnion(ctx.db, actor, args.union) : undefined;
  const { buffer, count } = await ctx.services.memberExport.exportMembers(actor, {
    orgId,
    unmasked: args.unmasked ?? false,
  });
  writeFileSync(args.out, buffer);
  ctx.out(`已导出 ${count} 名会员到 ${args.out} / exported ${count} members to ${args.out}`);
  ctx.err(
    args.unmasked
      ? '注意：文件含完整身份证号，本次导出已记入审计日志 / Note: the file holds full ID numbers; the export is in the audit log'
      : '本次导出已记入审计日志 / The export is in the audit log',
  );
  return 0;
}
