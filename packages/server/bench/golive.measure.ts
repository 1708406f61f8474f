/**
 * How bench:golive times a step: wall seconds, rows per second, the CPU seconds of this process and of the
 * PostgreSQL server's processes (with the machine shared, wall time swings with the load; the CPU both sides spend
 * does much less), and the growth of this process's resident memory — sampled every 50 ms, over the step and over
 * the whole go-live from one baseline.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { serverCpuSeconds } from './server-cpu.ts';

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
const round1 = (n: number) => Math.round(n * 10) / 10;

export interface StepResult {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  cpuSeconds: { node: number; postgres: number | null };
  /** Peak resident memory during the step over the resident memory at its start. */
  rssGrowthMb: number;
  /** Peak resident memory during the step. */
  rssPeakMb: number;
  loadAverage: number;
  /** What the step's service answered, in a few figures. */
  result?: Record<string, unknown>;
}

/**
 * A meter over one run: `baseline()` takes the memory the growth is counted from (after a full collection),
 * `step()` times one step, `summary()` the whole.
 */
export function createMeter(
  pgDataDir: string,
  log: (line: string) => void,
  /** `trace`: a CSV file for every sample; `until`: the last step run (the later ones are skipped). */
  options: { trace?: string; until?: string } = {},
) {
  const tracePath = options.trace;
  let stopped = false;
  const gc = (globalThis as { gc?: () => void }).gc;
  let baseline = process.memoryUsage().rss;
  let peak = baseline;
  let stepPeak = baseline;
  /** The largest JavaScript heap and the largest memory outside it (buffers) in the step: where the growth is. */
  let heapPeak = 0;
  let heapTotalPeak = 0;
  let externalPeak = 0;
  let stepName = '';
  const started = performance.now();
  // --trace FILE: every sample as a line of CSV (MB), to see what makes up a peak
  if (tracePath) writeFileSync(tracePath, 'step,seconds,rss,heapTotal,heapUsed,external,arrayBuffers\n');
  const sample = () => {
    const m = process.memoryUsage();
    peak = Math.max(peak, m.rss);
    stepPeak = Math.max(stepPeak, m.rss);
    heapPeak = Math.max(heapPeak, m.heapUsed);
    heapTotalPeak = Math.max(heapTotalPeak, m.heapTotal);
    externalPeak = Math.max(externalPeak, m.external);
    if (tracePath) {
      const at = ((performance.now() - started) / 1000).toFixed(2);
      const figures = [m.rss, m.heapTotal, m.heapUsed, m.external, m.arrayBuffers].map(mb);
      appendFileSync(tracePath, `${stepName},${at},${figures.join(',')}\n`);
    }
  };
  const steps: Record<string, StepResult> = {};
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  };
  return {
    baseline() {
      gc?.();
      baseline = process.memoryUsage().rss;
      peak = baseline;
    },

    async step<R>(
      name: string,
      rows: number,
      run: () => Promise<R>,
      describe: (r: R) => Record<string, unknown> = () => ({}),
    ): Promise<R | null> {
      if (stopped) return null;
      if (name === options.until) stopped = true;
      log(`${name}: ${rows.toLocaleString('en-US')} rows…`);
      stepPeak = process.memoryUsage().rss;
      stepName = name;
      heapPeak = 0;
      heapTotalPeak = 0;
      externalPeak = 0;
      const rssBefore = stepPeak;
      const cpuBefore = cpu();
      const pgBefore = serverCpuSeconds(pgDataDir);
      const sampler = setInterval(sample, 50);
      const t = performance.now();
      try {
        const result = await run();
        const seconds = (performance.now() - t) / 1000;
        sample();
        const pgAfter = serverCpuSeconds(pgDataDir);
        const out: StepResult = {
          rows,
          seconds: Number(seconds.toFixed(2)),
          rowsPerSecond: Math.round(rows / seconds),
          cpuSeconds: {
            node: round1(cpu() - cpuBefore),
            postgres: pgBefore === null || pgAfter === null ? null : round1(pgAfter - pgBefore),
          },
          rssGrowthMb: mb(stepPeak - rssBefore),
          rssPeakMb: mb(stepPeak),
          loadAverage: round1(loadavg()[0]),
          result: describe(result),
        };
        steps[name] = out;
        log(
          `${name}: ${out.seconds} s (${out.rowsPerSecond} rows/s), CPU ${out.cpuSeconds.node} s + PostgreSQL ` +
            `${out.cpuSeconds.postgres} s, RSS +${out.rssGrowthMb} MB to ${out.rssPeakMb} MB (heap ≤ ${mb(heapPeak)} MB ` +
            `of ≤ ${mb(heapTotalPeak)}, external ≤ ${mb(externalPeak)} MB), load ${out.loadAverage} ${JSON.stringify(out.result)}`,
        );
        return result;
      } finally {
        clearInterval(sampler);
      }
    },

    summary() {
      // what stays once the garbage is collected: a leak across steps would show here, not in the peaks
      gc?.();
      const after = process.memoryUsage();
      const all = Object.values(steps);
      const sum = (f: (s: StepResult) => number | null) => round1(all.reduce((n, s) => n + (f(s) ?? 0), 0));
      return {
        steps,
        totalSeconds: Number(all.reduce((n, s) => n + s.seconds, 0).toFixed(1)),
        cpuSeconds: { node: sum((s) => s.cpuSeconds.node), postgres: sum((s) => s.cpuSeconds.postgres) },
        rssBeforeMb: mb(baseline),
        rssPeakMb: mb(peak),
        rssGrowthMb: mb(peak - baseline),
        afterCollectionMb: { rss: mb(after.rss), heapUsed: mb(after.heapUsed) },
      };
    },
  };
}
