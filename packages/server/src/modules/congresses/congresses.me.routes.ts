import { routeMould } from '../../http/route-mould.ts';
import { IdParams, Ok } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import { CosignResult, FileBody, MineSchema, RateBody, VoteBody } from './congresses.me.schemas.ts';
import { DisclosureReadSchema, IdResult, StatusResult } from './congresses.schemas.ts';
import type { CongressesService } from './congresses.service.ts';

const tags = ['congresses'];
const self = { permission: 'self.apply' } as const;

/**
 * A delegate's or member's own side: my congress, filing and co-signing proposals, rating an answer, voting,
 * reading 厂务公开.
 */
export function congressesMeRoutes(app: App, { congresses }: { congresses: CongressesService }): void {
  const on = routeMould(app, tags);
  on.get('/api/me/congresses', {
    config: self,
    summary: "My enterprise's congress: my duties as a delegate, vote results, 厂务公开",
    response: MineSchema,
    use: congresses.mine,
  });
  on.post('/api/me/congresses/proposals', {
    config: self,
    summary: 'File a proposal (a delegate, within the window)',
    body: FileBody,
    response: IdResult,
    use: congresses.fileProposal,
  });
  on.post('/api/me/congresses/proposals/:id/cosign', {
    config: self,
    summary: "Co-sign another delegate's proposal (附议), once",
    params: IdParams,
    response: CosignResult,
    use: congresses.cosign,
  });
  on.post('/api/me/congresses/proposals/:id/rate', {
    config: self,
    summary: 'Rate the answer to my proposal; 不满意 once asks for a second answer',
    params: IdParams,
    body: RateBody,
    response: StatusResult,
    run: (actor, { params, body }) => congresses.rate(actor, params.id, body.rating),
  });
  on.post('/api/me/congresses/motions/:id/vote', {
    config: self,
    summary: 'Vote (a delegate present at the session), once',
    params: IdParams,
    body: VoteBody,
    response: Ok,
    run: (actor, { params, body }) => congresses.vote(actor, params.id, body.choice),
  });
  on.post('/api/me/congresses/disclosures/:id/read', {
    config: self,
    summary: 'Read a 厂务公开 item (counted once per member)',
    params: IdParams,
    response: DisclosureReadSchema,
    use: congresses.readDisclosure,
  });
}
