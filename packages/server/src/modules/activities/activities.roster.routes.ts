import { routeMould, xlsxFile } from '../../http/route-mould.ts';
import { DatedImportQuery, IdParams, Ok, SheetUploadForm } from '../../http/schema.ts';
import type { App } from '../../http/types.ts';
import { readSheetImport } from '../../http/upload.ts';
import {
  ActivityDetailSchema,
  CancelActivityBody,
  CardBody,
  CheckInBody,
  CheckInResult,
  SessionParams,
  SignupImportResult,
  SignupsBody,
  SignupsResult,
} from './activities.schemas.ts';
import type { ActivitiesService } from './activities.service.ts';

const tags = ['activities'];
const read = { permission: 'activities.read' } as const;
const manage = { permission: 'activities.manage' } as const;

/** One activity: its roster, cancelling it, sign-ups (by hand and by sheet) and check-in. */
export function activityRosterRoutes(app: App, { activities }: { activities: ActivitiesService }): void {
  const on = routeMould(app, tags);
  on.get('/api/activities/:id', {
    config: read,
    summary: 'An activity with its roster (audited) and, for its organisers, the door codes',
    params: IdParams,
    response: ActivityDetailSchema,
    use: activities.get,
  });
  on.workbook('/api/activities/:id/roster.xlsx', {
    config: read,
    summary: 'The roster as .xlsx',
    params: IdParams,
    run: (actor, { params }) => activities.rosterXlsx(actor, params.id),
  });
  on.post('/api/activities/:id/cancel', {
    config: { ...manage, errors: [409] },
    summary:
      'Cancel an activity on effectiveOn (default today; not before its latest sign-up); everyone signed up is told of a cancellation today',
    params: IdParams,
    body: CancelActivityBody,
    dated: true,
    response: Ok,
    run: (actor, { params, body }) => activities.cancel(actor, params.id, body.effectiveOn),
  });
  on.post('/api/activities/:id/signups', {
    config: manage,
    summary:
      'Sign members of my subtree up, on effectiveOn (default today; a past day needs history.backdate); ' +
      'each answer says place, waiting, or why not',
    params: IdParams,
    body: SignupsBody,
    response: SignupsResult,
    run: (actor, { params, body }) =>
      activities.signUpMembers(actor, params.id, body.personIds, body.effectiveOn),
  });
  on.file('/api/activities/:id/signups/template.xlsx', {
    config: manage,
    summary: 'The template of a sign-up sheet (.xlsx, with a 填写说明 sheet)',
    params: IdParams,
    run: async (actor, { params }) =>
      xlsxFile('活动报名名单模板.xlsx', await activities.signupTemplate(actor, params.id)),
  });
  on.post('/api/activities/:id/signups/import', {
    config: { ...manage, upload: SheetUploadForm },
    summary:
      'Sign up a sheet of members (member number or ID number, and name; .xlsx/.xls/.ods/.csv): dryRun=true ' +
      'checks and counts only (预检); otherwise all rows or none (400 IMPORT_ROWS_INVALID with every row error)',
    params: IdParams,
    querystring: DatedImportQuery,
    response: SignupImportResult,
    run: async (actor, { params, query, req }) =>
      activities.importSignups(actor, params.id, await readSheetImport(req, query)),
  });
  on.post('/api/activities/:id/sessions/:sessionId/checkin', {
    config: manage,
    summary:
      'Check a member in at the door (a walk-in when not signed up), or record the attendance of a past ' +
      'session on attendedOn (a past day needs history.backdate)',
    params: SessionParams,
    body: CheckInBody,
    response: CheckInResult,
    run: (actor, { params, body }) =>
      activities.checkInMember(actor, params.id, params.sessionId, body.personId, body.attendedOn),
  });
  on.post('/api/activities/:id/sessions/:sessionId/checkin-card', {
    config: { ...manage, errors: [409] },
    summary:
      "Check a member in at the door by scanning their member card's code (a walk-in when not signed up)",
    params: SessionParams,
    body: CardBody,
    response: CheckInResult,
    run: (actor, { params, body }) =>
      activities.checkInByCard(actor, params.id, params.sessionId, body.token),
  });
}
