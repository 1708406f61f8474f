/**
 * The merge of a member import is one transaction. On PostgreSQL it opens while the sheet is still being
 * validated and merges what is staged so far; on PGlite (one connection) it opens at the end. Either way
 * nothing of it is seen before the commit, a restart drops what it merged, and every staged row is merged
 * exactly once, even when the end arrives while a part is being merged.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { importFixtureForFile, newMembersSheet, TODAY } from '../../../test/member-import.ts';
import type { Db } from '../../db/db.ts';
import { createMerger } from './people.import.merger.ts';
import { mergeImport, type ScopedActor, validateAndStage } from './people.import.steps.ts';

const f = importFixtureForFile();
let db: Db;
let actor: ScopedActor;
const UNION = '杨镇汇丰包装公司工会';
const ROWS = 300;
/** A sheet of ROWS new members, their ID numbers' serials from `first`, born in `year`. */
const input = (first: number, year = 1990) => ({
  fileName: 'm.xlsx',
  buffer: newMembersSheet({ count: ROWS, first, year, union: UNION, name: () => '会员' }),
  mode: 'all_or_nothing' as const,
});

beforeAll(async () => {
  db = f.db;
  actor = { ...f.ctx.actor('staff', f.orgs.yangzhen), scopePath: f.orgs.yangzhen.path };
});

/** Stages a sheet without merging it (the merger the staging reported to was never eager). */
async function stageOnly(first: number, year?: number) {
  const handle = await f.ctx.services.jobs.start(actor, 'import.members', {});
  const quiet = createMerger(
    db,
    handle.id,
    { actor, transferNote: 'transferred', dryRun: false, today: TODAY },
    { eager: false },
  );
  const deps = { db, ids: f.ctx.services.ids };
  const staged = await validateAndStage(deps, handle, actor, input(first, year), null, quiet, {
    today: TODAY,
    batchRows: 50,
  });
  if (!staged) throw new Error('nothing staged');
  return { handle, staged };
}

/**
 * Row locks on persons held by another session of this database: the open merge has inserted persons. The
 * test databases are copies of one template, so `persons` has the same oid in all of them, and another file's
 * inserts would count without the database's condition.
 */
async function mergeHoldsPersons() {
  const { rows } = await db.query<{ n: number }>(
    `select count(*)::int as n from pg_locks l join pg_class c on c.oid = l.relation
      where c.relname = 'persons' and l.mode = 'RowExclusiveLock' and l.pid <> pg_backend_pid()
        and l.database = (select oid from pg_database where datname = current_database())`,
  );
  return rows[0].n > 0;
}

describe('member import: the merge transaction', () => {
  it('merges what is staged before the end on PostgreSQL, unseen until the commit; a restart drops it', async () => {
    const eager = db.kind === 'postgres';
    const before = await f.counts();
    const { handle, staged } = await stageOnly(100);
    const merger = createMerger(
      db,
      handle.id,
      { actor, transferNote: 'transferred', dryRun: false, today: TODAY },
      { eager },
    );

    merger.staged(ROWS + 1);
    await merger.idle();
    expect(await f.counts()).toEqual({ ...before, staging: before.staging + ROWS });
    if (eager) expect(await mergeHoldsPersons()).toBe(true);

    await merger.restart();
    if (eager) expect(await mergeHoldsPersons()).toBe(false);
    expect((await f.counts()).persons).toBe(before.persons);

    // the commit merges every staged row again, once
    await mergeImport(handle, actor, input(100), merger, staged.refused, ROWS);
    expect(await f.counts()).toEqual({
      persons: before.persons + ROWS,
      memberships: before.memberships + ROWS,
      staging: before.staging,
    });
    const job = await f.ctx.services.jobs.get(actor, handle.id);
    expect(job).toMatchObject({ status: 'succeeded', result: { imported: ROWS, created: ROWS } });
  });

  it('with `rows`, merges on PostgreSQL only once that many rows wait past what it merged; the commit takes the rest', async () => {
    if (db.kind !== 'postgres') return; // PGlite merges at the end only
    const before = await f.counts();
    const { handle, staged } = await stageOnly(100, 1991);
    const merger = createMerger(
      db,
      handle.id,
      { actor, transferNote: 'transferred', dryRun: false, today: TODAY },
      { eager: true, rows: 200 },
    );
    merger.staged(101); // 100 rows: fewer than it waits for
    await merger.idle();
    expect(await mergeHoldsPersons()).toBe(false);
    merger.staged(251); // 250 rows past what it merged
    await merger.idle();
    expect(await mergeHoldsPersons()).toBe(true);
    merger.staged(ROWS + 1); // 50 more: left for the commit
    await merger.idle();
    await mergeImport(handle, actor, input(100, 1991), merger, staged.refused, ROWS);
    expect(await f.counts()).toEqual({
      persons: before.persons + ROWS,
      memberships: before.memberships + ROWS,
      staging: before.staging,
    });
    expect(await f.ctx.services.jobs.get(actor, handle.id)).toMatchObject({
      result: { imported: ROWS, created: ROWS },
    });
  });

  it('an end that arrives while a part is being merged still merges the rows staged after that part', async () => {
    if (db.kind !== 'postgres') {
      // PGlite never merges a part before the end: staged() leaves the transaction closed
      const { handle, staged } = await stageOnly(500);
      const merger = createMerger(
        db,
        handle.id,
        { actor, transferNote: 'transferred', dryRun: false, today: TODAY },
        { eager: false },
      );
      merger.staged(ROWS + 1);
      await merger.idle();
      await mergeImport(handle, actor, input(500), merger, staged.refused, ROWS);
      expect(await f.ctx.services.jobs.get(actor, handle.id)).toMatchObject({ result: { imported: ROWS } });
      return;
    }
    const before = await f.counts();
    const { handle, staged } = await stageOnly(500);
    const merger = createMerger(
      db,
      handle.id,
      { actor, transferNote: 'transferred', dryRun: false, today: TODAY },
      { eager: true },
    );
    // another session holds the union's row: the merge's first part waits on it, mid-statement
    let release: () => void = () => undefined;
    const holding = new Promise<void>((resolve) => {
      release = resolve;
    });
    let held: () => void = () => undefined;
    const isHeld = new Promise<void>((resolve) => {
      held = resolve;
    });
    const blocker = db.tx(async (sql) => {
      await sql.query('select 1 from orgs where id = $1 for update', [f.orgs.firmA.id]);
      held();
      await holding;
    });
    await isHeld;
    merger.staged(151); // the first 150 rows (rows 2 to 151)
    // this database's sessions only: pg_stat_activity lists the whole server's, and another file's import may wait
    // on a lock of its own database at that moment
    for (;;) {
      const { rows } = await db.query<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity
          where wait_event_type = 'Lock' and query like '%insert into persons%' and datname = current_database()`,
      );
      if (rows[0].n) break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    merger.staged(ROWS + 1);
    const committing = mergeImport(handle, actor, input(500), merger, staged.refused, ROWS);
    release();
    await blocker;
    await committing;
    expect(await f.counts()).toEqual({
      persons: before.persons + ROWS,
      memberships: before.memberships + ROWS,
      staging: before.staging,
    });
    expect(await f.ctx.services.jobs.get(actor, handle.id)).toMatchObject({ result: { imported: ROWS } });
  });
});
