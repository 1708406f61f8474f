export { exportOrgs } from './org.export.ts';
export { importOrgs, importOrgsFile, ORGS_SHEET, type OrgRowError, parseOrgKind } from './org.import.ts';
export { levelOfKind, ORG_KIND_ZH, ORG_KINDS, ORG_LEVELS, type OrgKind } from './org.levels.ts';
export {
  type Committee,
  findOrgById,
  findOrgsByIds,
  findUnionEmployers,
  insertEmployerUnions,
  insertOrg,
  type NewEmployerUnion,
  type OrgRow,
  resolveOrgCodes,
  setEmployerFacts,
  type UnionEmployer,
} from './org.repository.ts';
export { orgRoutes } from './org.routes.ts';
export {
  closeOrg,
  createOrg,
  createOrgIn,
  createRootOrg,
  type FoundUnion,
  getOrgInScope,
  type OrgHooks,
  type OrgInput,
  resolveOrgNames,
  resolveUnionTexts,
  unionOfRow,
  updateOrg,
  updateOrgIn,
} from './org.service.ts';
export { compareTreePlaces, findTreePlaces, sortInTreeOrder } from './org.tree.repository.ts';
export { isValidUscc, usccCheckChar } from './uscc.ts';
export const orgMigrations = new URL('./migrations/', import.meta.url);
