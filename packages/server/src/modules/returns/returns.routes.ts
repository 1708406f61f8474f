import type { App } from '../../http/types.ts';
import { returnsFillingRoutes } from './returns.filling.routes.ts';
import type { FillingService } from './returns.filling.ts';
import { returnsIssuingRoutes } from './returns.issuing.routes.ts';
import type { ReturnsService } from './returns.service.ts';
import { returnsSetupRoutes } from './returns.setup.routes.ts';
import type { ReturnTablesService } from './returns.table.ts';
import { returnsTablesRoutes } from './returns.tables.routes.ts';

/** The returns' routes, in the API document's order: setting up, issuing, the tables above, one union's return. */
export function returnsRoutes(
  app: App,
  s: { returns: ReturnsService; filling: FillingService; tables: ReturnTablesService; clock: () => Date },
): void {
  returnsSetupRoutes(app, s);
  returnsIssuingRoutes(app, s);
  returnsTablesRoutes(app, s);
  returnsFillingRoutes(app, s);
}
