/**
 * The staff menu's server side (issue 45, ADR 76): which areas the account's unions have used, so the menu folds
 * the others into 更多服务. Each module with a menu area exports its `AreaUsage` from its index.
 */
import { defineModule } from '../../module-manifest.ts';
import { menuRoutes } from './menu.routes.ts';
import { createMenuService } from './menu.service.ts';

export { AREA_USAGES } from './menu.areas.ts';
export { menuRoutes } from './menu.routes.ts';
export { createMenuService, type MenuService, usedAreas } from './menu.service.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'menu',
  description:
    "no tables — what the staff menu needs besides permissions (ADR 76, `GET /api/menu/usage`): the areas the account's unions (subtree and above) have used; each module with a menu area exports an `AreaUsage` from its index (`shared/menu-usage.ts`), the menu folds the others into 更多服务",
  services: ({ db }) => ({ menu: createMenuService(db) }),
  routes: (app, s) => menuRoutes(app, s),
});
