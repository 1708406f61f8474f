import { activitiesMigrations } from '../modules/activities/index.ts';
import { agreementsMigrations } from '../modules/agreements/index.ts';
import { auditMigrations } from '../modules/audit/index.ts';
import { authMigrations } from '../modules/auth/index.ts';
import { callsMigrations } from '../modules/calls/index.ts';
import { cardMigrations } from '../modules/card/index.ts';
import { careMigrations } from '../modules/care/index.ts';
import { casesMigrations } from '../modules/cases/index.ts';
import { congressesMigrations } from '../modules/congresses/index.ts';
import { contestsMigrations } from '../modules/contests/index.ts';
import { counsellingMigrations } from '../modules/counselling/index.ts';
import { donationsMigrations } from '../modules/donations/index.ts';
import { electionsMigrations } from '../modules/elections/index.ts';
import { goliveMigrations } from '../modules/golive/index.ts';
import { hardshipMigrations } from '../modules/hardship/index.ts';
import { innovationMigrations } from '../modules/innovation/index.ts';
import { insuranceMigrations } from '../modules/insurance/index.ts';
import { jobsMigrations } from '../modules/jobs/index.ts';
import { keysMigrations } from '../modules/keys/index.ts';
import { learningMigrations } from '../modules/learning/index.ts';
import { mailMigrations } from '../modules/mail/index.ts';
import { memberRequestsMigrations } from '../modules/memberrequests/index.ts';
import { messagesMigrations } from '../modules/messages/index.ts';
import { modelworkersMigrations } from '../modules/modelworkers/index.ts';
import { onboardingMigrations } from '../modules/onboarding/index.ts';
import { orgMigrations } from '../modules/org/index.ts';
import { outboxMigrations } from '../modules/outbox/index.ts';
import { peopleMigrations } from '../modules/people/index.ts';
import { pledgesMigrations } from '../modules/pledges/index.ts';
import { programsMigrations } from '../modules/programs/index.ts';
import { recordsMigrations } from '../modules/records/index.ts';
import { reportingMigrations } from '../modules/reporting/index.ts';
import { returnsMigrations } from '../modules/returns/index.ts';
import { selectionsMigrations } from '../modules/selections/index.ts';
import { stationsMigrations } from '../modules/stations/index.ts';
import { wellnessMigrations } from '../modules/wellness/index.ts';
import type { Db } from './db.ts';
import { listPendingMigrations, type MigrationSource, migrate } from './migrate.ts';

/** Module order matters: a module's tables may reference only those of modules listed before it. */
export const MIGRATIONS: MigrationSource[] = [
  { module: 'org', dir: orgMigrations },
  { module: 'reporting', dir: reportingMigrations },
  { module: 'people', dir: peopleMigrations },
  { module: 'auth', dir: authMigrations },
  { module: 'audit', dir: auditMigrations },
  { module: 'keys', dir: keysMigrations },
  { module: 'jobs', dir: jobsMigrations },
  { module: 'records', dir: recordsMigrations },
  { module: 'programs', dir: programsMigrations },
  { module: 'messages', dir: messagesMigrations },
  { module: 'outbox', dir: outboxMigrations },
  { module: 'mail', dir: mailMigrations },
  { module: 'onboarding', dir: onboardingMigrations },
  { module: 'innovation', dir: innovationMigrations },
  { module: 'contests', dir: contestsMigrations },
  { module: 'learning', dir: learningMigrations },
  { module: 'agreements', dir: agreementsMigrations },
  { module: 'selections', dir: selectionsMigrations },
  { module: 'cases', dir: casesMigrations },
  { module: 'care', dir: careMigrations },
  { module: 'hardship', dir: hardshipMigrations },
  { module: 'pledges', dir: pledgesMigrations },
  { module: 'donations', dir: donationsMigrations },
  { module: 'returns', dir: returnsMigrations },
  { module: 'card', dir: cardMigrations },
  { module: 'insurance', dir: insuranceMigrations },
  { module: 'activities', dir: activitiesMigrations },
  { module: 'counselling', dir: counsellingMigrations },
  { module: 'stations', dir: stationsMigrations },
  { module: 'wellness', dir: wellnessMigrations },
  { module: 'calls', dir: callsMigrations },
  { module: 'elections', dir: electionsMigrations },
  { module: 'modelworkers', dir: modelworkersMigrations },
  { module: 'congresses', dir: congressesMigrations },
  { module: 'memberrequests', dir: memberRequestsMigrations },
  { module: 'golive', dir: goliveMigrations },
];

export const migrateAll = (db: Db) => migrate(db, MIGRATIONS);
export const listPendingMigrationsOfAll = (db: Db) => listPendingMigrations(db, MIGRATIONS);
