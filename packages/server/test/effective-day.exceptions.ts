/**
 * Issue 42: the write routes that take no day it happened, each with its reason (see effective-day.test.ts).
 * A route that records a decision or an event does not belong here: it takes its day. Keep the reasons honest.
 * A module added since keeps its own in its scope-case file (`dayExceptions`, with a reason of `DAY_REASONS`).
 */

const SESSION = 'sign-in, session or one’s own password: happens now, not a decision about anyone';
const ACCOUNTS = 'user accounts and their roles: configuration, not a fact of the union’s history';
const CONFIG = 'configuration: settings, a calendar, categories or who is on duty, in force from now on';
const DEFINITION =
  'a definition (of a program, return, activity, contest, campaign …): its days are its own fields';
const DRAFT =
  'a draft: nothing is decided or counted until it is submitted, issued or published (which take a day)';
const READING = 'reading through POST (a preview, a simulation, a reveal that is audited): nothing changes';
const UPLOAD = 'a file (evidence, photo, text, list) attached to a record: not a decision of its own';
const IMPORT =
  'an import of a register: each row carries its own days in the sheet’s columns, checked row by row';
const REGISTER = 'a register entry’s particulars (a donor, a master, a delegation …): not an event';
const CORRECTION =
  'correcting or removing what was entered: not an event of its own (the audit log keeps it)';
const SELF = 'a worker’s own act on the phone or a site, which happens now';
const PUBLIC = 'a public submission from outside the platform, which happens now';
const SCAN = 'scanning a live code or card at a counter or door, which happens now';
const MARK = 'a worklist mark of the person using the platform (read, handled): not counted, happens now';

/** The reasons a module's own `dayExceptions` (its scope-case file) give. */
export const DAY_REASONS = {
  CONFIG,
  DEFINITION,
  DRAFT,
  READING,
  UPLOAD,
  REGISTER,
  CORRECTION,
  SELF,
  MARK,
} as const;

