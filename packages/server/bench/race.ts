import autocannon from 'autocannon';
import { benchAdminAs } from './admin.ts';

/**
 * What the claim-like benchmarks share (bench/flash.bench.ts, bench/activities.bench.ts): the log, the
 * administrator that sets the race up, the HTTP side of the race (one request per signed-in worker, keep-alive
 * connections) and the figures (grant rate up to the last grant, medians of rounds). The workers and their
 * sessions come from test/worker-sessions.ts, which the two-servers test uses too; the run itself (seeding, rounds,
 * two processes, full runs) is bench/claim-race.ts.
 */

export const log = (msg: string) => console.error(msg);

/** The administrator that creates the race's programs and activities. */
export const benchAdmin = benchAdminAs(0);

/** Ends the process after `seconds` (exit code 2), whatever it is doing. */
export function stopAfter(seconds: number): void {
  const stopAt = setTimeout(() => {
    log(`time limit of ${seconds} s reached; stopping`);
    process.exit(2);
  }, seconds * 1000);
  stopAt.unref();
}

export interface RaceRun {
  ms: number;
  /** Milliseconds from the first request to the last granted answer. */
  sellOutMs: number | null;
  /** Answers by their kind: the answer's own word for a 200, `http_<status>` otherwise. */
  results: Record<string, number>;
  errors: number;
  non2xx: number;
}

/**
 * Fires one POST per worker in `list` at `path` with `connections` keep-alive connections, each worker with their
 * session (`<salt>.<userId>`). `answer` names a 200's answer; an answer named `granted` marks the last grant.
 */
export async function httpRace(o: {
  port: number;
  path: string;
  list: { userId: number }[];
  salt: string;
  connections: number;
  answer: (body: string) => string;
  granted: string;
}): Promise<RaceRun> {
  let next = 0;
  const results: Record<string, number> = {};
  let lastGrant: number | null = null;
  const started = performance.now();
  const r = await autocannon({
    url: `http://127.0.0.1:${o.port}`,
    connections: o.connections,
    amount: o.list.length,
    timeout: 30,
    requests: [
      {
        method: 'POST',
        path: o.path,
        setupRequest: (req: Record<string, unknown>) => {
          const c = o.list[next++ % o.list.length];
          return { ...req, headers: { cookie: `gonghui_session=${o.salt}.${c.userId}` } };
        },
        onResponse: (status: number, body: string) => {
          const key = status === 200 ? o.answer(body) : `http_${status}`;
          results[key] = (results[key] ?? 0) + 1;
          if (key === o.granted) lastGrant = performance.now();
        },
      },
    ],
  } as unknown as autocannon.Options);
  const ms = performance.now() - started;
  const sellOutMs = lastGrant === null ? null : (lastGrant as number) - started;
  return { ms, sellOutMs, results, errors: r.errors, non2xx: r.non2xx };
}

/** Grants per second up to the last grant. */
export const grantRate = (granted: number, sellOutMs: number | null) =>
  sellOutMs ? Math.round(granted / (sellOutMs / 1000)) : 0;

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** `count` of `people` in a random order (a fresh shuffle each call). */
export const shuffled = <T>(people: T[], count = people.length): T[] =>
  [...people].sort(() => Math.random() - 0.5).slice(0, count);
