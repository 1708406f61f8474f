/**
 * The staff menu's server side (issue 45, ADR 76): which areas the account's unions have used, so the menu folds
 * the others into 更多服务. Each module with a menu area exports its `AreaUsage` from its index.
 */
export { AREA_USAGES } from './menu.areas.ts';
export { menuRoutes } from './menu.routes.ts';
export { createMenuService, type MenuService, usedAreas } from './menu.service.ts';
