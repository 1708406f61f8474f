/**
 * Members' own requests (会员自助申请, issue 24): a worker asks on the phone to correct their name, phone or
 * employer, or to move to another grassroots union (转会); the union — both unions for a move — decides (ADR 67).
 */
import { defineModule } from '../../module-manifest.ts';
import { memberRequestsRoutes } from './memberrequests.routes.ts';
import { createMemberRequestsService } from './memberrequests.service.ts';

export { seedMemberRequests } from './memberrequests.demo.ts';
export { memberRequestsRoutes } from './memberrequests.routes.ts';
export { createMemberRequestsService, type MemberRequestsService } from './memberrequests.service.ts';
export const memberRequestsMigrations = new URL('./migrations/', import.meta.url);
export { memberRequestsTodo } from './memberrequests.todo.repository.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'memberrequests',
  migrations: memberRequestsMigrations,
  services: ({ db, clock }) => ({ memberRequests: createMemberRequestsService(db, clock) }),
  routes: (app, s) => memberRequestsRoutes(app, s),
});
