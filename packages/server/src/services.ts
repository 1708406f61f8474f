import type { Config } from './config.ts';
import type { Db } from './db/db.ts';
import {
  type AuthService,
  createAuthService,
  createUsersService,
  type UsersService,
} from './modules/auth/index.ts';
import { createJobsService, type JobsService } from './modules/jobs/index.ts';
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
import { createProgramsService, type ProgramsService } from './modules/programs/index.ts';
import { createRecordsService, type RecordsService } from './modules/records/index.ts';

/** The composition root: each service gets exactly what it uses. */
export interface Services {
  auth: AuthService;
  users: UsersService;
  people: PeopleService;
  ids: IdProtector;
  jobs: JobsService;
  memberImport: MemberImportService;
  memberExport: MemberExportService;
  records: RecordsService;
  programs: ProgramsService;
}

export function createServices(
  db: Db,
  config: Pick<Config, 'sessionTtlHours' | 'production'> & Partial<Pick<Config, 'sessionCacheSeconds'>>,
  idKey: Buffer,
): Services {
  const ids = createIdProtector(idKey);
  const jobs = createJobsService(db);
  const auth = createAuthService(db, config);
  return {
    ids,
    auth,
    users: createUsersService(db, () => auth.forgetSessions()),
    people: createPeopleService(db, ids),
    jobs,
    memberImport: createMemberImportService(db, ids, jobs),
    memberExport: createMemberExportService(db, ids),
    records: createRecordsService(db, ids),
    programs: createProgramsService(db, ids, jobs),
  };
}
