import { IdParams } from '../../../http/schema.ts';
import { type App, actorOf } from '../../../http/types.ts';
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
  app.get(
    '/api/innovation/mentoring',
    {
      config: { permission: 'innovation.read' },
      schema: {
        tags,
        summary:
          'Masters of my subtree with pairs in the year, flagged (fewer than 2 apprentices, behind schedule)',
        querystring: MentoringQuery,
        response: { 200: MentoringList },
      },
    },
    async (req) => status.listMentoring(actorOf(req), req.query),
  );

  app.get(
    '/api/innovation/studios/:id/mentoring',
    {
      config: { permission: 'innovation.read' },
      schema: {
        tags,
        summary: "A studio's mentoring for the year: its leader as master, the pairs, flags and sessions",
        params: IdParams,
        querystring: YearQuery,
        response: { 200: StudioMentoring },
      },
    },
    async (req) => status.studioMentoring(actorOf(req), req.params.id, req.query),
  );

  app.post(
    '/api/innovation/mentoring/pairs',
    {
      config: { permission: 'innovation.write' },
      schema: {
        tags,
        summary: 'Invite an apprentice for the leader of a studio of city level or above (2 to 4 a year)',
        description:
          'Refused for a studio below city level, and for a fifth apprentice of the master in the year.',
        body: InviteBody,
        response: { 200: InviteResult },
      },
    },
    async (req) => mentoring.invite(actorOf(req), req.body),
  );

  app.post(
    '/api/innovation/mentoring/sessions',
    {
      config: { permission: 'innovation.write' },
      schema: {
        tags,
        summary: 'Log a session the master held (培训, 现场指导 …) with accepted apprentices, who confirm it',
        body: SessionBody,
        response: { 200: SessionCreated },
      },
    },
    async (req) => mentoring.createSession(actorOf(req), req.body),
  );

  app.post(
    '/api/innovation/mentoring/proposals',
    {
      config: { permission: 'innovation.write' },
      schema: {
        tags,
        summary: 'Propose the mentoring subsidy for every master of my subtree whose year qualifies',
        description:
          '2 to 4 accepted apprentices, each with at least 6 confirmed sessions in the year; masters already ' +
          'proposed for the year are skipped.',
        body: ProposalBody,
        response: { 200: ProposalResult },
      },
    },
    async (req) => status.proposeSubsidy(actorOf(req), req.body),
  );

  app.get(
    '/api/me/mentoring',
    {
      config: { permission: 'self.read' },
      schema: {
        tags,
        summary: 'My mentoring invitations and pairs, and the sessions to confirm (apprentice, phone)',
        response: { 200: MyMentoring },
      },
    },
    async (req) => status.myMentoring(actorOf(req)),
  );

  app.post(
    '/api/me/mentoring/pairs/:id/accept',
    {
      config: { permission: 'self.write' },
      schema: {
        tags,
        summary: 'Accept a mentoring invitation',
        params: IdParams,
        response: { 200: AnswerResult },
      },
    },
    async (req) => mentoring.answer(actorOf(req), req.params.id, true),
  );

  app.post(
    '/api/me/mentoring/pairs/:id/decline',
    {
      config: { permission: 'self.write' },
      schema: {
        tags,
        summary: 'Decline a mentoring invitation',
        params: IdParams,
        response: { 200: AnswerResult },
      },
    },
    async (req) => mentoring.answer(actorOf(req), req.params.id, false),
  );

  app.post(
    '/api/me/mentoring/sessions/:id/confirm',
    {
      config: { permission: 'self.write' },
      schema: {
        tags,
        summary: 'Confirm I attended a session',
        params: IdParams,
        response: { 200: ConfirmResult },
      },
    },
    async (req) => mentoring.confirmSession(actorOf(req), req.params.id),
  );
}
