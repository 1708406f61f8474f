import { openTestContext, type TestContext } from '../../../../test/factories.ts';
import type { Actor } from '../../../access/access.ts';
import type { Db, Sql } from '../../../db/db.ts';
import { DEMO_TREE, type DemoOrg } from '../../../demo/demo-tree.ts';
import { insertOrg, levelOfKind, type OrgRow } from '../../org/index.ts';
import { SHUNYI } from '../presets/index.ts';
import { getProgramReport, type ProgramFigures } from './stats.service.ts';
import { listSubmittedByStep } from './stats.test-kit.repository.ts';

export { decidedOn, enteredOn, paidOn, programsDecidedOn } from './stats.test-kit.repository.ts';

/** A part of the demo union tree under `parent`, in one transaction; the unions by name. */
export async function insertDemoSubtree(db: Db, node: DemoOrg, parent: OrgRow): Promise<Map<string, OrgRow>> {
  const orgs = new Map<string, OrgRow>();
  const insert = async (sql: Sql, n: DemoOrg, p: OrgRow): Promise<void> => {
    const org = await insertOrg(
      sql,
      { parentId: p.id, level: levelOfKind(n.kind), kind: n.kind, name: n.name },
      p.path,
    );
    orgs.set(n.name, org);
    for (const child of n.children ?? []) await insert(sql, child, org);
  };
  await db.tx((sql) => insert(sql, node, parent));
  return orgs;
}

/** A fresh database with 顺义's unions of the demo tree under a federation: the unions by name, 顺义 and its staff. */
export async function openShunyiWorld() {
  const { db, ctx } = await openTestContext();
  const node = DEMO_TREE.children?.find((c) => c.name === SHUNYI) as DemoOrg;
  const orgs = await insertDemoSubtree(db, node, await ctx.newRoot());
  const shunyi = orgs.get(SHUNYI) as OrgRow;
  return { db, ctx, orgs, shunyi, staff: ctx.actor('staff', shunyi) };
}

/**
 * Approves what waits at each step of these programs, as the staff of each step's union (one of `orgs`),
 * with the given waivers, until nothing more moves. Answers the applications refused in the last round.
 */
export async function approveWaiting(
  ctx: TestContext,
  orgs: Iterable<OrgRow>,
  programIds: number[],
  waivers: { key: string; reason: string }[] = [],
): Promise<{ id: number; code?: string }[]> {
  const byId = new Map([...orgs].map((o) => [o.id, o]));
  for (let round = 0; round < 5; round++) {
    const rows = await listSubmittedByStep(ctx.db, programIds);
    let moved = 0;
    const refused: { id: number; code?: string }[] = [];
    for (const { orgId, apps } of rows) {
      const r = await ctx.services.programs.reviewBulk(
        ctx.actor('staff', byId.get(Number(orgId)) as OrgRow),
        {
          ids: apps.map(Number),
          action: 'approve',
          ...(waivers.length ? { waivers } : {}),
        },
      );
      moved += r.succeeded;
      refused.push(...r.results.filter((x) => !x.ok).map((x) => ({ id: x.id, code: x.code })));
    }
    if (!moved) return refused;
  }
  throw new Error('applications still moving after five review rounds');
}

/** The programs report of `orgId` for 2020 as `staff` reads it, and a program's figures in it by its preset key. */
export async function report2020(db: Db, staff: Actor, orgId: number, programIds: Map<string, number>) {
  const report = await getProgramReport(db, staff, { orgId, from: '2020-01-01', to: '2020-12-31' });
  const program = (key: string) =>
    report.programs.find((p) => p.programId === programIds.get(key)) as ProgramFigures;
  return { report, program };
}
