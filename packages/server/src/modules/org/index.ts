import { defineModule } from '../../module-manifest.ts';
import { importOrgsFile } from './org.import.ts';
import { findOrgsByIds } from './org.repository.ts';
import { orgRoutes } from './org.routes.ts';

export { treeSteps } from '../../shared/tree-steps.ts';
export { exportOrgs } from './org.export.ts';
export { importOrgs, importOrgsFile, ORGS_SHEET, type OrgRowError, parseOrgKind } from './org.import.ts';
export { levelOfKind, ORG_KIND_ZH, ORG_KINDS, ORG_LEVELS, type OrgKind } from './org.levels.ts';
export {
  type Committee,
  findOrgById,
  findOrgChain,
  findOrgsByIds,
  findUnionEmployers,
  insertEmployerUnions,
  insertOrg,
  listSubtreeRoots,
  type NewEmployerUnion,
  type OrgRow,
  setEmployerFacts,
  type UnionEmployer,
} from './org.repository.ts';
export { orgRoutes } from './org.routes.ts';
export {
  closeOrg,
  createOrg,
  createOrgIn,
  createRootOrg,
  getOrgInScope,
  type OrgHooks,
  type OrgInput,
  resolveOrgNames,
  subtreeAsked,
  unionAsked,
  unionNameAsked,
  updateOrg,
  updateOrgIn,
  wholeTreeName,
} from './org.service.ts';
export { type StatsUnion, statsOrgAsked, statsUnionAsked, statsUnionChosen } from './org.stats-head.ts';
export {
  compareTreePlaces,
  type FiguresOfUnion,
  figuresByUnion,
  findTreePlaces,
  sortInTreeOrder,
} from './org.tree.repository.ts';
export {
  type FoundUnion,
  NoSuchUnion,
  resolveRowUnions,
  resolveUnionTexts,
  unionFound,
  unionOfRow,
  unionUnknown,
} from './org.union-texts.ts';
export { isValidUscc, usccCheckChar } from './uscc.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'org',
  todo: { nothingWaits: 'the union tree: nothing waits' },
  description:
    "`orgs` — the five-level union tree as a materialised path; a grassroots union's employer (credit code, name, worker and women-worker counts: which enterprises are due an agreement); the tree imported from a sheet on the running server (dry run, all or nothing) and by the CLI; `resolveUnionTexts` finds a union by any spelling of its name, its name without the ending a sheet leaves out (杨镇 for 杨镇总工会) or its credit code; `unionAsked`/`subtreeAsked` the union a list or a figure is asked of (404 outside the caller's subtree; `unionNameAsked` its name, for a list file's name, the whole tree named by its one root, `wholeTreeName`; `statsUnionAsked` its id and name for a statistics answer's head, the caller's own when none is asked; `statsUnionChosen` the one union a single union's statistics count, 请选择工会 for the administrator), `figuresByUnion` a statistic's rows for the unions right under it, in tree order",
  migrations: new URL('./migrations/', import.meta.url),
  wiring: {
    orgNames: async (sql, ids) => new Map((await findOrgsByIds(sql, ids)).map((o) => [Number(o.id), o.name])),
  },
  // a union that appears after an agreement listed its enterprise takes that enterprise's coverage; a renamed
  // union's achievements are found in the catalogue by its new name
  routes: (app, s, { db, wiring }) =>
    orgRoutes(app, {
      db,
      clock: s.clock,
      hooks: { employersChanged: wiring.employersChanged, unionRenamed: wiring.unionRenamed },
    }),
  cliRegisters: {
    // The union tree through the web page's own import; a union created with a credit code takes its enterprise's
    // coverage from agreements entered before it.
    unions: {
      zh: '工会记录',
      doc: "工会组织, `/api/orgs/import`, the web page's own import: 上级工会, 工会名称, 类型/层级, 统一社会信用代码, 成立日期, 职工人数, 女职工人数 and optional 简称, 单位名称, read top to bottom so a row may name a union created by an earlier row as its parent; a union created with a credit code that an agreement's enterprise carries takes that enterprise's coverage",
      of: (_s, { db, wiring }) => ({
        importFile: (actor, input) =>
          importOrgsFile(db, actor, input, { employersChanged: wiring.employersChanged }),
      }),
    },
  },
});
