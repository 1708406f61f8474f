import { type Actor, canAccess, type Permission, requireAccess, type Subtree } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { AppError, invalid, notFound } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { levelOfKind, levelRule } from './org.levels.ts';
import { countOpenChildrenAndMembers, setOrgClosed } from './org.move.repository.ts';
import {
  countMembersInSubtrees,
  findOrgById,
  findOrgsByIds,
  findParentIds,
  insertOrg,
  listActiveOrgsNamed,
  listChildrenOf,
  listOrgsNamedLike,
  listSubtreeRoots,
  type NewOrg,
  type OrgRow,
  updateOrgFields,
} from './org.repository.ts';
import { noteUnion } from './org.union-texts.ts';
import { isValidUscc } from './uscc.ts';

const ORG = { zh: '工会', en: 'Union' };

export interface OrgSummary extends OrgRow {
  members: number;
  unions: number;
  hasChildren: boolean;
}

export interface OrgDetail extends OrgSummary {
  /** The unions above it within the caller's reach, the top first. */
  ancestors: { id: number; name: string }[];
  /** The union above it, by name, also above the caller's reach (null: a root). */
  parentName: string | null;
}

/** An org as entered: a new org's fields but for its parent and level (which the tree gives). */
export type OrgInput = Omit<NewOrg, 'parentId' | 'level'>;

/**
 * What other modules are told in the transaction that changes the tree; the composition root gives it (the
 * routes, the command line), so the tree depends on none of them.
 */
export interface OrgHooks {
  /** Unions were created with these credit codes, or given them or new worker counts (agreements count there). */
  employersChanged?: (sql: Sql, usccs: string[]) => Promise<void>;
  /** A union was given another name (the catalogue finds achievements by their union's name). */
  unionRenamed?: (sql: Sql, orgId: number) => Promise<void>;
}

/** Women workers cannot outnumber the workers. */
function checkWorkerCounts(o: { workerCount?: number | null; womenWorkerCount?: number | null }) {
  if (o.workerCount != null && o.womenWorkerCount != null && o.womenWorkerCount > o.workerCount) {
    throw invalid(
      'ORG_WOMEN_WORKERS',
      {
        zh: `女职工人数（${o.womenWorkerCount}）不能多于职工人数（${o.workerCount}）`,
        en: `Women workers (${o.womenWorkerCount}) cannot outnumber workers (${o.workerCount})`,
      },
      { field: 'womenWorkerCount' },
    );
  }
}

function checkUscc(uscc: string | null | undefined) {
  if (uscc && !isValidUscc(uscc)) {
    throw invalid(
      'USCC_INVALID',
      {
        zh: `统一社会信用代码 ${uscc} 校验位错误`,
        en: `Unified social credit code ${uscc} fails its check character`,
      },
      { field: 'uscc' },
    );
  }
}

export async function getOrgInScope(sql: Sql, actor: Actor, id: number): Promise<OrgRow> {
  const org = await findOrgById(sql, id);
  if (!org) throw notFound(ORG, { id });
  requireAccess(actor, 'org.read', { orgPath: org.path });
  return org;
}

/**
 * The union a list or a figure is asked of and its subtree: the union `orgId` names, else the caller's own, else (a
 * platform administrator, who has none: `org` null) every union the caller sees. A union outside the caller's subtree
 * answers 404 (ADR 72); `permission` over the subtree is then required. `name` is what a figure's head or a file
 * calls it: the union's, or for every union the tree's root (`wholeTreeName`; null where there are several).
 */
export async function unionAsked(
  sql: Sql,
  actor: Actor,
  orgId: number | null | undefined,
  permission: Permission,
): Promise<{ org: OrgRow | null; path: string; name: string | null }> {
  const id = orgId ?? actor.orgId;
  const org = id ? await getOrgInScope(sql, actor, id) : null;
  const path = org?.path ?? actor.scopePath;
  if (!path) throw notFound(ORG);
  requireAccess(actor, permission, { orgPath: path });
  return { org, path, name: org ? org.name : await wholeTreeName(sql, actor) };
}

/**
 * The name of the union a list is asked of, for its file's name: the one `orgId` names, else the caller's own; for a
 * caller with no union who asked none (the administrator), the whole tree's (`wholeTreeName`).
 */
export async function unionNameAsked(sql: Sql, actor: Actor, orgId: number | null | undefined) {
  const id = orgId ?? actor.orgId;
  return id ? (await getOrgInScope(sql, actor, id)).name : await wholeTreeName(sql, actor);
}

