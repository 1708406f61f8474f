import { type Config, loadSmsConfig } from './config.ts';
import type { Db } from './db/db.ts';
import { type ActivitiesService, createActivitiesService } from './modules/activities/index.ts';
import {
  type AgreementsService,
  createAgreementsService,
  recountEnterprises,
} from './modules/agreements/index.ts';
import {
  type AuthService,
  type CodeSignIn,
  createAuthService,
  createCodeSignIn,
  createRolesService,
  createSecuritySettingsService,
  createUsersService,
  type RolesService,
  type SecuritySettingsService,
  type UsersService,
} from './modules/auth/index.ts';
import { type CallsService, createCallsService } from './modules/calls/index.ts';
import { type CardService, createCardService } from './modules/card/index.ts';
import { type CareServices, createCareServices } from './modules/care/index.ts';
import { type CasesService, createCasesService } from './modules/cases/index.ts';
import { type CongressesService, createCongressesService } from './modules/congresses/index.ts';
import { type ContestsService, createContestsService } from './modules/contests/index.ts';
import { type CounsellingService, createCounsellingService } from './modules/counselling/index.ts';
import {
  createDonationsService,
  createFundsService,
  type DonationsService,
  type FundsService,
} from './modules/donations/index.ts';
import { createElectionsService, type ElectionsService } from './modules/elections/index.ts';
import { createGoLiveService, type GoLiveService } from './modules/golive/index.ts';
import { createHardshipService, type HardshipService } from './modules/hardship/index.ts';
import { createInnovationServices, type InnovationServices } from './modules/innovation/index.ts';
import { createInsuranceService, type InsuranceService } from './modules/insurance/index.ts';
import { createJobsService, type JobsService } from './modules/jobs/index.ts';
import type { Keyring } from './modules/keys/index.ts';
import { createLearningService, type LearningService } from './modules/learning/index.ts';
import { createMailService, type MailService } from './modules/mail/index.ts';
import { createMemberRequestsService, type MemberRequestsService } from './modules/memberrequests/index.ts';
import { createMenuService, type MenuService } from './modules/menu/index.ts';
import { createMessagesService, type MessagesService } from './modules/messages/index.ts';
import {
  countStudiosLedByModelWorkers,
  createModelWorkerRegister,
  createModelWorkersService,
  type ModelWorkerRegister,
  type ModelWorkersService,
} from './modules/modelworkers/index.ts';
import {
  type ActivationService,
  createActivationService,
  createJoinService,
  type JoinService,
} from './modules/onboarding/index.ts';
import {
  createOutboxService,
  createSender,
  createSmsService,
  type OutboxService,
  type Sender,
  type SmsService,
} from './modules/outbox/index.ts';
import {
  createIdProtector,
  createMemberExportService,
  createMemberImportService,
  createPeopleService,
  type IdProtector,
  type MemberExportService,
  type MemberImportService,
  type PeopleService,
} from './modules/people/index.ts';
import { createPledgesService, type PledgesService } from './modules/pledges/index.ts';
import {
  type ClaimsService,
  countWaitingReviews,
  createClaimsService,
  createProgramReport,
  createProgramsService,
  type ProgramReportService,
  type ProgramsService,
} from './modules/programs/index.ts';
import { createReconcileService, type ReconcileService } from './modules/reconcile/index.ts';
import { createRecordsService, type RecordsService } from './modules/records/index.ts';
import { createReportingService, type ReportingService } from './modules/reporting/index.ts';
import { createReturnsServices, type ReturnsServices } from './modules/returns/index.ts';
import { createSelectionsService, type SelectionsService } from './modules/selections/index.ts';
import { createStationsService, type StationsService } from './modules/stations/index.ts';
import { createTodoService, type TodoService } from './modules/todo/index.ts';
import { createWellnessService, type WellnessService } from './modules/wellness/index.ts';
import { systemClock } from './shared/clock.ts';

/** The composition root: each service gets exactly what it uses. */
export interface Services {
  /** The clock the services read (ADR 71), for the few routes that take `now` themselves (a union's move). */
  clock: () => Date;
  auth: AuthService;
  /** The staff account rules an 安全管理员 keeps (ADR 82). */
  securitySettings: SecuritySettingsService;
  /** Roles and permissions an 安全管理员 withdraws and restores (ADR 85). */
  roles: RolesService;
  users: UsersService;
  people: PeopleService;
  ids: IdProtector;
  jobs: JobsService;
  memberImport: MemberImportService;
  memberExport: MemberExportService;
  records: RecordsService;
  /** The years a statistics page offers. */
  reporting: ReportingService;
  /** The kept counts compared with their rows (the auditors' command). */
  reconcile: ReconcileService;
  learning: LearningService;
  programs: ProgramsService;
  /** The programs report (statistics), counted to today at the latest. */
  programReport: ProgramReportService;
  /** Flash claims, with this process's sold-out flags: one per application. */
  claims: ClaimsService;
  sender: Sender;
  /** The sender of first passwords of accounts opened from a sheet: the provider's, or none without one. */
  passwordSender: Sender | null;
  outbox: OutboxService;
  /** The SMS delivery page, templates and each account's SMS choices. */
  sms: SmsService;
  activation: ActivationService;
  codeSignIn: CodeSignIn;
  join: JoinService;
  messages: MessagesService;
  mail: MailService;
  contests: ContestsService;
  agreements: AgreementsService;
  selections: SelectionsService;
  innovation: InnovationServices;
  cases: CasesService;
  hardship: HardshipService;
  pledges: PledgesService;
  donations: DonationsService;
  funds: FundsService;
  care: CareServices;
  returns: ReturnsServices;
  card: CardService;
  insurance: InsuranceService;
  congresses: CongressesService;
  activities: ActivitiesService;
  counselling: CounsellingService;
  stations: StationsService;
  wellness: WellnessService;
  calls: CallsService;
  elections: ElectionsService;
  modelWorkers: ModelWorkersService;
  modelWorkersRegister: ModelWorkerRegister;
  memberRequests: MemberRequestsService;
  /** What waits for an account across every module (待办). */
  todo: TodoService;
  menu: MenuService;
  golive: GoLiveService;
}

