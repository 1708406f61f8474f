/**
 * The staff menu's server side (issue 45, ADR 76): which areas the account's unions have used, so the menu folds
 * the others into 更多服务. Each module with a menu area declares it in its vocabulary (`menuArea`) and gives its
 * `AreaUsage` in its manifest (`menuUsage`); the kernel hands them all here (issue 46).
 */
import { defineModule } from '../../module-manifest.ts';
import { menuRoutes } from './menu.routes.ts';
import { createMenuService } from './menu.service.ts';

export { menuRoutes } from './menu.routes.ts';
export { createMenuService, type MenuService, usedAreas } from './menu.service.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'menu',
  todo: { nothingWaits: 'the menu: nothing waits' },
  description:
    "no tables — what the staff menu needs besides permissions (ADR 76, `GET /api/menu/usage`): the areas the account's unions (subtree and above) have used; each module with a menu area declares it in its vocabulary (`menuArea`) and its `AreaUsage` in its manifest (`menuUsage`, `shared/menu-usage.ts`), handed in by the kernel, the menu folds the others into 更多服务",
  services: ({ db, menuUsages }) => ({ menu: createMenuService(db, menuUsages) }),
  routes: (app, s) => menuRoutes(app, s),
});
