import { type Actor, can } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { AppError, notFound } from '../../shared/errors.ts';
import { placeRows } from '../../shared/sheet-place.ts';
import { rejectsWorkbook } from './jobs.rejects-workbook.ts';
import {
  findJob,
  finishJob,
  insertJob,
  type JobRow,
  listRowErrors,
  listRowRejects,
  mergeJobParams,
  touchJob,
  updateJobProgress,
} from './jobs.repository.ts';
import type { JobError, JobResult, JobView } from './jobs.types.ts';

const JOB = { zh: '任务', en: 'Job' };
const PROGRESS_WRITE_MS = 400;
const HEARTBEAT_MS = 10_000;

export interface JobProgress {
  phase: string;
  total: number;
  done: number;
}

/** The running side of a job: report progress, then finish exactly once. */
export interface JobHandle {
  readonly id: number;
  /** Updates progress; written to the database at most every few hundred milliseconds and on phase change. */
  progress(phase: string, done: number, total?: number): Promise<void>;
  /** Marks the job succeeded inside the caller's transaction, so the result lands with the data. */
  succeedIn(sql: Sql, result: JobResult): Promise<void>;
  /** After that transaction committed: forget the in-process state. */
  settled(): void;
  fail(error: JobError, result?: JobResult | null): Promise<void>;
  /**
   * Fails the job with what was thrown, and logs it for the operator with the job's id (and, for an
   * unexpected error, its stack): the clerk sees the bilingual error, never the stack.
   */
  failWith(err: unknown, result?: JobResult | null): Promise<void>;
  /** Adds to the job's parameters (e.g. the headers read from the file, for the error report). */
  setParams(params: Record<string, unknown>): Promise<void>;
  readonly current: JobProgress;
}

interface LiveJob extends JobView {
  userId: number | null;
}

export const toJobError = (err: unknown): JobError => {
  if (err instanceof AppError) {
    return { code: err.code, messageZh: err.messages.zh, messageEn: err.messages.en, details: err.details };
  }
  return {
    code: 'JOB_FAILED',
    messageZh: '任务执行失败，未写入任何数据；请重试，或把任务编号告知管理员',
    messageEn: 'The job failed and wrote nothing; try again, or give the job number to an administrator',
    details: { reason: err instanceof Error ? err.message : String(err) },
  };
};

/** Where job failures are logged: the server's logger (pino's shape); nowhere until one is given. */
export interface JobLog {
  error(obj: Record<string, unknown>, msg: string): void;
  warn(obj: Record<string, unknown>, msg: string): void;
}

/** A broken log never keeps a job from being marked failed. */
const safeLog = (write: () => void) => {
  try {
    write();
  } catch {
    // nothing more to do
  }
};

/**
 * Jobs: long work with progress any instance can read from the database. The process running a job also
 * answers progress questions from memory, so polling does not wait behind the job's own transactions.
 */
