import { routeMould } from '../../http/route-mould.ts';
import { IdParams } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import {
  DayBody,
  IdResult,
  IssueResult,
  ListQuery,
  PreviousQuery,
  PreviousSchema,
  ReturnBody,
  ReturnListSchema,
  ReturnSchema,
} from './returns.schemas.ts';
import type { ReturnsService } from './returns.service.ts';

const tags = ['returns'];
const issue = { permission: 'returns.issue' } as const;
const fill = { permission: 'returns.fill' } as const;

/** A return from its draft to its end: the list, a draft made, changed or copied, issued, collection closed. */
export function returnsIssuingRoutes(app: App, { returns }: { returns: ReturnsService }): void {
  const on = routeMould(app, tags);
  on.get('/api/returns', {
    config: fill,
    summary: "Returns issued in my subtree (drafts my union's only) and the returns my union has to fill",
    querystring: ListQuery,
    response: ReturnListSchema,
    use: returns.list,
  });
  on.get('/api/returns/previous', {
    config: issue,
    summary: 'The returns a union issued before (newest first), to copy',
    querystring: PreviousQuery,
    response: PreviousSchema,
    run: (actor, { query }) => returns.previous(actor, query.orgId),
  });
  on.post('/api/returns', {
    config: issue,
    summary: 'Create a return as a draft',
    body: ReturnBody,
    response: IdResult,
    use: returns.create,
  });
  on.get('/api/returns/:id', {
    config: fill,
    summary: "A return, for its issuer's subtree and the unions that fill it",
    params: IdParams,
    response: ReturnSchema,
    use: returns.get,
  });
  on.put('/api/returns/:id', {
    config: { ...issue, errors: [409] },
    summary: 'Change a draft return',
    params: IdParams,
    body: ReturnBody,
    response: IdResult,
    use: returns.update,
  });
  on.post('/api/returns/:id/copy', {
    config: issue,
    summary:
      "Next period's draft from this return: the same form and level, the period and title years moved on",
    params: IdParams,
    response: IdResult,
    use: returns.copy,
  });
  on.post('/api/returns/:id/issue', {
    config: { ...issue, errors: [409] },
    summary:
      'Issue a draft: a return for every union at the target level (and the unions between, to consolidate), pre-filled',
    params: IdParams,
    body: DayBody,
    response: IssueResult,
    dated: true,
    run: (actor, { params, body }) => returns.issue(actor, params.id, body.effectiveOn),
  });
  on.post('/api/returns/:id/close', {
    config: { ...issue, errors: [409] },
    summary: 'End collection: nothing more can be submitted',
    params: IdParams,
    body: DayBody,
    response: IdResult,
    dated: true,
    run: (actor, { params, body }) => returns.close(actor, params.id, body.effectiveOn),
  });
}
