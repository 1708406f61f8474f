import { Type } from 'typebox';
import { IdParams } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import { xlsxHeaders } from '../../http/upload.ts';
import { renderCertificate } from './certificate.ts';
import {
  ActivityList,
  ActivitySchema,
  AttendanceBody,
  CourseDetail,
  CourseList,
  CourseSchema,
  CreateActivityBody,
  CreateCourseBody,
  CreateLicenceBody,
  CreateMasterBody,
  CreateResourceBody,
  CreateSiteBody,
  LessonBody,
  LessonForm,
  LessonSchema,
  LicenceSchema,
  MasterList,
  MasterSchema,
  ResourceList,
  ResourceSchema,
  SignupSchema,
  SiteSchema,
  StatsQuery,
  StatsSchema,
} from './learning.schemas.ts';
import type { LearningService } from './learning.service.ts';
import { checkLessonFile, noLessonBody, readLessonForm, sendLessonFile } from './lesson-file.ts';
import { meLearningRoutes } from './me.routes.ts';
import { statsWorkbook } from './stats.service.ts';

const tags = ['learning'];
const read = { permission: 'learning.read' } as const;
const write = { permission: 'learning.write' } as const;

/** Staff: courses and resources, sites and licences, activities, masters, statistics; and the worker pages. */
export function learningRoutes(app: App, { learning }: { learning: LearningService }): void {
  const { courses, sites, activities, apprenticeship } = learning;
  app.get(
    '/api/learning/courses',
    {
      config: read,
      schema: {
        tags,
        summary: 'Courses my subtree provides or that are offered from above',
        response: { 200: CourseList },
      },
    },
    async (req) => courses.listCourses(actorOf(req)),
  );
  app.post(
    '/api/learning/courses',
    {
      config: write,
      schema: {
        tags,
        summary: 'Add a course provided by a union of my subtree',
        body: CreateCourseBody,
        response: { 200: CourseSchema },
      },
    },
    async (req) => courses.createCourse(actorOf(req), req.body),
  );
  app.get(
    '/api/learning/courses/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'A course with its lessons',
        params: IdParams,
        response: { 200: CourseDetail },
      },
    },
    async (req) => courses.getCourse(actorOf(req), req.params.id),
  );
  app.post(
    '/api/learning/courses/:id/lessons',
    {
      config: { ...write, upload: LessonForm },
      schema: {
        tags,
        summary:
          'Append a lesson: multipart (fields title, kind, url, durationSeconds; the video or document in `file`) or JSON (a link, or a small file as base64)',
        params: IdParams,
        consumes: ['multipart/form-data', 'application/json'],
        body: { content: { 'application/json': { schema: LessonBody } } } as unknown as typeof LessonBody,
        response: { 200: LessonSchema },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      if (req.isMultipart()) return courses.addLesson(actor, req.params.id, await readLessonForm(req));
      if (!req.body) throw noLessonBody();
      const { file, ...rest } = req.body;
      const data = file && { name: file.name, mime: file.mime, data: Buffer.from(file.dataBase64, 'base64') };
      return courses.addLesson(actor, req.params.id, {
        ...rest,
        file: data && checkLessonFile(rest.kind, data),
      });
    },
  );
  app.get(
    '/api/learning/lessons/:id/file',
    {
      config: read,
      schema: { tags, summary: 'The video or document of a lesson (inline)', params: IdParams },
    },
    async (req, reply) => sendLessonFile(reply, await courses.getLessonFile(actorOf(req), req.params.id)),
  );
  app.get(
    '/api/learning/resources',
    {
      config: read,
      schema: {
        tags,
        summary: 'Digital resources with their licence terms',
        response: { 200: ResourceList },
      },
    },
    async (req) => courses.listResources(actorOf(req)),
  );
  app.post(
    '/api/learning/resources',
    {
      config: write,
      schema: {
        tags,
        summary: 'Add a digital resource with its licence terms',
        body: CreateResourceBody,
        response: { 200: ResourceSchema },
      },
    },
    async (req) => courses.createResource(actorOf(req), req.body),
  );
  app.get(
    '/api/learning/sites',
    {
      config: read,
      schema: {
        tags,
        summary: 'Demonstration sites with their licences',
        response: { 200: Type.Array(SiteSchema) },
      },
    },
    async (req) => sites.listSites(actorOf(req)),
  );
  app.post(
    '/api/learning/sites',
    {
      config: write,
      schema: {
        tags,
        summary: 'Sign a demonstration site',
        body: CreateSiteBody,
        response: { 200: SiteSchema },
      },
    },
    async (req) => sites.createSite(actorOf(req), req.body),
  );
  app.post(
    '/api/learning/sites/:id/licences',
    {
      config: write,
      schema: {
        tags,
        summary: 'License a site courses and resources for a period and a number of seats',
        params: IdParams,
        body: CreateLicenceBody,
        response: { 200: LicenceSchema },
      },
    },
    async (req) => sites.createLicence(actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/learning/licences/:id/certificate.pdf',
    {
      config: { ...read, errors: [409] },
      schema: {
        tags,
        summary: 'The printable licence certificate (数字资源授权证书, PDF)',
        params: IdParams,
      },
    },
    async (req, reply) => {
      const l = await sites.getLicenceForCertificate(actorOf(req), req.params.id);
      const pdf = await renderCertificate({ ...l, issuer: l.orgName });
      const name = `数字资源授权证书-${l.number}.pdf`;
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(name)}`)
        .send(pdf);
    },
  );
  app.get(
    '/api/learning/activities',
    {
      config: read,
      schema: {
        tags,
        summary: 'Offline activities of my subtree',
        response: { 200: ActivityList },
      },
    },
    async (req) => activities.listActivities(actorOf(req)),
  );
  app.post(
    '/api/learning/activities',
    {
      config: write,
      schema: {
        tags,
        summary: 'Schedule an offline activity at a reading room or studio',
        body: CreateActivityBody,
        response: { 200: ActivitySchema },
      },
    },
    async (req) => activities.createActivity(actorOf(req), req.body),
  );
  app.get(
    '/api/learning/activities/:id/signups',
    {
      config: read,
      schema: {
        tags,
        summary: 'Who signed up for an activity, and who attended',
        params: IdParams,
        response: { 200: Type.Array(SignupSchema) },
      },
    },
    async (req) => activities.listSignups(actorOf(req), req.params.id),
  );
  app.post(
    '/api/learning/activities/:id/attendance',
    {
      config: write,
      schema: {
        tags,
        summary: 'Record attendance (counts towards learning hours)',
        params: IdParams,
        body: AttendanceBody,
        response: { 200: ActivitySchema },
      },
    },
    async (req) => activities.recordAttendance(actorOf(req), req.params.id, req.body.personIds),
  );
  app.get(
    '/api/learning/masters',
    {
      config: read,
      schema: {
        tags,
        summary: 'Masters (劳模/工匠) designated in my subtree',
        response: { 200: MasterList },
      },
    },
    async (req) => apprenticeship.listMasters(actorOf(req)),
  );
  app.post(
    '/api/learning/masters',
    {
      config: write,
      schema: {
        tags,
        summary: 'Designate a member as a master who answers workers online',
        body: CreateMasterBody,
        response: { 200: MasterSchema },
      },
    },
    async (req) => apprenticeship.designateMaster(actorOf(req), req.body),
  );
  app.get(
    '/api/learning/stats',
    {
      config: read,
      schema: {
        tags,
        summary: 'Enrolments, completions and hours of a year or a range of days by course, site and union',
        querystring: StatsQuery,
        response: { 200: StatsSchema },
      },
    },
    async (req) => learning.stats(actorOf(req), req.query),
  );
  app.get(
    '/api/learning/stats.xlsx',
    {
      config: read,
      schema: { tags, summary: 'The statistics as an .xlsx workbook', querystring: StatsQuery },
    },
    async (req, reply) => {
      const stats = await learning.stats(actorOf(req), req.query);
      return reply
        .headers(xlsxHeaders(`学习社区统计-${stats.from}至${stats.to}.xlsx`))
        .send(statsWorkbook(stats));
    },
  );
  meLearningRoutes(app, learning);
}
