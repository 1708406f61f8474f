import { Type } from 'typebox';
import { registerRouteGroup } from '../../http/register-routes.ts';
import { RegisterImportResult } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import type { createCounsellingSessionsRegister } from './counselling.sessions.import.ts';

const SessionsImportResult = Type.Object({
  ...RegisterImportResult.properties,
  sessions: Type.Integer({ description: 'sessions held, every line' }),
  people: Type.Integer({ description: 'people served, every line' }),
});

/** The counselling sessions register (counts only, issue 42): its template and import. */
export function counsellingSessionsRoutes(
  app: App,
  register: ReturnType<typeof createCounsellingSessionsRegister>,
): void {
  registerRouteGroup(app, {
    tags: ['counselling'],
    import: {
      path: '/api/counselling/sessions/import',
      listed: {
        key: 'counselling-sessions',
        module: 'counselling',
      },
      permission: 'counselling.manage',
      what: 'a register of counselling sessions in counts only (one row per union, counsellor kind and month: sessions held, people served; never names or notes)',
      result: SessionsImportResult,
      register,
    },
  });
}
