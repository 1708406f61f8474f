/**
 * Members' own requests (会员自助申请, issue 24): a worker asks on the phone to correct their name, phone or
 * employer, or to move to another grassroots union (转会); the union — both unions for a move — decides (ADR 67).
 */
import { defineModule } from '../../module-manifest.ts';
import { namedByQuery } from '../../shared/record-names.ts';
import { memberRequestsRoutes } from './memberrequests.routes.ts';
import { createMemberRequestsService } from './memberrequests.service.ts';
import { memberRequestsTodo } from './memberrequests.todo.repository.ts';

export { seedMemberRequests } from './memberrequests.demo.ts';
export { memberRequestsRoutes } from './memberrequests.routes.ts';
export { createMemberRequestsService, type MemberRequestsService } from './memberrequests.service.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'memberrequests',
  todo: memberRequestsTodo,
  auditNames: {
    // the member asking for a correction or a transfer, masked
    member_request: namedByQuery(
      'select r.id, p.name as person from member_requests r join persons p on p.id = r.person_id where r.id = any($1::bigint[])',
      { masked: true },
    ),
  },
  description:
    "`member_requests` — members' own requests (会员自助申请, ADR 67): a correction of name, phone or employer (values stored as typed, from → to), or a transfer (转会) to any active grassroots union, across districts; one open request per person and kind (a unique index); a correction decided by the member's union's subtree, a transfer released by the union left and admitted by the union joined, in either order, either may decline with a reason; the last approval applies the change in its transaction through people's `correctPerson` / `moveMember` (membership history and per-union counts as a staff move); the worker is told by a message at each decision; queue of the subtree (incoming transfers too) with .xlsx export",
  migrations: new URL('./migrations/', import.meta.url),
  services: ({ db, clock }) => ({ memberRequests: createMemberRequestsService(db, clock) }),
  routes: (app, s) => memberRequestsRoutes(app, s),
});
