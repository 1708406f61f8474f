import type { App } from '../../http/types.ts';
import type { AccountsDeps } from './accounts.schemas.ts';
import { setupRoutes } from './accounts.setup.routes.ts';
import { userAccountRoutes } from './accounts.users.routes.ts';
export function accountsRoutes(app: App, deps: AccountsDeps) {
  setupRoutes(app, deps);
  userAccountRoutes(app, deps);
}
