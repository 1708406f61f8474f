import { writeFileSync } from 'node:fs';
import { exportOrgs } from '../modules/org/index.ts';
import { type CliContext, resolveActor, resolveUnion } from './context.ts';

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
