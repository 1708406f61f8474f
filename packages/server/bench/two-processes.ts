/**
 * The two-process run of the flash-claim and activities benchmarks (issue 44): the same race to sell-out, with the
 * claimants split between two server processes on the one database, each half fired at its own process at once.
 * Exact (never more granted than the stock) and, the goal, a grant rate of two processes at least that of one.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** A script of the repository (`script`, from its root) run with tsx as a child process; resolves once its output
 * matches `ready`. */
export async function startChild(
  script: string,
  env: Record<string, string>,
  ready: RegExp,
  nodeArgs: string[] = [],
): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  const deadline = Date.now() + 60_000;
  while (!ready.test(out)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`${script} did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return child;
}

/** The real server entry (src/main.ts) as a child process; resolves once it listens. */
export const startServer = (env: Record<string, string>, nodeArgs: string[] = []) =>
  startChild('packages/server/src/main.ts', env, /http:\/\/localhost/, nodeArgs);

export interface TwoProcessOptions {
  rounds: number;
  ports: [number, number];
  stock: number;
  /** A fresh program (or activity) for round r. */
  newTarget: (round: number) => Promise<number>;
  /** The claimants of a round (three times the stock, shuffled). */
  people: () => { userId: number }[];
  /** Fires one request per claimant of `list` at `port`; answers when the last grant came (ms from its start). */
  fire: (port: number, target: number, list: { userId: number }[]) => Promise<{ sellOutMs: number | null }>;
  /** Granted in the database. */
  granted: (target: number) => Promise<number>;
  log: (msg: string) => void;
}

export async function twoProcessRounds(o: TwoProcessOptions) {
  const rates: number[] = [];
  let oversold = 0;
  for (let r = 1; r <= o.rounds; r++) {
    const target = await o.newTarget(r);
    const list = o.people();
    const half = Math.ceil(list.length / 2);
    const runs = await Promise.all([
      o.fire(o.ports[0], target, list.slice(0, half)),
      o.fire(o.ports[1], target, list.slice(half)),
    ]);
    const sellOutMs = Math.max(...runs.map((x) => x.sellOutMs ?? 0));
    const granted = await o.granted(target);
    oversold += Math.max(0, granted - o.stock);
    rates.push(sellOutMs ? Math.round(granted / (sellOutMs / 1000)) : 0);
    o.log(`two processes, round ${r}: ${rates[r - 1]} grants/s (${granted} granted of ${o.stock})`);
  }
  const median = [...rates].sort((a, b) => a - b)[Math.floor(rates.length / 2)];
  return { grantsPerSec: median, rates, oversold };
}
