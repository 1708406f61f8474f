import { api, toApiError, unwrap } from '../../api/client.ts';
import type { Answer, Body } from '../../api/types.ts';
import { type PeriodQuery, periodParams } from '../../components/StatsPeriod.tsx';

export { COURSE_KINDS, SITE_LEVELS } from '../../../../server/src/modules/learning/learning.vocabulary.ts';

export type Course = Answer<'/api/learning/courses'>['items'][number];
export type CourseDetail = Answer<'/api/learning/courses/{id}'>;
export type Lesson = CourseDetail['lessons'][number];
export type Resource = Answer<'/api/learning/resources'>['items'][number];
export type Site = Answer<'/api/learning/sites'>[number];
export type Licence = Site['licences'][number];
export type Activity = Answer<'/api/learning/activities'>['items'][number];
export type Signup = Answer<'/api/learning/activities/{id}/signups'>[number];
export type Master = Answer<'/api/learning/masters'>['items'][number];
export type Stats = Answer<'/api/learning/stats'>;
export type MyLearning = Answer<'/api/me/learning'>;
export type MyEnrolmentDetail = Answer<'/api/me/learning/enrolments/{id}'>;
export type MyActivity = Answer<'/api/me/learning/activities'>['items'][number];
export type LearningRequest = Answer<'/api/me/learning/requests'>['items'][number];
export type NewCourse = Body<'/api/learning/courses'>;
export type NewLicence = Body<'/api/learning/sites/{id}/licences'>;
export type NewActivity = Body<'/api/learning/activities'>;

const path = (id: number) => ({ params: { path: { id } } });

/** Posts a multipart form (a lesson with its file); the answer as JSON or an ApiError. */
async function postForm<T>(url: string, form: FormData): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST', body: form, credentials: 'include' });
  } catch {
    throw toApiError(0, undefined);
  }
  const body = await res.json().catch(() => undefined);
  if (!res.ok) throw toApiError(res.status, body);
  return body as T;
}

/** Staff calls of the learning community. */
export const learningApi = {
  courses: () => unwrap(api.GET('/api/learning/courses')),
  course: (id: number) => unwrap(api.GET('/api/learning/courses/{id}', path(id))),
  createCourse: (body: NewCourse) => unwrap(api.POST('/api/learning/courses', { body })),
  addLesson: (courseId: number, form: FormData) =>
    postForm<Lesson>(`/api/learning/courses/${courseId}/lessons`, form),
  resources: () => unwrap(api.GET('/api/learning/resources')),
  createResource: (body: Body<'/api/learning/resources'>) =>
    unwrap(api.POST('/api/learning/resources', { body })),
  sites: () => unwrap(api.GET('/api/learning/sites')),
  createSite: (body: Body<'/api/learning/sites'>) => unwrap(api.POST('/api/learning/sites', { body })),
  createLicence: (siteId: number, body: NewLicence) =>
    unwrap(api.POST('/api/learning/sites/{id}/licences', { ...path(siteId), body })),
  certificateUrl: (licenceId: number) => `/api/learning/licences/${licenceId}/certificate.pdf`,
  activities: () => unwrap(api.GET('/api/learning/activities')),
  createActivity: (body: NewActivity) => unwrap(api.POST('/api/learning/activities', { body })),
  signups: (id: number) => unwrap(api.GET('/api/learning/activities/{id}/signups', path(id))),
  attend: (id: number, personIds: number[]) =>
    unwrap(api.POST('/api/learning/activities/{id}/attendance', { ...path(id), body: { personIds } })),
  masters: () => unwrap(api.GET('/api/learning/masters')),
  designate: (body: Body<'/api/learning/masters'>) => unwrap(api.POST('/api/learning/masters', { body })),
  stats: (query: PeriodQuery) => unwrap(api.GET('/api/learning/stats', { params: { query } })),
  statsXlsxUrl: (q: PeriodQuery) => `/api/learning/stats.xlsx?${periodParams(q)}`,
};

/** The worker's calls (phone pages). */
export const myLearningApi = {
  overview: () => unwrap(api.GET('/api/me/learning')),
  enrol: (courseId: number, licenceId: number) =>
    unwrap(api.POST('/api/me/learning/enrolments', { body: { courseId, licenceId } })),
  enrolment: (id: number) => unwrap(api.GET('/api/me/learning/enrolments/{id}', path(id))),
  progress: (body: Body<'/api/me/learning/progress'>) =>
    unwrap(api.POST('/api/me/learning/progress', { body })),
  lessonFileUrl: (lessonId: number) => `/api/me/learning/lessons/${lessonId}/file`,
  activities: () => unwrap(api.GET('/api/me/learning/activities')),
  signUp: (id: number) =>
    unwrap(api.POST('/api/me/learning/activities/{id}/signup', { ...path(id), body: {} })),
  masters: () => unwrap(api.GET('/api/me/learning/masters')),
  requests: () => unwrap(api.GET('/api/me/learning/requests')),
  ask: (body: Body<'/api/me/learning/requests'>) => unwrap(api.POST('/api/me/learning/requests', { body })),
  answer: (id: number, body: Body<'/api/me/learning/requests/{id}/answer'>) =>
    unwrap(api.POST('/api/me/learning/requests/{id}/answer', { ...path(id), body })),
};
