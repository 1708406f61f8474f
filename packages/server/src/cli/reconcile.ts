import { parseDateText } from '../shared/dates.ts';
import { AppError } from '../shared/errors.ts';
import { type CliContext, CliError, resolveActor, resolveUnion } from './context.ts';

const yuan = (fen: number) => (fen / 100).toFixed(2);

/**
 * reconcile [--union …] [--as-of DAY]: every kept count of the subtree (dated up to the day) recounted from the rows
 * it counts; each difference printed with its union, figure and day. Exit 1 on any difference, 0 when none.
 */
export async function reconcileCommand(
  ctx: CliContext,
  args: { union?: string; asOf?: string; as?: string },
): Promise<number> {
  let asOf: string | undefined;
  if (args.asOf !== undefined) {
    const day = /^\d{4}-\d{2}-\d{2}$/.test(args.asOf) ? parseDateText(args.asOf) : null;
    if (day !== args.asOf) {
      throw new CliError(
        `--as-of 须为日期 YYYY-MM-DD：${args.asOf}\n--as-of takes a day, YYYY-MM-DD: ${args.asOf}`,
        2,
      );
    }
    asOf = day;
  }
  const actor = await resolveActor(ctx.db, args.as);
  const orgId = args.union === undefined ? undefined : await resolveUnion(ctx.db, actor, args.union);
  let r: Awaited<ReturnType<CliContext['services']['reconcile']['reconcile']>>;
  try {
    r = await ctx.services.reconcile.reconcile(actor, { orgId, asOf });
  } catch (e) {
    if (e instanceof AppError) throw new CliError(`${e.messages.zh}\n${e.messages.en}`, 2);
    throw e;
  }
  for (const d of r.differences) {
    const name = ctx.services.reconcile.figureName(d.subject);
    const dims = [d.dim, d.dim2].filter(Boolean).join(' / ');
    const figure = `${name.zh} ${d.subject}${dims ? ` [${dims}]` : ''}`;
    const money =
      d.kept.fen !== d.recounted.fen
        ? `；金额 记录 ${yuan(d.kept.fen)} 元，重算 ${yuan(d.recounted.fen)} 元`
        : '';
    const moneyEn =
      d.kept.fen !== d.recounted.fen
        ? `; amount kept ¥${yuan(d.kept.fen)}, recounted ¥${yuan(d.recounted.fen)}`
        : '';
    ctx.out(
      `${d.orgName}（ID ${d.orgId}）· ${figure} · ${d.day}：记录 ${d.kept.n}，重算 ${d.recounted.n}${money}\n` +
        `  ${d.orgName} (id ${d.orgId}) · ${name.en} · ${d.day}: kept ${d.kept.n}, recounted ${d.recounted.n}${moneyEn}`,
    );
  }
  const scope = r.org ? `${r.org.name}（ID ${r.org.id}）` : '全部工会';
  const scopeEn = r.org ? `${r.org.name} (id ${r.org.id})` : 'every union';
  if (r.unchecked.length) {
    ctx.err(`未核对（尚无重算）/ not reconciled (no recount yet): ${r.unchecked.join(', ')}`);
  }
  ctx.out(
    `核对 ${scope}，截至 ${r.asOf}：${r.checked.length} 项统计、${r.cells} 个记录单元，差异 ${r.differences.length} 处\n` +
      `Reconciled ${scopeEn} as of ${r.asOf}: ${r.checked.length} figures, ${r.cells} kept cells, ${r.differences.length} differences`,
  );
  return r.differences.length ? 1 : 0;
}
