import { routeMould } from '../../http/route-mould.ts';
import { IdParams } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import {
  IdResult,
  InstitutionBody,
  InstitutionListSchema,
  OrgQuery,
  ProgramBody,
  ProgramDetailSchema,
  ProgramListSchema,
  QuotaToFillListSchema,
} from './wellness.schemas.ts';
import type { WellnessService } from './wellness.service.ts';

const tags = ['wellness'];
const read = { permission: 'wellness.read' } as const;
const manage = { permission: 'wellness.manage' } as const;

/** Programs and the institutions that receive the workers. */
export function wellnessProgramRoutes(app: App, { wellness }: { wellness: WellnessService }): void {
  const on = routeMould(app, tags);
  on.get('/api/wellness/programs', {
    config: read,
    summary: "疗休养 and 体检 programs of a union's subtree, or with places given to it (default: mine)",
    querystring: OrgQuery,
    response: ProgramListSchema,
    run: (actor, { query }) => wellness.listPrograms(actor, query.orgId),
  });
  on.post('/api/wellness/programs', {
    config: manage,
    summary:
      'A program of places over years: kind, places a year, cost per person and its shares, who may go',
    body: ProgramBody,
    response: IdResult,
    use: wellness.createProgram,
  });
  on.get('/api/wellness/programs/:id', {
    config: read,
    summary: 'A program with its batches',
    params: IdParams,
    response: ProgramDetailSchema,
    use: wellness.getProgram,
  });
  on.get('/api/wellness/places', {
    config: read,
    summary:
      "Quotas of a union's subtree with places still to nominate (default: mine): batches open and not yet closed, fewer nominees than the quota",
    querystring: OrgQuery,
    response: QuotaToFillListSchema,
    run: (actor, { query }) => wellness.listQuotasToFill(actor, query.orgId),
  });
  on.get('/api/wellness/institutions', {
    config: read,
    summary: 'Sanatoriums and check-up centres registered by the subtree or the unions above it',
    querystring: OrgQuery,
    response: InstitutionListSchema,
    run: (actor, { query }) => wellness.listInstitutions(actor, query.orgId),
  });
  on.post('/api/wellness/institutions', {
    config: { ...manage, errors: [409] },
    summary: 'Register an institution with the number it takes per batch',
    body: InstitutionBody,
    response: IdResult,
    use: wellness.createInstitution,
  });
}
