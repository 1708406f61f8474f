import { fixedClock } from '../../test/clock.ts';
import { openTestContext } from '../../test/factories.ts';
import type { Db } from '../db/db.ts';
import { parseCommand, runCommand } from './commands.ts';
import type { CliContext } from './context.ts';

/**
 * The reconcile command as the tests of a module's typical writes run it (ADR 73): `run(...argv)` answers the exit
 * code and leaves what it printed in `out` (the differences, then the summary) and `err` (the subjects not
 * recounted).
 */
export function reconcileCli(db: Db, services: CliContext['services']) {
  const out: string[] = [];
  const err: string[] = [];
  const cli: CliContext = { db, services, out: (l) => out.push(l), err: (l) => err.push(l) };
  return {
    out,
    err,
    run(...argv: string[]): Promise<number> {
      out.length = 0;
      err.length = 0;
      return runCommand(cli, parseCommand(argv));
    },
  };
}

/**
 * What a test of a module's typical writes reconciles in: a fresh database, the services on `clock` (TEST_NOW unless
 * given), the reconcile command over them, and a city federation to put the unions under.
 */
export async function openReconcileWorld(clock = fixedClock()) {
  const { db, ctx: t } = await openTestContext({ clock });
  return { db, t, cli: reconcileCli(db, t.services), city: await t.newRoot() };
}

/** Moves a kept count of `subject` in a union by `n` (every cell of it matching `where`, SQL over report_counts). */
export async function moveKeptCount(
  db: Db,
  q: { subject: string; orgId: number; where?: string; params?: unknown[] },
  n: number,
): Promise<void> {
  await db.query(
    `update report_counts set n = n + $3 where subject = $1 and org_id = $2 and (${q.where ?? 'true'})`,
    [q.subject, q.orgId, n, ...(q.params ?? [])],
  );
}