export function createJobsService(db: Db, options: { log?: JobLog } = {}) {
  const live = new Map<number, LiveJob>();
  let log = options.log;
  /** Who waits for the running jobs to end (a server stopping: drain). */
  const idleWaiters = new Set<() => void>();
  const forget = (id: number) => {
    live.delete(id);
    if (live.size) return;
    for (const wake of idleWaiters) wake();
    idleWaiters.clear();
  };

  const visible = (actor: Actor, userId: number | null) =>
    can(actor, 'jobs.read.all') || userId === actor.userId;

  async function getRow(actor: Actor, id: number): Promise<JobRow> {
    const job = await findJob(db, id);
    if (!job || !visible(actor, job.userId)) throw notFound(JOB, { id });
    return job;
  }

  return {
    /** Logs job failures to the server's logger from now on (the HTTP app gives its own). */
    setLog(next: JobLog) {
      log = next;
    },

    async start(
      actor: Actor,
      kind: string,
      options: {
        orgId?: number | null;
        params?: Record<string, unknown>;
        onProgress?: (p: JobProgress) => void;
      },
    ): Promise<JobHandle> {
      const id = await insertJob(db, {
        kind,
        userId: actor.userId,
        orgId: options.orgId ?? actor.orgId,
        params: options.params ?? {},
      });
      const view: LiveJob = {
        id,
        kind,
        status: 'running',
        phase: 'queued',
        total: 0,
        done: 0,
        result: null,
        error: null,
        createdAt: new Date().toISOString(),
        finishedAt: null,
        userId: actor.userId,
      };
      live.set(id, view);
      let lastWrite = 0;
      let finished = false;
      let logged = false;
      const heartbeat = setInterval(() => void touchJob(db, id).catch(() => undefined), HEARTBEAT_MS);
      heartbeat.unref();
      const stop = () => {
        finished = true;
        clearInterval(heartbeat);
      };
      const handle: JobHandle = {
        id,
        get current() {
          return { phase: view.phase, total: view.total, done: view.done };
        },
        async progress(phase, done, total) {
          if (finished) return;
          const changed = phase !== view.phase;
          view.phase = phase;
          view.done = done;
          if (total !== undefined) view.total = total;
          options.onProgress?.({ phase, done, total: view.total });
          const now = Date.now();
          if (changed || now - lastWrite >= PROGRESS_WRITE_MS) {
            lastWrite = now;
            await updateJobProgress(db, id, { phase, total: view.total, done });
          }
        },
        async succeedIn(sql, result) {
          await finishJob(sql, id, {
            status: 'succeeded',
            phase: 'done',
            total: view.total,
            done: view.total,
            result,
            error: null,
          });
        },
        async setParams(params) {
          await mergeJobParams(db, id, params);
        },
        settled() {
          stop();
          forget(id);
        },
        async failWith(err, result = null) {
          // an unexpected error is the operator's, logged with its stack; a refusal the clerk can act on
          // (a bad file) is logged by fail as a warning; a fault the clerk is told of in words keeps its cause
          const cause = err instanceof AppError ? err.cause : err;
          if (cause !== undefined && !(cause instanceof AppError)) {
            logged = true;
            safeLog(() => log?.error({ jobId: id, jobKind: kind, err: cause }, `job ${id} (${kind}) failed`));
          }
          await handle.fail(toJobError(err), result);
        },
        async fail(error, result = null) {
          stop();
          if (!logged) {
            const code = error.code;
            safeLog(() =>
              log?.warn({ jobId: id, jobKind: kind, code }, `job ${id} (${kind}) failed: ${code}`),
            );
          }
          try {
            await finishJob(db, id, {
              status: 'failed',
              phase: 'done',
              total: view.total,
              done: view.done,
              result,
              error,
            });
          } finally {
            forget(id);
          }
        },
      };
      return handle;
    },

    /** How many jobs this process is running (for /metrics). */
    runningHere(): number {
      return live.size;
    },

    /**
     * A stopping server waits here for the jobs it runs to end, at most `timeoutMs`; answers how many are still
     * running then. Those keep their heartbeat until the process exits; another process's sweep fails them after
     * STALE_JOB_SECONDS (their data is written in one transaction at the end, so nothing half-done stays).
     */
    async drain(timeoutMs: number): Promise<number> {
      if (!live.size) return 0;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((wake) => idleWaiters.add(wake)),
        new Promise<void>((wake) => {
          timer = setTimeout(wake, timeoutMs);
        }),
      ]);
      clearTimeout(timer);
      return live.size;
    },

    /** A job as its owner (or an administrator) sees it. */
    async get(actor: Actor, id: number): Promise<JobView> {
      const running = live.get(id);
      if (running && visible(actor, running.userId)) {
        const { userId: _, ...view } = running;
        return { ...view };
      }
      const { userId: _u, orgId: _o, params: _p, ...view } = await getRow(actor, id);
      return view;
    },

    /** The first refused rows' problems, each row as its sheet numbers it (with the sheet, when several were read). */
    async listErrors(actor: Actor, id: number, limit = 200) {
      const job = await getRow(actor, id);
      return placeRows(await listRowErrors(db, id, limit), sheetsRead(job));
    },

    /** The refused rows as the clerk sent them, with the reasons in two columns, as .xlsx. */
    async errorsWorkbook(actor: Actor, id: number): Promise<Buffer> {
      const job = await getRow(actor, id);
      return rejectsWorkbook(job, placeRows(await listRowRejects(db, id), sheetsRead(job)));
    },
  };
}

export type JobsService = ReturnType<typeof createJobsService>;

/** The sheets a job's file was read from, when several (its `file`, as the import set it among its parameters). */
export const sheetsRead = (job: { params: Record<string, unknown> }): string[] =>
  (job.params.file as { sheets?: string[] } | undefined)?.sheets ?? [];
