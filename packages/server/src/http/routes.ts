import { activitiesRoutes } from '../modules/activities/index.ts';
import { agreementsRoutes, recountEnterprises } from '../modules/agreements/index.ts';
import { auditRoutes } from '../modules/audit/index.ts';
import {
  accountsRoutes,
  authRoutes,
  codeSignInRoutes,
  findUserNames,
  findUsersNamed,
  rolesRoutes,
  securitySettingsRoutes,
} from '../modules/auth/index.ts';
import { callsRoutes } from '../modules/calls/index.ts';
import { cardRoutes } from '../modules/card/index.ts';
import { careRoutes } from '../modules/care/index.ts';
import { casesRoutes } from '../modules/cases/index.ts';
import { congressesRoutes } from '../modules/congresses/index.ts';
import { contestsRoutes } from '../modules/contests/index.ts';
import { counsellingRoutes } from '../modules/counselling/index.ts';
import { donationsRoutes } from '../modules/donations/index.ts';
import { electionsRoutes } from '../modules/elections/index.ts';
import { goLiveRoutes } from '../modules/golive/index.ts';
import { hardshipRoutes } from '../modules/hardship/index.ts';
import { innovationRoutes, reindexUnionAchievements } from '../modules/innovation/index.ts';
import { insuranceRoutes } from '../modules/insurance/index.ts';
import { jobsRoutes } from '../modules/jobs/index.ts';
import { learningRoutes } from '../modules/learning/index.ts';
import { mailRoutes } from '../modules/mail/index.ts';
import { memberRequestsRoutes } from '../modules/memberrequests/index.ts';
import { menuRoutes } from '../modules/menu/index.ts';
import { messagesRoutes } from '../modules/messages/index.ts';
import { modelWorkersRoutes } from '../modules/modelworkers/index.ts';
import { onboardingRoutes } from '../modules/onboarding/index.ts';
import { findOrgsByIds, orgRoutes } from '../modules/org/index.ts';
import { outboxRoutes, smsRoutes } from '../modules/outbox/index.ts';
import { findPersonNames, memberImportRoutes, peopleRoutes } from '../modules/people/index.ts';
import { pledgesRoutes } from '../modules/pledges/index.ts';
import { claimsRoutes, programsRoutes, statsRoutes } from '../modules/programs/index.ts';
import { recordsRoutes } from '../modules/records/index.ts';
import { reportingRoutes } from '../modules/reporting/index.ts';
import { returnsRoutes } from '../modules/returns/index.ts';
import { selectionsRoutes } from '../modules/selections/index.ts';
import { stationsRoutes } from '../modules/stations/index.ts';
import { todoRoutes } from '../modules/todo/index.ts';
import { wellnessRoutes } from '../modules/wellness/index.ts';
import type { AppOptions } from './app.ts';
import type { RegisterEntry } from './register-catalog.ts';
import type { App } from './types.ts';

/** Every module's routes, registered in one place. */
export function registerRoutes(
  app: App,
  { db, services, secureCookies, testRoutes }: AppOptions,
  /** The register catalog, filled as the routes are added. */
  registers: readonly RegisterEntry[] = [],
): void {
  authRoutes(app, { auth: services.auth, secureCookies: secureCookies ?? false });
  codeSignInRoutes(app, {
    auth: services.auth,
    codeSignIn: services.codeSignIn,
    secureCookies: secureCookies ?? false,
  });
  accountsRoutes(app, {
    db,
    auth: services.auth,
    users: services.users,
    secureCookies: secureCookies ?? false,
    passwordSender: services.passwordSender,
  });
  securitySettingsRoutes(app, { settings: services.securitySettings });
  rolesRoutes(app, { roles: services.roles });
  // a union that appears after an agreement listed its enterprise takes that enterprise's coverage; a renamed
  // union's achievements are found in the catalogue by its new name
  orgRoutes(app, {
    db,
    clock: services.clock,
    hooks: {
      employersChanged: recountEnterprises,
      unionRenamed: async (sql, orgId) => {
        await reindexUnionAchievements(sql, orgId);
      },
    },
  });
  peopleRoutes(app, { people: services.people });
  memberImportRoutes(app, { memberImport: services.memberImport, memberExport: services.memberExport });
  jobsRoutes(app, { jobs: services.jobs });
  auditRoutes(app, {
    db,
    names: {
      users: (ids) => findUserNames(db, ids),
      usersNamed: (text) => findUsersNamed(db, text),
      persons: (ids) => findPersonNames(db, ids),
      orgs: async (ids) => new Map((await findOrgsByIds(db, ids)).map((o) => [Number(o.id), o.name])),
    },
  });
  recordsRoutes(app, { records: services.records });
  learningRoutes(app, { learning: services.learning });
  programsRoutes(app, { db, programs: services.programs });
  claimsRoutes(app, { db, claims: services.claims });
  statsRoutes(app, { programs: services.programReport });
  reportingRoutes(app, { reporting: services.reporting });
  outboxRoutes(app, { outbox: services.outbox });
  smsRoutes(app, { sms: services.sms });
  const { activation, join } = services;
  onboardingRoutes(app, { activation, join, secureCookies: secureCookies ?? false });
  messagesRoutes(app, { messages: services.messages });
  mailRoutes(app, { mail: services.mail });
  todoRoutes(app, { todo: services.todo });
  menuRoutes(app, { menu: services.menu });
  goLiveRoutes(app, { golive: services.golive, registers });
  contestsRoutes(app, { contests: services.contests });
  agreementsRoutes(app, { agreements: services.agreements });
  selectionsRoutes(app, { selections: services.selections });
  innovationRoutes(app, services.innovation);
  casesRoutes(app, {
    db,
    cases: services.cases,
    testRoutes: testRoutes ?? false,
  });
  hardshipRoutes(app, { hardship: services.hardship });
  pledgesRoutes(app, { pledges: services.pledges });
  donationsRoutes(app, { donations: services.donations, funds: services.funds });
  careRoutes(app, services.care);
  returnsRoutes(app, services.returns);
  cardRoutes(app, { card: services.card });
  insuranceRoutes(app, { insurance: services.insurance });
  congressesRoutes(app, { congresses: services.congresses });
  activitiesRoutes(app, { activities: services.activities });
  memberRequestsRoutes(app, { memberRequests: services.memberRequests });
  counsellingRoutes(app, { counselling: services.counselling });
  stationsRoutes(app, { stations: services.stations });
  wellnessRoutes(app, { wellness: services.wellness });
  callsRoutes(app, { calls: services.calls });
  electionsRoutes(app, { elections: services.elections });
  modelWorkersRoutes(app, {
    modelWorkers: services.modelWorkers,
    register: services.modelWorkersRegister,
  });
}
