import { registerRouteGroup } from '../../http/register-routes.ts';
import { routeMould } from '../../http/route-mould.ts';
import { IdParams, Ok } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import { wellnessBatchRoutes } from './wellness.batches.routes.ts';
import { wellnessProgramRoutes } from './wellness.programs.routes.ts';
import {
  DeclineBody,
  MineSchema,
  StatsQuery,
  StatsSchema,
  WellnessRegisterResult,
} from './wellness.schemas.ts';
import type { WellnessService } from './wellness.service.ts';

const tags = ['wellness'];
const read = { permission: 'wellness.read' } as const;

export function wellnessRoutes(app: App, { wellness }: { wellness: WellnessService }): void {
  registerRouteGroup(app, {
    tags,
    import: {
      path: '/api/wellness/import',
      listed: {
        key: 'wellness',
        module: 'wellness',
      },
      permission: 'wellness.manage',
      what: 'a 疗休养/体检 register (one row per nominee of a batch: the batch, the nominating union, the day nominated, a substitution or withdrawal and its day, attendance)',
      result: WellnessRegisterResult,
      register: wellness.register,
    },
    stats: {
      path: '/api/wellness/stats',
      permission: read.permission,
      summary: 'Places offered, allocated and used by year, union and group; distinct workers served',
      xlsxSummary: 'The statistics as .xlsx',
      query: StatsQuery,
      result: StatsSchema,
      stats: wellness.stats,
      xlsx: wellness.statsXlsx,
    },
  });
  wellnessProgramRoutes(app, { wellness });
  wellnessBatchRoutes(app, { wellness });
  const on = routeMould(app, tags);
  on.get('/api/wellness/me', {
    config: { permission: 'self.read' },
    summary: 'My batches: when, where, where to meet and what to bring',
    response: MineSchema,
    use: wellness.mine,
  });
  on.post('/api/wellness/me/:id/checkin', {
    config: { permission: 'self.apply', errors: [409] },
    summary: 'Sign in at the institution on the batch’s days',
    params: IdParams,
    response: Ok,
    use: wellness.checkInSelf,
  });
  on.post('/api/wellness/me/:id/decline', {
    config: { permission: 'self.apply', errors: [409] },
    summary: 'Give my place on a batch back, on or before its closing day; my union is told',
    params: IdParams,
    body: DeclineBody,
    response: Ok,
    run: (actor, { params, body }) => wellness.declineSelf(actor, params.id, body),
  });
}
