import { Type } from 'typebox';
import { routeMould } from '../../http/route-mould.ts';
import type { App } from '../../http/types.ts';
import { MENU_AREAS } from '../../shared/menu-usage.ts';
import type { MenuService } from './menu.service.ts';

const UsedAreasSchema = Type.Object({
  used: Type.Array(Type.String({ description: `one of ${MENU_AREAS.join(', ')}` }), {
    description:
      'the menu areas with a record at a union of my subtree or above it; the others fold into 更多服务',
  }),
});

/** What the staff menu needs besides the permissions: the areas the account's unions have used (ADR 76). */
export function menuRoutes(app: App, { menu }: { menu: MenuService }): void {
  const on = routeMould(app, ['menu']);
  on.get('/api/menu/usage', {
    config: { permission: 'todo.read' },
    summary: 'The menu areas my unions have used (a record in my subtree or above it)',
    response: UsedAreasSchema,
    run: async (actor) => ({ used: await menu.usedAreas(actor) }),
  });
}
