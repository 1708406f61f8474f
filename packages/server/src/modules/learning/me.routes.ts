import { Type } from 'typebox';
import { inlineFile, routeMould } from '../../http/route-mould.ts';
import { IdParams } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
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

const tags = ['learning'];
// Like the programs' worker routes: self.apply, which the administrator holds too (with no person of their
// own, the answers are 404).
const read = { permission: 'self.apply' } as const;
const write = read;
const EmptyBody = Type.Optional(Type.Object({}, { additionalProperties: false }));

/** The worker's phone pages: enrol, follow lessons, activities, ask a master; a master answers here too. */
export function meLearningRoutes(app: App, { enrolment, activities, apprenticeship }: LearningService): void {
  const on = routeMould(app, tags);
  on.get('/api/me/learning', {
    config: read,
    summary: 'What I may enrol in, my enrolments and my learning hours',
    response: MyLearning,
    use: enrolment.myLearning,
  });
  on.post('/api/me/learning/enrolments', {
    config: write,
    summary: 'Enrol in a course through a site licence (in force, with a seat left)',
    body: EnrolBody,
    response: MyEnrolment,
    use: enrolment.enrol,
  });
  on.get('/api/me/learning/enrolments/:id', {
    config: read,
    summary: 'My enrolment with its lessons and my progress',
    params: IdParams,
    response: MyEnrolmentDetail,
    use: enrolment.getMyEnrolment,
  });
  on.post('/api/me/learning/progress', {
    config: write,
    summary:
      'Report progress on a lesson (resume position; a video played to the end or a document opened counts)',
    body: ProgressBody,
    response: ProgressResult,
    use: enrolment.reportProgress,
  });
  on.file('/api/me/learning/lessons/:id/file', {
    config: read,
    summary: 'The video or document of a lesson of a course I am enrolled in',
    params: IdParams,
    run: async (actor, { params }) => inlineFile(await enrolment.getMyLessonFile(actor, params.id)),
  });
  on.get('/api/me/learning/activities', {
    config: read,
    summary: 'Offline activities offered to my union, with my sign-up',
    response: MyActivityList,
    use: activities.myActivities,
  });
  on.post('/api/me/learning/activities/:id/signup', {
    config: write,
    summary: 'Sign up for an activity',
    params: IdParams,
    body: EmptyBody,
    response: MyActivity,
    run: (actor, { params }) => activities.signUpMe(actor, params.id),
  });
  on.get('/api/me/learning/masters', {
    config: read,
    summary: 'Masters I may ask',
    response: MyMasterList,
    use: apprenticeship.myMasters,
  });
  on.get('/api/me/learning/requests', {
    config: read,
    summary: 'My questions and apprenticeship requests, and those addressed to me as a master',
    response: RequestList,
    use: apprenticeship.myRequests,
  });
  on.post('/api/me/learning/requests', {
    config: write,
    summary: 'Ask a master a question, or to take me on',
    body: AskBody,
    response: RequestSchema,
    use: apprenticeship.ask,
  });
  on.post('/api/me/learning/requests/:id/answer', {
    config: write,
    summary: 'As the master: answer (and accept or decline an apprenticeship)',
    params: IdParams,
    body: AnswerBody,
    response: RequestSchema,
    use: apprenticeship.answer,
  });
}
