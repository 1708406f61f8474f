import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Db } from '../db/db.ts';
import { countRunningJobs, type JobsService } from '../modules/jobs/index.ts';
import { countUndelivered } from '../modules/messages/index.ts';

/**
 * The process's own figures (memory, CPU, event-loop delay, GC): one registry per process, made once, since its
 * collectors keep timers and observers running; each app adds its own registry beside it.
 */
let processRegistry: Registry | undefined;
let rounds: Counter<'round' | 'outcome'> | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
    rounds = new Counter({
      name: 'gonghui_rounds_total',
      help: 'Periodic rounds this process started, by round and outcome (ran; skipped: another process had it)',
      labelNames: ['round', 'outcome'],
      registers: [processRegistry],
    });
  }
  return processRegistry;
}

/** Counts a periodic round of this process (rounds.ts). */
export function countRound(round: string, outcome: 'ran' | 'skipped' | 'failed'): void {
  processMetrics();
  rounds?.inc({ round, outcome });
}

export interface Metrics {
  /** The Prometheus text of this app and its process. */
  text(): Promise<{ contentType: string; body: string }>;
}

/**
 * `/metrics` in Prometheus text (ADR 0080): requests by route and status with latency histograms; jobs queued and
 * running in every process (from the database) and in this one; messages waiting to be delivered; the database
 * pool's connections; whether this process is draining; and the process figures (memory, event-loop delay …).
 */
export function installMetrics(
  app: FastifyInstance,
  deps: { db: Db; jobs: JobsService; isDraining: () => boolean },
): Metrics {
  const registry = new Registry();
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({
    name: 'gonghui_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'gonghui_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method, route pattern and status',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  new Gauge({
    name: 'gonghui_jobs',
    help: 'Jobs running in every process (state running), and of them those not yet started (state queued)',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      const n = await countRunningJobs(deps.db);
      this.set({ state: 'queued' }, n.queued);
      this.set({ state: 'running' }, n.running);
    },
  });
  new Gauge({
    name: 'gonghui_jobs_running_here',
    help: 'Jobs this process is running',
    registers: [registry],
    collect() {
      this.set(deps.jobs.runningHere());
    },
  });
  new Gauge({
    name: 'gonghui_messages_waiting',
    help: 'Messages not yet handed to a sender (SMS, e-mail …)',
    registers: [registry],
    async collect() {
      this.set(await countUndelivered(deps.db));
    },
  });
  new Gauge({
    name: 'gonghui_db_pool_connections',
    help: 'Database pool connections by state (total, idle, waiting clients, max); PostgreSQL only',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const s = deps.db.poolStats?.();
      if (!s) return;
      for (const [state, n] of Object.entries(s)) this.set({ state }, n);
    },
  });
  new Gauge({
    name: 'gonghui_draining',
    help: '1 while the process is stopping (SIGTERM): not ready, finishing what it has',
    registers: [registry],
    collect() {
      this.set(deps.isDraining() ? 1 : 0);
    },
  });

  app.addHook('onResponse', async (req, reply) => {
    const labels = {
      method: req.method,
      route: req.routeOptions.url ?? 'unmatched',
      status: String(reply.statusCode),
    };
    requests.inc(labels);
    latency.observe(labels, reply.elapsedTime / 1000);
  });

  return {
    async text() {
      const merged = Registry.merge([processMetrics(), registry]);
      return { contentType: merged.contentType, body: await merged.metrics() };
    },
  };
}

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/**
 * Who may read /metrics: a caller on this machine (the client address as TRUST_PROXY resolves it, so a request
 * relayed by a trusted nginx counts as its client's), or one presenting GONGHUI_METRICS_TOKEN as a bearer token.
 */
export function mayReadMetrics(req: FastifyRequest, token: string | undefined): boolean {
  const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  if (token && given) {
    const a = Buffer.from(given);
    const b = Buffer.from(token);
    if (a.length === b.length && timingSafeEqual(a, b)) return true;
  }
  return LOOPBACK.test(req.ip);
}
