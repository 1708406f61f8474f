import { MODULES } from '../modules.gen.ts';
import { collectAuditNames, collectWiring } from '../services.ts';
import type { AppOptions } from './app.ts';
import type { RegisterEntry } from './register-catalog.ts';
import type { App } from './types.ts';

/** Every module's routes (its manifest's `routes`, ADR 89), in the order of modules.gen.ts. */
export function registerRoutes(
  app: App,
  { db, services, secureCookies, testRoutes }: AppOptions,
  /** The register catalog, filled as the routes are added. */
  registers: readonly RegisterEntry[] = [],
): void {
  const ctx = {
    db,
    secureCookies: secureCookies ?? false,
    testRoutes: testRoutes ?? false,
    registers,
    wiring: collectWiring(MODULES),
    auditNames: collectAuditNames(MODULES),
  };
  for (const m of MODULES) m.routes?.(app, services, ctx);
}
