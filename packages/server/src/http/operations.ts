import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { Db } from '../db/db.ts';
import { listPendingMigrationsOfAll } from '../db/schema.ts';
import type { JobsService } from '../modules/jobs/index.ts';
import { AppError } from '../shared/errors.ts';
import { installMetrics, mayReadMetrics } from './metrics.ts';

/** The operator's routes outside /api: declared in the route table like the others, public, each with its guard. */
export const OPERATIONS_URLS = new Set(['/healthz', '/readyz', '/metrics']);

const Readiness = Type.Object({
  status: Type.Union([Type.Literal('ready'), Type.Literal('not_ready')]),
  reasons: Type.Array(Type.String()),
});

export interface Lifecycle {
  /** From SIGTERM on: not ready, so a balancer sends no more; what is under way is finished. */
  startDraining(): void;
  isDraining(): boolean;
}

/**
 * Liveness (`/healthz`: the process answers), readiness (`/readyz`: the database answers, every migration is applied
 * and the process is not draining) and `/metrics` (loopback or GONGHUI_METRICS_TOKEN). ADR 0080.
 */
export function operationsRoutes(
  app: FastifyInstance,
  deps: { db: Db; jobs: JobsService; metricsToken?: string },
): Lifecycle {
  let draining = false;
  /** Migrations never un-apply: once none is pending, the files are not read again. */
  let migrated = false;
  const metrics = installMetrics(app, { db: deps.db, jobs: deps.jobs, isDraining: () => draining });

  app.get(
    '/healthz',
    {
      config: { public: true },
      schema: {
        tags: ['system'],
        summary: 'Liveness: the process answers (the database is not asked; see /readyz)',
        response: { 200: Type.Object({ status: Type.Literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      config: { public: true },
      schema: {
        tags: ['system'],
        summary: 'Readiness: database reachable, migrations applied, not draining (503 otherwise)',
        response: { 200: Readiness, 503: Readiness },
      },
    },
    async (_req, reply) => {
      const reasons: string[] = [];
      if (draining) reasons.push('draining');
      try {
        if (!migrated) migrated = (await listPendingMigrationsOfAll(deps.db)).length === 0;
        else await deps.db.query('select 1');
        if (!migrated) reasons.push('migrations_pending');
      } catch {
        reasons.push('database_unreachable');
      }
      return reply
        .status(reasons.length ? 503 : 200)
        .send({ status: reasons.length ? ('not_ready' as const) : ('ready' as const), reasons });
    },
  );

  app.get(
    '/metrics',
    {
      config: { public: true },
      schema: {
        tags: ['system'],
        summary:
          'Prometheus metrics (text format); from this machine or with GONGHUI_METRICS_TOKEN as bearer token',
        produces: ['text/plain'],
        response: { 200: Type.String({ description: 'Prometheus text exposition format 0.0.4' }) },
      },
    },
    async (req, reply) => {
      if (!mayReadMetrics(req, deps.metricsToken)) {
        throw new AppError('forbidden', 'METRICS_FORBIDDEN', {
          zh: '指标只对本机或持有指标令牌的请求开放',
          en: 'Metrics are open to this machine or to a caller with the metrics token only',
        });
      }
      const { contentType, body } = await metrics.text();
      return reply.type(contentType).send(body);
    },
  );

  return {
    startDraining: () => {
      draining = true;
    },
    isDraining: () => draining,
  };
}
