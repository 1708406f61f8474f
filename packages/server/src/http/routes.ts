import { auditRoutes } from '../modules/audit/index.ts';
import { authRoutes } from '../modules/auth/index.ts';
import { orgRoutes } from '../modules/org/index.ts';
import { peopleRoutes } from '../modules/people/index.ts';
import { recordsRoutes } from '../modules/records/index.ts';
import type { AppOptions } from './app.ts';
import type { App } from './types.ts';

/** Every module's routes, registered in one place. */
export function registerRoutes(app: App, { db, services, secureCookies }: AppOptions): void {
  authRoutes(app, { auth: services.auth, secureCookies: secureCookies ?? false });
  orgRoutes(app, { db });
  peopleRoutes(app, { people: services.people });
  auditRoutes(app, { db });
  recordsRoutes(app, { records: services.records });
}