/**
 * What names the whole tree a caller with no union sees (the administrator's): its root, the federation that signs
 * the figures of every union under it; null where the platform holds several roots (the file says 全部工会).
 */
export async function wholeTreeName(sql: Sql, actor: Actor): Promise<string | null> {
  const roots = await listSubtreeRoots(sql, actor);
  return roots.length === 1 ? roots[0].name : null;
}

/** The path of the subtree `unionAsked` finds, for a list or a figure that needs no more of the union. */
export async function subtreeAsked(
  sql: Sql,
  actor: Actor,
  orgId: number | null | undefined,
  permission: Permission,
): Promise<string> {
  return (await unionAsked(sql, actor, orgId, permission)).path;
}

async function summarise(sql: Sql, orgs: OrgRow[]): Promise<OrgSummary[]> {
  const counts = await countMembersInSubtrees(sql, orgs);
  const parents = await findParentIds(
    sql,
    orgs.map((o) => o.id),
  );
  return orgs.map((o) => ({
    ...o,
    members: counts.get(o.id)?.members ?? 0,
    unions: counts.get(o.id)?.unions ?? 0,
    hasChildren: parents.has(o.id),
  }));
}

/**
 * The roots the actor may browse: the unions of their subtree whose parent lies outside it (the
 * federation(s) for an administrator, otherwise their own union).
 */
export async function listRootOrgs(db: Db, actor: Actor): Promise<OrgSummary[]> {
  return summarise(db, await listSubtreeRoots(db, actor));
}

export async function listChildOrgs(db: Db, actor: Actor, parentId: number): Promise<OrgSummary[]> {
  await getOrgInScope(db, actor, parentId);
  return summarise(db, await listChildrenOf(db, parentId));
}

/** Name search within the actor's subtree; each hit carries the names above it. */
export async function searchOrgs(db: Db, actor: Actor, q: string, limit = 50) {
  const rows = await listOrgsNamedLike(db, actor, q, limit);
  return Promise.all(rows.map(async (o) => ({ ...o, ancestors: await ancestorsOf(db, actor, o) })));
}

async function ancestorsOf(sql: Sql, actor: Actor, org: OrgRow) {
  const ids = org.path.split('/').filter(Boolean).map(Number).slice(0, -1);
  const rows = await findOrgsByIds(sql, ids);
  return ids
    .map((id) => rows.find((r) => r.id === id))
    .filter((r): r is OrgRow => !!r && canAccess(actor, 'org.read', { orgPath: r.path }))
    .map((r) => ({ id: r.id, name: r.name }));
}

export async function getOrgDetail(db: Db, actor: Actor, id: number): Promise<OrgDetail> {
  const org = await getOrgInScope(db, actor, id);
  const [summary] = await summarise(db, [org]);
  // the parent's name is said even above the caller's subtree (their own union's card names its parent)
  const [parent] = org.parentId === null ? [] : await findOrgsByIds(db, [org.parentId]);
  return { ...summary, ancestors: await ancestorsOf(db, actor, org), parentName: parent?.name ?? null };
}

export async function createOrg(
  db: Db,
  actor: Actor,
  parentId: number,
  input: OrgInput,
  hooks: OrgHooks = {},
): Promise<OrgRow> {
  return db.tx((sql) => createOrgIn(sql, actor, parentId, input, hooks));
}

/** An org's audit row: what an action did to it (a creation has no before). */
const auditOrg = (
  sql: Sql,
  actor: Actor | null,
  action: 'org.create' | 'org.update' | 'org.close',
  after: OrgRow,
  before?: OrgRow,
) =>
  recordAudit(sql, actor, {
    action,
    entity: 'org',
    entityId: after.id,
    orgId: after.id,
    ...(before ? { before } : {}),
    after,
  });

/** `createOrg` in the caller's transaction: a union founded by another module's decision (a founding's approval). */
export async function createOrgIn(
  sql: Sql,
  actor: Actor,
  parentId: number,
  input: OrgInput,
  hooks: OrgHooks = {},
): Promise<OrgRow> {
  checkUscc(input.uscc);
  checkWorkerCounts(input);
  const parent = await getOrgInScope(sql, actor, parentId);
  if (parent.status === 'closed') {
    throw invalid('ORG_CLOSED', {
      zh: `${parent.name}已撤销，不能新建下级`,
      en: `${parent.name} is closed`,
    });
  }
  const level = levelOfKind(input.kind);
  if (level <= parent.level) {
    throw invalid('ORG_LEVEL_INVALID', levelRule(input.kind, parent), { field: 'kind' });
  }
  const org = await insertOrg(sql, { ...input, parentId, level }, parent.path);
  await auditOrg(sql, actor, 'org.create', org);
  if (org.uscc) await hooks.employersChanged?.(sql, [org.uscc]);
  return org;
}

