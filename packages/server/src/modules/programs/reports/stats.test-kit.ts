import type { TestContext } from '../../../../test/factories.ts';
import type { Db, Sql } from '../../../db/db.ts';
import type { DemoOrg } from '../../../demo/demo-tree.ts';
import { insertOrg, levelOfKind, type OrgRow } from '../../org/index.ts';

/**
 * Statistics tests need activity on chosen days, but decisions, ledger entries and payments are stamped
 * with the time they happen. These helpers move what a test just did to the day it stands for (noon in
 * China). The ledger's append-only trigger is suspended for that one statement, inside the transaction.
 */
const noon = (day: string) => `${day}T12:00:00+08:00`;

async function restampLedger(db: Db, where: string, params: unknown[]): Promise<void> {
  await db.tx(async (sql) => {
    await sql.query('alter table ledger_entries disable trigger ledger_entries_no_change');
    await sql.query(`update ledger_entries set created_at = $1 where ${where}`, params);
    await sql.query('alter table ledger_entries enable trigger ledger_entries_no_change');
  });
}

/** The decisions on these applications, and their entitlements, happened on `day`. */
export async function decidedOn(db: Db, applicationIds: number[], day: string): Promise<void> {
  await db.query('update applications set decided_at = $1 where id = any($2::bigint[])', [
    noon(day),
    applicationIds,
  ]);
  await restampLedger(db, `kind = 'entitlement' and application_id = any($2::bigint[])`, [
    noon(day),
    applicationIds,
  ]);
}

/** These ledger entries (reversals) were written on `day`. */
export async function enteredOn(db: Db, entryIds: number[], day: string): Promise<void> {
  await restampLedger(db, 'id = any($2::bigint[])', [noon(day), entryIds]);
}

/** This batch was paid on `day`. */
export async function paidOn(db: Db, batchId: number, day: string): Promise<void> {
  await db.query('update payment_batches set paid_at = $1 where id = $2', [noon(day), batchId]);
}

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

/** The decisions on every decided application of these programs happened on `day`. */
export async function programsDecidedOn(db: Db, programIds: number[], day: string): Promise<void> {
  const { rows } = await db.query<{ id: number }>(
    `select id from applications where program_id = any($1::bigint[]) and status in ('approved', 'rejected')`,
    [programIds],
  );
  await decidedOn(
    db,
    rows.map((r) => Number(r.id)),
    day,
  );
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
    const { rows } = await ctx.db.query<{ orgId: number; apps: number[] }>(
      `select step_org_id as "orgId", array_agg(id order by id) as apps from applications
        where program_id = any($1::bigint[]) and status = 'submitted' group by step_org_id`,
      [programIds],
    );
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
