import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestContext, type TestContext } from '../../../test/factories.ts';
import type { Db } from '../../db/db.ts';
import { insertStagingRows, sweepStaleJobs } from './jobs.repository.ts';

let db: Db;
let ctx: TestContext;

beforeAll(async () => {
  ({ db, ctx } = await openTestContext());
});
afterAll(async () => db?.close());

const statusOf = async (id: number) =>
  (await db.query<{ status: string }>('select status from jobs where id = $1', [id])).rows[0]?.status;

describe('jobs', () => {
  it('reports progress to its owner and hides it from others', async () => {
    const owner = { ...ctx.actor('staff', null), userId: 11 };
    const handle = await ctx.services.jobs.start(owner, 'test.kind', {});
    await handle.progress('validating', 5, 10);
    expect(await ctx.services.jobs.get(owner, handle.id)).toMatchObject({
      status: 'running',
      phase: 'validating',
      done: 5,
      total: 10,
    });
    const stranger = { ...ctx.actor('staff', null), userId: 12 };
    await expect(ctx.services.jobs.get(stranger, handle.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await ctx.services.jobs.get(ctx.actor('admin', null), handle.id)).toMatchObject({ id: handle.id });
    await handle.fail({ code: 'X', messageZh: '失败', messageEn: 'failed' });
    const failed = await ctx.services.jobs.get(owner, handle.id);
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'X' } });
    expect(failed.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(failed.finishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('the sweep fails jobs whose heartbeat stopped and removes their staging rows, sparing live ones', async () => {
    const actor = ctx.actor('admin', null);
    const dead = await ctx.services.jobs.start(actor, 'import.members', {});
    const alive = await ctx.services.jobs.start(actor, 'import.members', {});
    await insertStagingRows(db, dead.id, [{ rowNo: 2, data: { a: 1 } }]);
    await insertStagingRows(db, alive.id, [{ rowNo: 2, data: { a: 1 } }]);
    await db.query(`update jobs set heartbeat_at = now() - interval '10 minutes' where id = $1`, [dead.id]);

    expect(await sweepStaleJobs(db, { staleSeconds: 120 })).toEqual({ interrupted: 1, stagingRows: 1 });
    expect(await statusOf(dead.id)).toBe('failed');
    expect(await statusOf(alive.id)).toBe('running');
    const left = await db.query<{ jobId: number }>('select job_id as "jobId" from import_staging');
    expect(left.rows).toEqual([{ jobId: alive.id }]);

    await db.query(`update jobs set finished_at = now() - interval '40 days' where id = $1`, [dead.id]);
    await sweepStaleJobs(db, { staleSeconds: 120, keepDays: 30 });
    expect(await statusOf(dead.id)).toBeUndefined();
    dead.settled();
    alive.settled();
  });
});
