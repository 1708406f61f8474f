import { defineModule } from '../../module-manifest.ts';
import { createMemberExportService } from './people.export.ts';
import { memberImportRoutes } from './people.import.routes.ts';
import { createMemberImportService } from './people.import.service.ts';
import { findPersonNames } from './people.repository.ts';
import { peopleRoutes } from './people.routes.ts';
import { createPeopleService } from './people.service.ts';

export { createIdProtector, type IdProtector } from './id-protector.ts';
export {
  ID_PROBLEM_TEXT,
  type IdNumberProblem,
  idCheckDigit,
  idNumberRefusal,
  maskIdNumber,
  parseIdNumber,
} from './idcard.ts';
export { type EnrolInput, enrolMember } from './people.enrol.ts';
export { createMemberExportService, type MemberExportService } from './people.export.ts';
export {
  type FileHardship,
  releaseHardshipFile,
  setHardshipFromFile,
  setHardshipFromFiles,
} from './people.hardship.repository.ts';
export { hardshipFromFile } from './people.hardship.ts';
export { parsePhone } from './people.import.cells.ts';
export { MEMBER_COLUMNS, mapHeaders } from './people.import.columns.ts';
export { memberImportRoutes } from './people.import.routes.ts';
export {
  createMemberImportService,
  IMPORT_MODES,
  type ImportMode,
  MEMBER_IMPORT_JOB,
  type MemberImportService,
} from './people.import.service.ts';
export { buildMemberTemplate, TEMPLATE_COLUMNS } from './people.import.template.ts';
export {
  changeOwnPhone,
  checkPhone,
  correctPerson,
  getMemberInScope,
  getPersonInScope,
  moveMember,
  type PersonInput,
} from './people.members.ts';
export {
  findIdCipher,
  findMembersByName,
  findMembersByNameAndPhone,
  findPersonById,
  findPersonIdByHash,
  findPersonNames,
  findPersonsByHash,
  findPersonsByMembership,
  listMemberships,
  nameAndPhone,
  type PersonRef,
  raiseModelWorkerLevels,
} from './people.repository.ts';
export { peopleRoutes } from './people.routes.ts';
export { IdNumberText } from './people.schemas.ts';
export { createPeopleService, type PeopleService } from './people.service.ts';
export type { HardshipLevel, ModelWorkerLevel, PersonAttributes, PersonRow } from './people.types.ts';
export { PHONE_RE } from './people.types.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'people',
  todo: { nothingWaits: 'the register: nothing waits (join requests are onboarding’s)' },
  description:
    "`persons`, `memberships`, `member_import_changes`, `person_name_parts` (each name's endings, by trigger); ID, bank account and 京卡 numbers encrypted/hashed/masked; member import (with its dry run, 预检) and export, which round-trip: each exported row carries its signed row key (ADR 45); one member search (`people.filter.ts`: a whole ID number as typed, a phone as typed or its last 4–11 digits, an ID number's last four or six, part of a name anywhere through `person_name_parts`) for the list, its export and every member picker; the list and its export say each member's phone account (none, pending, active, disabled: read from `users`, read only) and filter by it",
  migrations: new URL('./migrations/', import.meta.url),
  services: ({ db, ids, jobs, clock }) => ({
    people: createPeopleService(db, ids, clock),
    memberImport: createMemberImportService(db, ids, jobs, clock),
    memberExport: createMemberExportService(db, ids, clock),
  }),
  wiring: { personNames: findPersonNames },
  routes: (app, s) => {
    peopleRoutes(app, s);
    memberImportRoutes(app, s);
  },
});