export interface ServiceOptions {
  /** Where the default sender writes its log line (the server log); a gateway `sender` replaces it. */
  log?: (line: string) => void;
  sender?: Sender;
  /**
   * The clock every service that decides by the time reads (the system's by default): tests pin it to a fixed
   * moment so that no result depends on the day they run.
   */
  clock?: () => Date;
}

export function createServices(
  db: Db,
  config: Pick<Config, 'sessionTtlHours' | 'production'> &
    Partial<Pick<Config, 'sessionCacheSeconds' | 'smtp' | 'sms'>>,
  /** The keyring (runtime.ts openKeyring), or the one key of the installations before it. */
  idKey: Buffer | Keyring,
  options: ServiceOptions = {},
): Services {
  const clock = options.clock ?? systemClock;
  const ids = createIdProtector(idKey);
  const jobs = createJobsService(db);
  const auth = createAuthService(db, { ...config, clock });
  const sender =
    options.sender ??
    createSender(db, config.sms, { log: options.log, production: config.production, clock });
  return {
    clock,
    ids,
    auth,
    securitySettings: createSecuritySettingsService(db, clock),
    roles: createRolesService(db, clock, () => auth.forgetSessions()),
    users: createUsersService(db, () => auth.forgetSessions()),
    people: createPeopleService(db, ids, clock),
    jobs,
    memberImport: createMemberImportService(db, ids, jobs, clock),
    memberExport: createMemberExportService(db, ids, clock),
    records: createRecordsService(db, ids, clock),
    reporting: createReportingService(db, clock),
    reconcile: createReconcileService(db, clock),
    learning: createLearningService(db, clock),
    programs: createProgramsService(db, ids, jobs, clock),
    programReport: createProgramReport(db, clock),
    claims: createClaimsService(db, { clock }),
    sender,
    passwordSender: options.sender || (config.sms && config.sms.provider !== 'outbox') ? sender : null,
    outbox: createOutboxService(db),
    sms: createSmsService(db, config.sms ?? loadSmsConfig({}), clock),
    activation: createActivationService(db, ids, sender, auth, clock),
    codeSignIn: createCodeSignIn(db, auth, sender, clock),
    join: createJoinService(db, ids, sender, clock),
    mail: createMailService(db, { configured: !!config.smtp }),
    messages: createMessagesService(db, { waitingReviews: (orgId) => countWaitingReviews(db, orgId) }),
    contests: createContestsService(db, clock),
    agreements: createAgreementsService(db, clock),
    selections: createSelectionsService(db, ids, clock),
    // the studio statistics count studios led by model workers with the register's one function (issue 41)
    innovation: createInnovationServices(db, ids, clock, { studiosLed: countStudiosLedByModelWorkers }),
    cases: createCasesService(db, ids, clock),
    hardship: createHardshipService(db, ids, clock),
    pledges: createPledgesService(db, clock),
    donations: createDonationsService(db, clock),
    funds: createFundsService(db, clock),
    care: createCareServices(db, clock),
    returns: createReturnsServices(db, clock),
    card: createCardService(db, clock),
    insurance: createInsuranceService(db, clock, ids),
    congresses: createCongressesService(db, clock),
    activities: createActivitiesService(db, clock, ids),
    counselling: createCounsellingService(db, clock),
    stations: createStationsService(db, ids, clock),
    wellness: createWellnessService(db, ids, clock),
    calls: createCallsService(db, clock),
    // a union founded with a credit code takes its enterprise's coverage under the agreements
    elections: createElectionsService(db, clock, { employersChanged: recountEnterprises }),
    modelWorkers: createModelWorkersService(db, ids, clock),
    modelWorkersRegister: createModelWorkerRegister(db, ids, clock),
    memberRequests: createMemberRequestsService(db, clock),
    todo: createTodoService(db, clock),
    menu: createMenuService(db),
    golive: createGoLiveService(db, clock),
  };
}
