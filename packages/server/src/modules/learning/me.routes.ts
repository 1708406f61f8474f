import { Type } from 'typebox';
import { IdParams } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import {
  AnswerBody,
  AskBody,
  EnrolBody,
  MyActivity,
  MyActivityList,
  MyEnrolment,
  MyEnrolmentDetail,
  MyLearning,
  MyMasterList,
  ProgressBody,
  ProgressResult,
  RequestList,
  RequestSchema,
} from './learning.schemas.ts';
import type { LearningService } from './learning.service.ts';
import { sendLessonFile } from './lesson-file.ts';

const tags = ['learning'];
// Like the programs' worker routes: self.apply, which the administrator holds too (with no person of their
// own, the answers are 404).
const read = { permission: 'self.apply' } as const;
const write = read;
const EmptyBody = Type.Optional(Type.Object({}, { additionalProperties: false }));

/** The worker's phone pages: enrol, follow lessons, activities, ask a master; a master answers here too. */
export function meLearningRoutes(app: App, { enrolment, activities, apprenticeship }: LearningService): void {
  app.get(
    '/api/me/learning',
    {
      config: read,
      schema: {
        tags,
        summary: 'What I may enrol in, my enrolments and my learning hours',
        response: { 200: MyLearning },
      },
    },
    async (req) => enrolment.myLearning(actorOf(req)),
  );
  app.post(
    '/api/me/learning/enrolments',
    {
      config: write,
      schema: {
        tags,
        summary: 'Enrol in a course through a site licence (in force, with a seat left)',
        body: EnrolBody,
        response: { 200: MyEnrolment },
      },
    },
    async (req) => enrolment.enrol(actorOf(req), req.body),
  );
  app.get(
    '/api/me/learning/enrolments/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'My enrolment with its lessons and my progress',
        params: IdParams,
        response: { 200: MyEnrolmentDetail },
      },
    },
    async (req) => enrolment.getMyEnrolment(actorOf(req), req.params.id),
  );
  app.post(
    '/api/me/learning/progress',
    {
      config: write,
      schema: {
        tags,
        summary:
          'Report progress on a lesson (resume position; a video played to the end or a document opened counts)',
        body: ProgressBody,
        response: { 200: ProgressResult },
      },
    },
    async (req) => enrolment.reportProgress(actorOf(req), req.body),
  );
  app.get(
    '/api/me/learning/lessons/:id/file',
    {
      config: read,
      schema: {
        tags,
        summary: 'The video or document of a lesson of a course I am enrolled in',
        params: IdParams,
      },
    },
    async (req, reply) => sendLessonFile(reply, await enrolment.getMyLessonFile(actorOf(req), req.params.id)),
  );
  app.get(
    '/api/me/learning/activities',
    {
      config: read,
      schema: {
        tags,
        summary: 'Offline activities offered to my union, with my sign-up',
        response: { 200: MyActivityList },
      },
    },
    async (req) => activities.myActivities(actorOf(req)),
  );
  app.post(
    '/api/me/learning/activities/:id/signup',
    {
      config: write,
      schema: {
        tags,
        summary: 'Sign up for an activity',
        params: IdParams,
        body: EmptyBody,
        response: { 200: MyActivity },
      },
    },
    async (req) => activities.signUpMe(actorOf(req), req.params.id),
  );
  app.get(
    '/api/me/learning/masters',
    {
      config: read,
      schema: { tags, summary: 'Masters I may ask', response: { 200: MyMasterList } },
    },
    async (req) => apprenticeship.myMasters(actorOf(req)),
  );
  app.get(
    '/api/me/learning/requests',
    {
      config: read,
      schema: {
        tags,
        summary: 'My questions and apprenticeship requests, and those addressed to me as a master',
        response: { 200: RequestList },
      },
    },
    async (req) => apprenticeship.myRequests(actorOf(req)),
  );
  app.post(
    '/api/me/learning/requests',
    {
      config: write,
      schema: {
        tags,
        summary: 'Ask a master a question, or to take me on',
        body: AskBody,
        response: { 200: RequestSchema },
      },
    },
    async (req) => apprenticeship.ask(actorOf(req), req.body),
  );
  app.post(
    '/api/me/learning/requests/:id/answer',
    {
      config: write,
      schema: {
        tags,
        summary: 'As the master: answer (and accept or decline an apprenticeship)',
        params: IdParams,
        body: AnswerBody,
        response: { 200: RequestSchema },
      },
    },
    async (req) => apprenticeship.answer(actorOf(req), req.params.id, req.body),
  );
}
