import { routeMould } from '../../http/route-mould.ts';
import { IdParams, Ok } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import {
  AnswerBody,
  AssignBody,
  AssignResult,
  ExamineBody,
  PledgeBody,
  PledgeLinkSchema,
  PledgeParams,
  PledgeResult,
  ProposalDetailSchema,
  ProposalListSchema,
  ProposalQuery,
  StatusResult,
} from './congresses.schemas.ts';
import type { CongressesService } from './congresses.service.ts';

const tags = ['congresses'];
const read = { permission: 'congresses.read' } as const;
const manage = { permission: 'congresses.manage' } as const;

/**
 * A congress's proposals (提案): the list, one proposal, and the committee's decisions on it — examined,
 * assigned to a department, answered, made a 办实事 project.
 */
export function congressesProposalsRoutes(app: App, { congresses }: { congresses: CongressesService }): void {
  const on = routeMould(app, tags);
  on.get('/api/congresses/proposals', {
    config: read,
    summary: 'Proposals of the subtree',
    querystring: ProposalQuery,
    response: ProposalListSchema,
    use: congresses.listProposals,
  });
  on.get('/api/congresses/proposals/:id', {
    config: read,
    summary: 'A proposal with its co-signers (audited)',
    params: IdParams,
    response: ProposalDetailSchema,
    use: congresses.getProposal,
  });
  on.post('/api/congresses/proposals/:id/examine', {
    config: manage,
    summary: "The proposal committee's decision: accept (立案), decline with a reason, or merge into another",
    params: IdParams,
    body: ExamineBody,
    response: StatusResult,
    use: congresses.examine,
  });
  on.post('/api/congresses/proposals/:id/assign', {
    config: manage,
    summary: 'Assign an accepted proposal to a department; due in the working days of the congress',
    params: IdParams,
    body: AssignBody,
    response: AssignResult,
    use: congresses.assign,
  });
  on.post('/api/congresses/proposals/:id/answer', {
    config: manage,
    summary: "Record the department's answer",
    params: IdParams,
    body: AnswerBody,
    response: Ok,
    use: congresses.answer,
  });
  on.post('/api/congresses/proposals/:id/pledge', {
    config: manage,
    summary: "Make an accepted proposal a 办实事 project of the congress's union, linked both ways",
    params: IdParams,
    body: PledgeBody,
    response: PledgeResult,
    use: congresses.makePledge,
  });
  on.get('/api/congresses/pledge-links/:pledgeId', {
    config: read,
    summary: 'The proposal a 办实事 project came from (404: none)',
    params: PledgeParams,
    response: PledgeLinkSchema,
    run: (actor, { params }) => congresses.proposalOfPledge(actor, params.pledgeId),
  });
}
