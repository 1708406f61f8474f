/**
 * A member import that fails after its request was answered is seen by the operator: its failure is logged
 * with the job's id (and, for an unexpected error, its stack), while the clerk sees only the bilingual error.
 */
import { describe, expect, it } from 'vitest';
import { clockOn } from '../../../test/clock.ts';
import { idNo, importFixtureForFile, memberSheet, TODAY, xlsx } from '../../../test/member-import.ts';
import type { Db, Sql } from '../../db/db.ts';
import { createJobsService } from '../jobs/index.ts';
import { createMemberImportService } from './index.ts';

const f = importFixtureForFile();

/** The fixture's database, except that staging a row fails as a full disk would. */
function brokenStaging(db: Db): Db {
  const guard = (sql: Sql): Sql => ({
    query: (text, params, options) =>
      /insert into import_staging/i.test(text)
        ? Promise.reject(new Error('could not extend file: No space left on device'))
        : sql.query(text, params, options),
  });
  return { ...db, ...guard(db), tx: (fn) => db.tx((sql) => fn(guard(sql))) };
}

describe('member import failures in the log', () => {
  it('logs a job that fails unexpectedly with its id and stack, and keeps the stack from the clerk', async () => {
    const lines: { level: string; obj: Record<string, unknown>; msg: string }[] = [];
    const jobs = createJobsService(f.db, {
      log: {
        error: (obj, msg) => lines.push({ level: 'error', obj, msg }),
        warn: (obj, msg) => lines.push({ level: 'warn', obj, msg }),
      },
    });
    const service = createMemberImportService(brokenStaging(f.db), f.ctx.services.ids, jobs, clockOn(TODAY));
    const actor = f.ctx.actor('staff', f.orgs.yangzhen);
    const { jobId, done } = await service.start(actor, {
      fileName: 'members.xlsx',
      buffer: memberSheet([
        ['王伟', idNo(901), '13800000001', '杨镇汇丰包装公司工会', '2020-03-15', '是', '否', '', ''],
      ]),
      mode: 'all_or_nothing',
    });
    const job = await done;
    expect(job.status).toBe('failed');
    expect(job.error?.code).toBe('JOB_FAILED');
    expect(JSON.stringify(job.error)).not.toMatch(/at .*\.ts:\d+/);
    const entry = lines.find((l) => l.level === 'error');
    expect(entry?.obj.jobId).toBe(jobId);
    expect((entry?.obj.err as Error | undefined)?.stack).toContain('No space left on device');
    expect(entry?.msg).toContain(String(jobId));
  });

  it('logs a refused file as a warning with its code', async () => {
    const lines: { level: string; obj: Record<string, unknown> }[] = [];
    const jobs = createJobsService(f.db, {
      log: {
        error: (obj) => lines.push({ level: 'error', obj }),
        warn: (obj) => lines.push({ level: 'warn', obj }),
      },
    });
    const service = createMemberImportService(f.db, f.ctx.services.ids, jobs, clockOn(TODAY));
    const { jobId, done } = await service.start(f.ctx.actor('staff', f.orgs.yangzhen), {
      fileName: 'members.xlsx',
      buffer: xlsx(['无关的列'], [['x']]),
      mode: 'all_or_nothing',
    });
    const job = await done;
    expect(job.status).toBe('failed');
    expect(lines).toEqual([
      { level: 'warn', obj: expect.objectContaining({ jobId, code: job.error?.code }) },
    ]);
  });
});
