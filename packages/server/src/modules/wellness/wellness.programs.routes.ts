import { IdParams } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import {
  IdResult,
  InstitutionBody,
  InstitutionListSchema,
  OrgQuery,
  ProgramBody,
  ProgramDetailSchema,
  ProgramListSchema,
} from './wellness.schemas.ts';
import type { WellnessService } from './wellness.service.ts';

const tags = ['wellness'];
const read = { permission: 'wellness.read' } as const;
const manage = { permission: 'wellness.manage' } as const;

/** Programs and the institutions that receive the workers. */
export function wellnessProgramRoutes(app: App, { wellness }: { wellness: WellnessService }): void {
  app.get(
    '/api/wellness/programs',
    {
      config: read,
      schema: {
        tags,
        summary: "疗休养 and 体检 programs of a union's subtree, or with places given to it (default: mine)",
        querystring: OrgQuery,
        response: { 200: ProgramListSchema },
      },
    },
    async (req) => wellness.listPrograms(actorOf(req), req.query.orgId),
  );
  app.post(
    '/api/wellness/programs',
    {
      config: manage,
      schema: {
        tags,
        summary:
          'A program of places over years: kind, places a year, cost per person and its shares, who may go',
        body: ProgramBody,
        response: { 200: IdResult },
      },
    },
    async (req) => wellness.createProgram(actorOf(req), req.body),
  );
  app.get(
    '/api/wellness/programs/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'A program with its batches',
        params: IdParams,
        response: { 200: ProgramDetailSchema },
      },
    },
    async (req) => wellness.getProgram(actorOf(req), req.params.id),
  );
  app.get(
    '/api/wellness/institutions',
    {
      config: read,
      schema: {
        tags,
        summary: 'Sanatoriums and check-up centres registered by the subtree or the unions above it',
        querystring: OrgQuery,
        response: { 200: InstitutionListSchema },
      },
    },
    async (req) => wellness.listInstitutions(actorOf(req), req.query.orgId),
  );
  app.post(
    '/api/wellness/institutions',
    {
      config: { ...manage, errors: [409] },
      schema: {
        tags,
        summary: 'Register an institution with the number it takes per batch',
        body: InstitutionBody,
        response: { 200: IdResult },
      },
    },
    async (req) => wellness.createInstitution(actorOf(req), req.body),
  );
}
