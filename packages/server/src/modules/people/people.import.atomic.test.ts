import { beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../../test/factories.ts';
import {
  type ImportFixture,
  idNo,
  importFixtureForFile,
  memberSheet,
  TODAY,
} from '../../../test/member-import.ts';
import type { Db } from '../../db/db.ts';
import { sweepStaleJobs } from '../jobs/index.ts';
import type { OrgRow } from '../org/index.ts';
import { createMerger } from './people.import.merger.ts';
import { mergeImport, validateAndStage } from './people.import.steps.ts';

const f = importFixtureForFile();
let db: Db;
let ctx: TestContext;
let yangzhen: OrgRow;
let lisui: OrgRow;
const runImport: ImportFixture['runImport'] = (...args) => f.runImport(...args);
const counts = () => f.counts();
const personByIdNumber = (id: string) => f.personByIdNumber(id);

beforeAll(async () => {
  ({ db, ctx } = f);
  ({ yangzhen, lisui } = f.orgs);
});

describe('member import: nothing half-imported', () => {
  const file = (a = 501, b = 502) =>
    memberSheet([
      ['林峰', idNo(a), '', '杨镇汇丰包装公司工会', '2020-01-01', '', '', '', ''],
      ['罗娟', idNo(b), '', '杨镇汇丰包装公司工会', '2020-01-01', '', '', '', ''],
    ]);

  /** A member import of `buffer` by 杨镇's staff: its job started and its merger made; `stage` validates and stages it. */
  async function startedImport(buffer: Buffer) {
    const actor = { ...ctx.actor('staff', yangzhen), scopePath: yangzhen.path };
    const input = { fileName: 'm.xlsx', buffer, mode: 'all_or_nothing' as const };
    const handle = await ctx.services.jobs.start(actor, 'import.members', {});
    const merger = createMerger(
      db,
      handle.id,
      { actor, transferNote: 'transferred', dryRun: false, today: TODAY },
      { eager: false },
    );
    const stage = () =>
      validateAndStage({ db, ids: ctx.services.ids }, handle, actor, input, null, merger, { today: TODAY });
    return { actor, input, handle, merger, stage };
  }

  it('a failure inside the merge transaction leaves persons and memberships as they were', async () => {
    await db.query(`create function fail_membership_insert() returns trigger language plpgsql as $$
      begin raise exception 'simulated crash during merge'; end $$`);
    await db.query(`create trigger fail_membership_insert before insert on memberships
      for each row execute function fail_membership_insert()`);
    try {
      const before = await counts();
      const { job } = await runImport(ctx.actor('staff', yangzhen), file());
      expect(job.status).toBe('failed');
      expect(job.error?.code).toBe('JOB_FAILED');
      expect(job.error?.details).toEqual({ reason: expect.stringContaining('simulated crash during merge') });
      expect(await counts()).toEqual(before);
      expect(await personByIdNumber(idNo(501))).toBeUndefined();
    } finally {
      await db.query('drop trigger fail_membership_insert on memberships');
      await db.query('drop function fail_membership_insert()');
    }
  });

  it('a person registered elsewhere between validation and merge aborts the merge instead of duplicating', async () => {
    const { actor, input, handle, merger, stage } = await startedImport(file(511, 512));
    const staged = await stage();
    await ctx.newPerson(lisui, { idNumber: idNo(512) });
    const before = await counts();
    await expect(mergeImport(handle, actor, input, merger, staged?.refused ?? {}, 2)).rejects.toMatchObject({
      code: 'IMPORT_STALE',
    });
    expect(await counts()).toEqual(before);
    expect(await personByIdNumber(idNo(511))).toBeUndefined();
    await handle.fail({ code: 'IMPORT_STALE', messageZh: '', messageEn: '' });
    await sweepStaleJobs(db, { staleSeconds: 3600 });
    expect((await counts()).staging).toBe(0);
  });

  it('a process killed between staging and merge leaves the members unchanged; the sweep removes its rows', async () => {
    const before = await counts();
    const { handle, stage } = await startedImport(file());
    expect(await stage()).not.toBeNull();
    // The process dies here: no merge, no clean-up. The staged rows are all that is left.
    const staged = await db.query<{ n: number }>(
      'select count(*) as n from import_staging where job_id = $1',
      [handle.id],
    );
    expect(staged.rows[0].n).toBe(2);
    expect(await personByIdNumber(idNo(501))).toBeUndefined();

    const swept = await sweepStaleJobs(db, { staleSeconds: 0 });
    expect(swept).toEqual({ interrupted: 1, stagingRows: 2 });
    expect(await counts()).toEqual(before);
    const job = await db.query<{ status: string; error: { code: string } }>(
      'select status, error from jobs where id = $1',
      [handle.id],
    );
    expect(job.rows[0]).toMatchObject({ status: 'failed', error: { code: 'JOB_INTERRUPTED' } });
    handle.settled();
  });
});
