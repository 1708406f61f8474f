import { Type } from 'typebox';
import { IdParams } from '../../http/schema.ts';
import { type App, actorOf } from '../../http/types.ts';
import { renderCertificate } from './certificate.ts';
import {
  ActivityList,
  ActivitySchema,
  AttendanceBody,
  CreateActivityBody,
  CreateLicenceBody,
  CreateSiteBody,
  LicenceSchema,
  SignupSchema,
  SiteSchema,
} from './learning.schemas.ts';
import type { LearningService } from './learning.service.ts';

const tags = ['learning'];
const read = { permission: 'learning.read' } as const;
const write = { permission: 'learning.write' } as const;

/** Learning sites with their licences and certificates, and the activities held there with sign-ups and attendance. */
export function learningSiteRoutes(app: App, { learning }: { learning: LearningService }): void {
  const { sites, activities } = learning;
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
}
