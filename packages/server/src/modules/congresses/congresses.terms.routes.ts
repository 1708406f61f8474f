import { routeMould } from '../../http/route-mould.ts';
import { IdParams, Ok } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import {
  CongressDetailSchema,
  CongressQuery,
  DelegationBody,
  ElectBody,
  ElectResult,
  IdResult,
  MaybeIdResult,
  ReplaceBody,
  SessionBody,
  SettingsBody,
  TermBody,
} from './congresses.schemas.ts';
import type { CongressesService } from './congresses.service.ts';

const tags = ['congresses'];
const read = { permission: 'congresses.read' } as const;
const manage = { permission: 'congresses.manage' } as const;

/**
 * A congress's make-up: its terms (届), their delegations, sessions and delegates, the congress itself and its
 * settings.
 */
export function congressesTermsRoutes(app: App, { congresses }: { congresses: CongressesService }): void {
  const on = routeMould(app, tags);
  const term = on.record('/api/congresses/terms/:id', { config: manage, response: IdResult });
  term.post('/delegations', {
    summary: 'A delegation (代表团/组) of a term',
    body: DelegationBody,
    use: congresses.addDelegation,
  });
  term.post('/sessions', {
    summary: 'A session (次) of a term with its proposal window',
    body: SessionBody,
    use: congresses.addSession,
  });
  on.post('/api/congresses/delegations/:id/delegates', {
    config: manage,
    summary: 'Record delegates elected by a delegation (members of its union), on the election day',
    params: IdParams,
    body: ElectBody,
    response: ElectResult,
    use: congresses.electDelegates,
  });
  on.post('/api/congresses/delegates/:id/replace', {
    config: manage,
    summary: 'A delegate leaves the seat (when, why), with a successor when named',
    params: IdParams,
    body: ReplaceBody,
    response: MaybeIdResult,
    use: congresses.replaceDelegate,
  });
  on.get('/api/congresses/:id', {
    config: read,
    summary: 'A congress: terms, delegations, the roster (audited) with the proportions checked, sessions',
    params: IdParams,
    querystring: CongressQuery,
    response: CongressDetailSchema,
    run: (actor, { params, query }) => congresses.getCongress(actor, params.id, query.termId),
  });
  on.put('/api/congresses/:id/settings', {
    config: manage,
    summary: 'The proportions checked, the co-signatures needed and the days to answer',
    params: IdParams,
    body: SettingsBody,
    response: Ok,
    use: congresses.updateSettings,
  });
  on.post('/api/congresses/:id/terms', {
    config: manage,
    summary: 'A term (届) of the congress',
    params: IdParams,
    body: TermBody,
    response: IdResult,
    use: congresses.addTerm,
  });
}
