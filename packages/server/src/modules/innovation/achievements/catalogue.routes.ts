import { routeMould } from '../../../http/route-mould.ts';
import { IdParams, Ok } from '../../../http/schema.ts';
import type { App } from '../../../http/types.ts';
import {
  CatalogueQuerySchema,
  CatalogueResult,
  LeadBody,
  LeadList,
  LeadQuery,
  PublicAchievement,
} from './catalogue.schemas.ts';
import type { CatalogueService } from './catalogue.service.ts';

const tags = ['catalogue'];

export function catalogueRoutes(app: App, { catalogue }: { catalogue: CatalogueService }) {
  const on = routeMould(app, tags);
  on.open.get('/api/public/achievements', {
    config: { public: true },
    summary: 'The public catalogue (创新成果网上推介平台): search and browse published achievements',
    description:
      'Words are segmented (jieba) and all must match; results are ranked, the snippet highlights the ' +
      'matched words. Facets count the matches by type, year, industry and region (each ignoring its own ' +
      'filter). Nothing about the team is answered.',
    querystring: CatalogueQuerySchema,
    response: CatalogueResult,
    run: ({ query }) => catalogue.search(query),
  });
  on.open.get('/api/public/achievements/:id', {
    config: { public: true, errors: [404] },
    summary: 'One published achievement, without its team',
    params: IdParams,
    response: PublicAchievement,
    run: ({ params }) => catalogue.getPublicAchievement(params.id),
  });
  on.open.post('/api/public/achievements/:id/contact', {
    config: { public: true, errors: [404, 429] },
    summary: "An enterprise asks to be put in touch with the achievement's team",
    description:
      "The request reaches the studio's union as a lead. Links are refused; organisation and contact up to " +
      '100 characters, the need up to 1,000. At most 5 requests an hour per address (429).',
    params: IdParams,
    body: LeadBody,
    response: Ok,
    run: ({ params, body, req }) => catalogue.createLead(params.id, body, req.ip),
  });
  const staff = routeMould(app, ['innovation']);
  staff.get('/api/innovation/leads', {
    config: { permission: 'innovation.read' },
    summary: 'Contact requests from the catalogue to the unions of my subtree, newest first',
    querystring: LeadQuery,
    response: LeadList,
    run: (actor, { query }) => catalogue.listLeads(actor, query),
  });
  staff.post('/api/innovation/leads/:id/handle', {
    config: { permission: 'innovation.write' },
    summary: 'Mark a contact request as followed up',
    params: IdParams,
    response: Ok,
    run: (actor, { params }) => catalogue.handleLead(actor, params.id),
  });
}
