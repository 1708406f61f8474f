import { routeMould } from '../../../http/route-mould.ts';
import { IdParams } from '../../../http/schema.ts';
import type { App } from '../../../http/types.ts';
import {
  AnswerResult,
  ConfirmResult,
  InviteBody,
  InviteResult,
  MentoringList,
  MentoringQuery,
  MyMentoring,
  ProposalBody,
  ProposalResult,
  SessionBody,
  SessionCreated,
  StudioMentoring,
  YearQuery,
} from './mentoring.schemas.ts';
import type { MentoringService } from './mentoring.service.ts';
import type { MentoringStatusService } from './mentoring.status.ts';

const tags = ['innovation'];

/** Mentoring (名师带徒): staff invite and log sessions; the apprentice answers and confirms on the phone. */
export function mentoringRoutes(
  app: App,
  { mentoring, status }: { mentoring: MentoringService; status: MentoringStatusService },
): void {
  const on = routeMould(app, tags);
  on.get('/api/innovation/mentoring', {
    config: { permission: 'innovation.read' },
    summary:
      'Masters of my subtree with pairs in the year, flagged (fewer than 2 apprentices, behind schedule)',
    querystring: MentoringQuery,
    response: MentoringList,
    use: status.listMentoring,
  });

  on.get('/api/innovation/studios/:id/mentoring', {
    config: { permission: 'innovation.read' },
    summary: "A studio's mentoring for the year: its leader as master, the pairs, flags and sessions",
    params: IdParams,
    querystring: YearQuery,
    response: StudioMentoring,
    use: status.studioMentoring,
  });

  on.post('/api/innovation/mentoring/pairs', {
    config: { permission: 'innovation.write' },
    summary: 'Invite an apprentice for the leader of a studio of city level or above (2 to 4 a year)',
    description:
      'Refused for a studio below city level, and for a fifth apprentice of the master in the year.',
    body: InviteBody,
    response: InviteResult,
    use: mentoring.invite,
  });

  on.post('/api/innovation/mentoring/sessions', {
    config: { permission: 'innovation.write' },
    summary: 'Log a session the master held (培训, 现场指导 …) with accepted apprentices, who confirm it',
    body: SessionBody,
    response: SessionCreated,
    use: mentoring.createSession,
  });

  on.post('/api/innovation/mentoring/proposals', {
    config: { permission: 'innovation.write' },
    summary: 'Propose the mentoring subsidy for every master of my subtree whose year qualifies',
    description:
      '2 to 4 accepted apprentices, each with at least 6 confirmed sessions in the year; masters already ' +
      'proposed for the year are skipped.',
    body: ProposalBody,
    response: ProposalResult,
    use: status.proposeSubsidy,
  });

  on.get('/api/me/mentoring', {
    config: { permission: 'self.read' },
    summary: 'My mentoring invitations and pairs, and the sessions to confirm (apprentice, phone)',
    response: MyMentoring,
    use: status.myMentoring,
  });

  const pair = on.record('/api/me/mentoring/pairs/:id', {
    config: { permission: 'self.write' },
    response: AnswerResult,
  });
  pair.post('/accept', {
    summary: 'Accept a mentoring invitation',
    run: (actor, { params }) => mentoring.answer(actor, params.id, true),
  });

  pair.post('/decline', {
    summary: 'Decline a mentoring invitation',
    run: (actor, { params }) => mentoring.answer(actor, params.id, false),
  });

  on.post('/api/me/mentoring/sessions/:id/confirm', {
    config: { permission: 'self.write' },
    summary: 'Confirm I attended a session',
    params: IdParams,
    response: ConfirmResult,
    use: mentoring.confirmSession,
  });
}
