import { Type } from 'typebox';
import { inlineFile, routeMould } from '../../http/route-mould.ts';
import { IdParams } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
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
  const on = routeMould(app, tags);
  const { sites, activities } = learning;
  on.get('/api/learning/sites', {
    config: read,
    summary: 'Demonstration sites with their licences',
    response: Type.Array(SiteSchema),
    use: sites.listSites,
  });
  on.post('/api/learning/sites', {
    config: write,
    summary: 'Sign a demonstration site',
    body: CreateSiteBody,
    response: SiteSchema,
    use: sites.createSite,
  });
  on.post('/api/learning/sites/:id/licences', {
    config: write,
    summary: 'License a site courses and resources for a period and a number of seats',
    params: IdParams,
    body: CreateLicenceBody,
    response: LicenceSchema,
    use: sites.createLicence,
  });
  on.file('/api/learning/licences/:id/certificate.pdf', {
    config: { ...read, errors: [409] },
    summary: 'The printable licence certificate (数字资源授权证书, PDF)',
    params: IdParams,
    run: async (actor, { params }) => {
      const l = await sites.getLicenceForCertificate(actor, params.id);
      const pdf = await renderCertificate({ ...l, issuer: l.orgName });
      const name = `数字资源授权证书-${l.number}.pdf`;
      return inlineFile({ name, mime: 'application/pdf', data: pdf }, null);
    },
  });
  on.get('/api/learning/activities', {
    config: read,
    summary: 'Offline activities of my subtree',
    response: ActivityList,
    use: activities.listActivities,
  });
  on.post('/api/learning/activities', {
    config: write,
    summary: 'Schedule an offline activity at a reading room or studio',
    body: CreateActivityBody,
    response: ActivitySchema,
    use: activities.createActivity,
  });
  on.get('/api/learning/activities/:id/signups', {
    config: read,
    summary: 'Who signed up for an activity, and who attended',
    params: IdParams,
    response: Type.Array(SignupSchema),
    use: activities.listSignups,
  });
  on.post('/api/learning/activities/:id/attendance', {
    config: write,
    summary: 'Record attendance (counts towards learning hours)',
    params: IdParams,
    body: AttendanceBody,
    response: ActivitySchema,
    run: (actor, { params, body }) => activities.recordAttendance(actor, params.id, body.personIds),
  });
}
