import { IdParams } from '../../../http/schema.ts';
import { type App, actorOf, noBodyIsEmpty } from '../../../http/types.ts';
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
  app.get(
    '/api/innovation/alliance',
    {
      config: { permission: 'innovation.read' },
      schema: {
        tags,
        summary: 'The studios of the alliance, across districts and industries (to form a joint team)',
        querystring: AllianceQuery,
        response: { 200: AllianceList },
      },
    },
    async (req) => alliance.listAlliance(actorOf(req), req.query),
  );
  app.get(
    '/api/innovation/alliance/own-studios',
    {
      config: { permission: 'innovation.read' },
      schema: {
        tags,
        summary: 'The active studios of my subtree, each with whether it is in the alliance',
        response: { 200: StudioBriefList },
      },
    },
    async (req) => alliance.listOwnStudios(actorOf(req)),
  );
  app.post(
    '/api/innovation/alliance',
    {
      config: { permission: 'innovation.write' },
      schema: {
        tags,
        summary: 'A studio of my subtree joins the alliance',
        body: StudioIdBody,
        response: { 200: StudioBriefSchema },
      },
    },
    async (req) => alliance.joinAlliance(actorOf(req), req.body.studioId, req.body.joinedOn),
  );
  app.post(
    '/api/innovation/alliance/:id/leave',
    {
      preValidation: noBodyIsEmpty,
      config: { permission: 'innovation.write' },
      schema: {
        tags,
        summary:
          'A studio of my subtree leaves the alliance on effectiveOn (default today; not before it joined); the teams it is in stay as they are',
        params: IdParams,
        body: LeaveBody,
        response: { 200: StudioBriefSchema },
      },
    },
    async (req) => alliance.leaveAlliance(actorOf(req), req.params.id, req.body.effectiveOn),
  );
}
