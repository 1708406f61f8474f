import { routeMould } from '../../http/route-mould.ts';
import type { App } from '../../http/types.ts';
import { DisclosureBody, DisclosureListSchema, IdResult, OrgQuery } from './congresses.schemas.ts';
import type { CongressesService } from './congresses.service.ts';

const tags = ['congresses'];
const read = { permission: 'congresses.read' } as const;
const manage = { permission: 'congresses.manage' } as const;

/**
 * 厂务公开: the items a union published, with their read counts, and publishing one.
 */
export function congressesDisclosuresRoutes(
  app: App,
  { congresses }: { congresses: CongressesService },
): void {
  const on = routeMould(app, tags);
  on.get('/api/congresses/disclosures', {
    config: read,
    summary: '厂务公开 of the subtree, with read counts',
    querystring: OrgQuery,
    response: DisclosureListSchema,
    run: (actor, { query }) => congresses.listDisclosures(actor, query.orgId),
  });
  on.post('/api/congresses/disclosures', {
    config: manage,
    summary: 'Publish a 厂务公开 item to the members of a union',
    body: DisclosureBody,
    response: IdResult,
    use: congresses.publishDisclosure,
  });
}
