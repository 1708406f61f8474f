export {
  countUnionEmployers,
  findUnionEmployers,
  insertEmployerUnions,
  type NewEmployerUnion,
  setEmployerFacts,
  type UnionEmployer,
} from './org.employers.ts';
export { exportOrgs } from './org.export.ts';
export { importOrgs, ORG_KIND_ZH, type OrgRowError, parseOrgKind } from './org.import.ts';
export { levelOfKind, ORG_KINDS, ORG_LEVELS, type OrgKind } from './org.levels.ts';
export { resolveOrgCodes } from './org.lookup.ts';
export { type Committee, findOrgById, findOrgsByIds, insertOrg, type OrgRow } from './org.repository.ts';
export { orgRoutes } from './org.routes.ts';
export {
  createOrg,
  createRootOrg,
  getOrgInScope,
  type OrgInput,
  resolveOrgNames,
} from './org.service.ts';
export { isValidUscc, usccCheckChar } from './uscc.ts';
export const orgMigrations = new URL('./migrations/', import.meta.url);
