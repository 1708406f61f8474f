export { createIdProtector, type IdProtector } from './id-protector.ts';
export {
  ID_PROBLEM_TEXT,
  type IdNumberProblem,
  idCheckDigit,
  maskIdNumber,
  parseIdNumber,
} from './idcard.ts';
export { findPersonById, findPersonIdByHash } from './people.repository.ts';
export { peopleRoutes } from './people.routes.ts';
export {
  checkPhone,
  createPeopleService,
  getPersonInScope,
  type PeopleService,
  type PersonInput,
} from './people.service.ts';
export type { HardshipLevel, ModelWorkerLevel, PersonAttributes, PersonRow } from './people.types.ts';
export { PHONE_RE } from './people.types.ts';
export const peopleMigrations = new URL('./migrations/', import.meta.url);