/** Creates a root federation; used by the platform administrator and the demo loader. */
export async function createRootOrg(sql: Sql, actor: Actor | null, input: OrgInput): Promise<OrgRow> {
  const org = await insertOrg(sql, { ...input, parentId: null, level: 1 }, '/');
  await auditOrg(sql, actor, 'org.create', org);
  return org;
}

export async function updateOrg(
  db: Db,
  actor: Actor,
  id: number,
  patch: Partial<Omit<OrgInput, 'kind'>>,
  hooks: OrgHooks = {},
) {
  return db.tx((sql) => updateOrgIn(sql, actor, id, patch, hooks));
}

/** `updateOrg` in the caller's transaction: a committee replaced by another module's decision (an election). */
export async function updateOrgIn(
  sql: Sql,
  actor: Actor,
  id: number,
  patch: Partial<Omit<OrgInput, 'kind'>>,
  hooks: OrgHooks = {},
): Promise<OrgRow> {
  checkUscc(patch.uscc);
  const before = await getOrgInScope(sql, actor, id);
  const next = { ...before, ...patch };
  checkWorkerCounts(next);
  await updateOrgFields(sql, id, next);
  const after = (await findOrgById(sql, id)) as OrgRow;
  await auditOrg(sql, actor, 'org.update', after, before);
  const employer = (o: OrgRow) => [o.uscc, o.workerCount, o.womenWorkerCount].join('|');
  if (after.uscc && employer(after) !== employer(before)) await hooks.employersChanged?.(sql, [after.uscc]);
  if (after.name !== before.name) await hooks.unionRenamed?.(sql, id);
  return after;
}

/** Closes (撤销) a union that has no open child unions and no active members. */
export async function closeOrg(db: Db, actor: Actor, id: number, closedOn: string): Promise<OrgRow> {
  return db.tx(async (sql) => {
    const org = await getOrgInScope(sql, actor, id);
    if (org.path === actor.scopePath) {
      throw invalid('ORG_CLOSE_OWN', { zh: '不能撤销本级工会', en: 'You cannot close your own union' });
    }
    const left = await countOpenChildrenAndMembers(sql, id);
    if (left.children > 0 || left.members > 0) {
      throw new AppError(
        'conflict',
        'ORG_NOT_EMPTY',
        {
          zh: `该工会还有${left.children}个下级工会、${left.members}名会员，请先转移`,
          en: `The union still has ${left.children} child unions and ${left.members} members; move them first`,
        },
        left,
      );
    }
    await setOrgClosed(sql, id, closedOn);
    const after = (await findOrgById(sql, id)) as OrgRow;
    await auditOrg(sql, actor, 'org.close', after, org);
    return after;
  });
}

/**
 * Resolves union names (as a clerk types them in a spreadsheet) to orgs within a subtree.
 * A name matching two active unions is ambiguous and resolves to neither (noteUnion, as in resolveUnionTexts).
 * A name or short name is taken as written: for the demo's stories and the command line's `--org`. A cell of a
 * sheet (a register, the union tree, the accounts) goes through resolveUnionTexts, which reads it as a clerk does.
 */
export async function resolveOrgNames(sql: Sql, scope: Subtree, names: string[]) {
  const rows = await listActiveOrgsNamed(sql, scope, names);
  const byName = new Map<string, { id: number; path: string; name: string } | 'ambiguous'>();
  for (const r of rows) {
    const org = { id: r.id, path: r.path, name: r.name };
    for (const key of [r.name, r.shortName]) if (key) noteUnion(byName, key, org);
  }
  return byName;
}

/**
 * `POST /api/orgs`: a union below `parentId`, or with no parent a new top union (a federation), which only
 * the platform administrator may create.
 */
export async function createOrgUnder(
  db: Db,
  actor: Actor,
  input: OrgInput & { parentId?: number | null },
  hooks: OrgHooks = {},
): Promise<OrgRow> {
  const { parentId, ...org } = input;
  if (parentId != null) return createOrg(db, actor, parentId, org, hooks);
  requireAccess(actor, 'org.create_root');
  if (org.kind !== 'federation') {
    throw invalid(
      'ORG_PARENT_REQUIRED',
      {
        zh: '只有市总工会（最上级工会）可以没有上级工会，请选择上级工会',
        en: 'Only a federation has no parent union; choose the parent',
      },
      { field: 'parentId' },
    );
  }
  checkUscc(org.uscc);
  return db.tx((sql) => createRootOrg(sql, actor, org));
}
