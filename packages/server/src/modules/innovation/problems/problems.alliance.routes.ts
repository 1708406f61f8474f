import { routeMould } from '../../../http/route-mould.ts';
import { IdParams } from '../../../http/schema.ts';
import type { App } from '../../../http/types.ts';
import type { AllianceService } from './alliance.service.ts';
import {
  AllianceList,
  AllianceQuery,
  LeaveBody,
  StudioBriefList,
  StudioBriefSchema,
  StudioIdBody,
} from './problems.schemas.ts';

const tags = ['innovation'];

/** The studio alliance: its studios, joining and leaving. */
export function allianceRoutes(app: App, { alliance }: { alliance: AllianceService }): void {
  const on = routeMould(app, tags);
  on.get('/api/innovation/alliance', {
    config: { permission: 'innovation.read' },
    summary: 'The studios of the alliance, across districts and industries (to form a joint team)',
    querystring: AllianceQuery,
    response: AllianceList,
    use: alliance.listAlliance,
  });
  on.get('/api/innovation/alliance/own-studios', {
    config: { permission: 'innovation.read' },
    summary: 'The active studios of my subtree, each with whether it is in the alliance',
    response: StudioBriefList,
    use: alliance.listOwnStudios,
  });
  on.post('/api/innovation/alliance', {
    config: { permission: 'innovation.write' },
    summary: 'A studio of my subtree joins the alliance',
    body: StudioIdBody,
    response: StudioBriefSchema,
    run: (actor, { body }) => alliance.joinAlliance(actor, body.studioId, body.joinedOn),
  });
  on.post('/api/innovation/alliance/:id/leave', {
    config: { permission: 'innovation.write' },
    summary:
      'A studio of my subtree leaves the alliance on effectiveOn (default today; not before it joined); the teams it is in stay as they are',
    params: IdParams,
    body: LeaveBody,
    dated: true,
    response: StudioBriefSchema,
    run: (actor, { params, body }) => alliance.leaveAlliance(actor, params.id, body.effectiveOn),
  });
}