export const DAY_EXCEPTIONS: Record<string, string> = {
  // sign-in, accounts
  'POST /api/auth/login': SESSION,
  'POST /api/auth/logout': SESSION,
  'POST /api/auth/switch-role': SESSION,
  'POST /api/auth/password': SESSION,
  'POST /api/setup': SESSION,
  'POST /api/activation/start': SESSION,
  'POST /api/activation/verify': SESSION,
  'POST /api/auth/sms-code': SESSION,
  'POST /api/auth/sms-login': SESSION,
  'PUT /api/account/sms-sign-in': ACCOUNTS,
  'PUT /api/account/mail': ACCOUNTS,
  'POST /api/users': ACCOUNTS,
  'POST /api/users/import': ACCOUNTS,
  'PATCH /api/users/:id': ACCOUNTS,
  'POST /api/users/:id/disable': ACCOUNTS,
  'POST /api/users/:id/enable': ACCOUNTS,
  'POST /api/members/:id/phone-account/disable': ACCOUNTS,
  'POST /api/members/:id/phone-account/enable': ACCOUNTS,
  'POST /api/users/:id/reset-password': ACCOUNTS,
  'POST /api/selections/:id/judges': ACCOUNTS,
  // the union tree and members
  'POST /api/orgs/import': IMPORT,
  'PATCH /api/members/:id': `${CORRECTION}; membership events (joining, transfer, end) take their day`,
  'POST /api/members/:id/reveal-id': READING,
  'POST /api/members/:id/reveal-accounts': READING,
  'POST /api/me/phone/code': SELF,
  'POST /api/me/phone': SELF,
  'POST /api/imports/members': `${IMPORT} (defaultJoinedOn for rows without one)`,
  'POST /api/records/import': IMPORT,
  'POST /api/programs/past-payments/import': IMPORT,
  'POST /api/insurance/claims/import': IMPORT,
  'POST /api/wellness/import': IMPORT,
  'POST /api/activities/import': IMPORT,
  'POST /api/stations/services/import': IMPORT,
  'DELETE /api/records/:id': CORRECTION,
  // learning
  'POST /api/learning/courses': DEFINITION,
  'POST /api/learning/courses/:id/lessons': DEFINITION,
  'POST /api/learning/resources': DEFINITION,
  'POST /api/learning/sites/:id/licences': `${DEFINITION} (a licence runs from startsOn to endsOn)`,
  'POST /api/learning/masters': REGISTER,
  'POST /api/learning/activities/:id/attendance':
    'attendance at a one-day activity is of the activity’s own day (heldOn, a field of the activity), on which its minutes count; refused before that day',
  'POST /api/me/learning/enrolments': SELF,
  'POST /api/me/learning/progress': SELF,
  'POST /api/me/learning/activities/:id/signup': SELF,
  'POST /api/me/learning/requests': SELF,
  'POST /api/me/learning/requests/:id/answer': SELF,
  // programs
  'POST /api/programs': DEFINITION,
  'PATCH /api/programs/:id': DEFINITION,
  'POST /api/programs/:id/simulate': READING,
  'POST /api/programs/:id/evidence-archive': UPLOAD,
  'POST /api/applications/:id/files': UPLOAD,
  'POST /api/payment-batches/preview': READING,
  'POST /api/payment-batches/:id/cancel':
    'an unpaid batch is a payment not yet made: cancelling it undoes it (the payment itself takes its day)',
  'POST /api/me/applications': SELF,
  'POST /api/me/applications/:id/resubmit': SELF,
  'POST /api/me/applications/:id/withdraw': SELF,
  'POST /api/claims/:programId': SELF,
  'POST /api/claims/pickup/redeem': SCAN,
  'POST /api/join-requests': PUBLIC,
  'POST /api/messages/:id/read': MARK,
  'POST /api/messages/read-all': MARK,
  'PUT /api/sms/preferences': SELF,
  'PUT /api/sms/templates/:purpose': CONFIG,
  'PUT /api/security-settings': CONFIG,
  'PUT /api/roles/:role': CONFIG,
  // contests
  'POST /api/contests': DEFINITION,
  'PATCH /api/contests/:id': DEFINITION,
  'DELETE /api/contest-entries/:id': CORRECTION,
  'PUT /api/contest-entries/:id/result':
    'a result is counted on the contest’s last day, as its award record is dated (ADR 40); publication takes publishedOn',
  'POST /api/contests/:id/results/import':
    'results are counted on the contest’s last day, as their award records are dated (ADR 40)',
  // agreements
  'POST /api/agreements/import': IMPORT,
  'POST /api/agreements/:id/coverage/import': UPLOAD,
  'PUT /api/agreements/:id/text': UPLOAD,
  // selections
  'POST /api/selections': DEFINITION,
  'POST /api/selections/import': IMPORT,
  'POST /api/judging/nominations/:id/scores': 'a judge’s own scores, given now on the judging page',
  'POST /api/me/selections/:id/nominations': SELF,
  'POST /api/notice/selections/:id/objections': PUBLIC,
  // innovation
  'POST /api/innovation/achievements/import': IMPORT,
  'POST /api/innovation/achievements': DRAFT,
  'PUT /api/innovation/achievements/:id': DRAFT,
  'POST /api/innovation/achievements/:id/attachments': UPLOAD,
  'POST /api/innovation/achievements/:id/unpublish':
    'taking an achievement out of the catalogue withdraws its publication, which then no longer counts on its own day: a correction of the catalogue (the audit log keeps when)',
  'PUT /api/innovation/achievements/:id/attachments/:attachmentId/public': CONFIG,
  'POST /api/public/achievements/:id/contact': PUBLIC,
  'POST /api/innovation/leads/:id/handle': MARK,
  'POST /api/public/problems': PUBLIC,
  'POST /api/innovation/studios/grants/import': IMPORT,
  'POST /api/innovation/studios/import': IMPORT,
  'POST /api/innovation/reevaluations': `${DEFINITION} (a round, due on dueOn)`,
  'POST /api/me/mentoring/pairs/:id/accept': SELF,
  'POST /api/me/mentoring/pairs/:id/decline': SELF,
  'POST /api/me/mentoring/sessions/:id/confirm': SELF,
  // cases
  'POST /api/me/cases': SELF,
  'POST /api/me/cases/:id/reply': SELF,
  'POST /api/me/cases/:id/rate': SELF,
  'POST /api/me/cases/:id/reopen': SELF,
  'PUT /api/cases/calendar/:day': CONFIG,
  'DELETE /api/cases/calendar/:day': CONFIG,
  'POST /api/cases/calendar/notice': CONFIG,
  'POST /api/cases/import': IMPORT,
  'POST /api/cases/calendar/import': CONFIG,
  'PUT /api/cases/settings': CONFIG,
  'POST /api/cases/categories': CONFIG,
  'PUT /api/cases/categories/:code': CONFIG,
  // hardship, donations, care (pledges: its scope-case file)
  'POST /api/hardship/import': IMPORT,
  'PATCH /api/hardship/files/:id': `${CORRECTION}; a review (reviewedOn) changes the level`,
  'POST /api/pledges/import': IMPORT,
  'POST /api/donations/import': IMPORT,
  'POST /api/donors': REGISTER,
  'PATCH /api/donors/:id': REGISTER,
  'PUT /api/funds/:id/program': CONFIG,
  'POST /api/funds/:id/years': 'a fund’s figures of a whole year, dated by their year',
  'POST /api/care/campaigns': DEFINITION,
  'PATCH /api/care/campaigns/:id': DEFINITION,
  'POST /api/care/visits/:id/photos': UPLOAD,
  'POST /api/me/care/visits/:id/confirm': SELF,
  // returns
  'PUT /api/returns/settings': CONFIG,
  'POST /api/returns/form-from-sheet': READING,
  'POST /api/returns': DRAFT,
  'PUT /api/returns/:id': DRAFT,
  'POST /api/returns/:id/copy': DRAFT,
  'PUT /api/returns/:id/unions/:orgId/values': DRAFT,
  'POST /api/returns/:id/unions/:orgId/sheet': DRAFT,
  'POST /api/returns/:id/unions/:orgId/refresh': DRAFT,
  // card
  'PUT /api/me/card/photo': SELF,
  'POST /api/card/verify': SCAN,
  'POST /api/card/pickups': SCAN,
  'POST /api/card/photo': SCAN,
  // insurance, wellness: another branch
  'POST /api/insurance/policies': DEFINITION,
  'POST /api/insurance/claims/:id/files': UPLOAD,
  'POST /api/me/insurance/claims/:id/files': UPLOAD,
  'POST /api/me/insurance/claims': SELF,
  'POST /api/wellness/programs': DEFINITION,
  'POST /api/wellness/institutions': REGISTER,
  'POST /api/wellness/batches': DEFINITION,
  'POST /api/wellness/me/:id/checkin': SELF,
  'POST /api/wellness/me/:id/decline': SELF,
  // congresses
  'POST /api/congresses': DEFINITION,
  'PUT /api/congresses/:id/settings': CONFIG,
  'POST /api/congresses/:id/terms': `${DEFINITION} (a term runs from startsOn to endsOn)`,
  'POST /api/congresses/terms/:id/delegations': REGISTER,
  'PUT /api/congresses/sessions/:id/attendance':
    'the roll of a session is of the session’s own day (heldOn, recorded with the session); seats are checked on it',
  'POST /api/congresses/sessions/:id/motions':
    'a motion is put to the session on the session’s own day (heldOn, recorded with the session); its close takes its day',
  'POST /api/me/congresses/proposals': SELF,
  'POST /api/me/congresses/proposals/:id/cosign': SELF,
  'POST /api/me/congresses/proposals/:id/rate': SELF,
  'POST /api/me/congresses/motions/:id/vote': SELF,
  'POST /api/me/congresses/disclosures/:id/read': SELF,
  // activities
  'POST /api/activities': DEFINITION,
  'POST /api/activities/:id/photos': UPLOAD,
  'POST /api/activities/:id/sessions/:sessionId/checkin-card': SCAN,
  'POST /api/me/activities/:id/signup': SELF,
  'POST /api/me/activities/:id/cancel': SELF,
  'PUT /api/me/activities/:id/interest': SELF,
  'POST /api/me/activities/checkin': SELF,
  'POST /api/me/member-requests': SELF,
  // counselling
  'POST /api/counselling/counsellors/:id/duty': CONFIG,
  'POST /api/counselling/mine/slots': 'a counsellor’s offered times to come: a timetable, not an event',
  'POST /api/counselling/mine/slots/:id/withdraw': 'withdrawing an offered time to come: a timetable',
  'POST /api/counselling/mine/flags/:id/follow-up': MARK,
  'POST /api/counselling/mine/bookings/:id/cancel':
    'a counsellor’s own act on their page, which happens now (staff record a past cancellation with its day)',
  'PUT /api/counselling/mine/bookings/:id/note':
    'a counsellor’s own note, written now; the session’s day is its slot’s time, on which it is counted at booking',
  'POST /api/me/counselling/assessments': SELF,
  'POST /api/me/counselling/bookings': SELF,
  'POST /api/me/counselling/bookings/:id/cancel': SELF,
  // stations
  'POST /api/stations/:id/token': CONFIG,
  'POST /api/stations/:id/photos': UPLOAD,
  'POST /api/public/stations/checkin/:token': PUBLIC,
  // calls, elections, model workers
  'POST /api/activities/calls': DEFINITION,
  'POST /api/me/calls/:id/works': SELF,
  'POST /api/me/calls/:id/works/file': SELF,
  'PUT /api/elections/settings': CONFIG,
  'POST /api/model-workers/import': IMPORT,
};
