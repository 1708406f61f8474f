import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Db } from '../../src/db/db.ts';

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const CLOCK_TICKS = 100;
setFlagsFromString('--expose-gc');
/** A full collection, so a run starts from what is live, not the garbage of the one before (the heap's size is
 * node's default: nothing here limits it). */
const collect = runInNewContext('gc') as () => void;
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/**
 * CPU seconds of the database's server processes so far, by pid (Linux /proc; empty elsewhere): with the
 * process's own, the work a run cost whatever else the machine was doing (the wall time is not).
 */
async function serverCpu(db: Db) {
  const { rows } = await db.query<{ pid: number }>('select pid from pg_stat_activity where pid is not null');
  const out = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      out.set(pid, (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS);
    } catch {
      /* not Linux, or the process is gone */
    }
  }
  return out;
}

export interface Measured {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  rssGrowthMb: number;
  cpuSeconds: { node: number; postgres: number };
  /** Rows per CPU second of this process and the database's together: the speed on a machine to itself. */
  rowsPerCpuSecond: number;
  loadAverage: number;
}

/** Runs `run` once, timing it and sampling the process's resident memory; one progress line to `log`. */
export async function measure<R>(
  db: Db,
  log: (line: string) => void,
  name: string,
  rows: number,
  run: () => Promise<R>,
): Promise<Measured & { result: R }> {
  collect();
  const cpuBefore = process.cpuUsage();
  const serverBefore = await serverCpu(db);
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const sampler = setInterval(() => {
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  }, 50);
  const t = performance.now();
  const result = await run();
  const seconds = (performance.now() - t) / 1000;
  clearInterval(sampler);
  rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  const own = process.cpuUsage(cpuBefore);
  let server = 0;
  for (const [pid, cpu] of await serverCpu(db)) server += cpu - (serverBefore.get(pid) ?? 0);
  const node = (own.user + own.system) / 1e6;
  const out: Measured = {
    rows,
    seconds: Number(seconds.toFixed(2)),
    rowsPerSecond: Math.round(rows / seconds),
    rssGrowthMb: mb(rssPeak - rssBefore),
    cpuSeconds: { node: Number(node.toFixed(1)), postgres: Number(server.toFixed(1)) },
    rowsPerCpuSecond: Math.round(rows / Math.max(node + server, 0.01)),
    loadAverage: Number(loadavg()[0].toFixed(1)),
  };
  log(
    `${name}: ${rows.toLocaleString('en-US')} rows in ${out.seconds} s (${out.rowsPerSecond}/s), RSS +${out.rssGrowthMb} MB, CPU ${out.cpuSeconds.node} s + PostgreSQL ${out.cpuSeconds.postgres} s (${out.rowsPerCpuSecond} rows per CPU s), load ${out.loadAverage}`,
  );
  return { ...out, result };
}
