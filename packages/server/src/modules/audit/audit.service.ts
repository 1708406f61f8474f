import type { Actor } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Label } from '../../vocabulary.ts';
import type { AuditAction, AuditEntity } from './audit.catalog.ts';
import { insertAuditRow, insertAuditRows, listAuditRows, listLastActionDays } from './audit.repository.ts';
import { AUDIT_PERSON_FIELDS, AUDIT_UNION_FIELDS } from './audit.vocabulary.ts';

export interface AuditEntry {
  action: AuditAction;
  entity: AuditEntity;
  entityId?: string | number | null;
  orgId?: number | null;
  before?: unknown;
  after?: unknown;
  /**
   * The caller's address when nobody acts (a failed sign-in); recordAudit takes the actor's own address whenever
   * there is an actor, and recordAudits always does.
   */
  ip?: string | null;
}

/** Writes one audit row; call it with the transaction that makes the change, so both land or neither. */
export async function recordAudit(sql: Sql, actor: Actor | null, entry: AuditEntry): Promise<void> {
  await insertAuditRow(sql, {
    userId: actor?.userId ?? null,
    username: actor?.username ?? null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId == null ? null : String(entry.entityId),
    orgId: entry.orgId ?? null,
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
    ip: (actor ? actor.ip : entry.ip) ?? null,
    actorName: actor?.displayName ?? null,
  });
}

/**
 * Writes many audit rows in one statement (an import's changes, a person each), in the caller's transaction.
 * The caller bounds how many at once.
 */
export async function recordAudits(sql: Sql, actor: Actor | null, entries: AuditEntry[]): Promise<void> {
  if (!entries.length) return;
  await insertAuditRows(
    sql,
    { userId: actor?.userId ?? null, username: actor?.username ?? null, ip: actor?.ip ?? null },
    entries.map((e) => ({
      action: e.action,
      entity: e.entity,
      entityId: e.entityId == null ? null : String(e.entityId),
      orgId: e.orgId ?? null,
      before: e.before ?? null,
      after: e.after ?? null,
    })),
  );
}

export interface AuditQuery {
  /** Who acted: part of a person's name, or a login name. */
  actor?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

/** One row as the log shows it: who by name and union (never a login name), and the union concerned. */
export interface AuditRow {
  id: number;
  at: string;
  userId: number | null;
  /** The acting user's name, null for the system (a background job) or a user since removed. */
  actorName: string | null;
  /** The union the acting user works for, when they have one. */
  actorOrgName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  orgId: number | null;
  /** The union the change concerns. */
  orgName: string | null;
  /** The names of the unions the before and after values name by id (a reviewing union, a new parent). */
  unionNames: Record<string, string>;
  /** The names of the members the row is about or its values name by id. */
  personNames: Record<string, string>;
  /**
   * The names of the request categories the values hold by code, as the categories are named now (one added at
   * run time has words only in its row).
   */
  categoryNames: Record<string, Label>;
  /**
   * The name of what the row is about: a member, a union, an account, or a record its module names (`auditNames` of
   * its manifest: a hardship file, a donation, a policy by its title …); else the id shows.
   */
  entityName: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
}

/** Names of users and unions, supplied by the modules that own them (the log holds only their ids). */
export interface AuditNames {
  users(ids: number[]): Promise<Map<number, { name: string; orgId: number | null }>>;
  orgs(ids: number[]): Promise<Map<number, string>>;
  /** The users a name finds (part of a person's name, or a login name). */
  usersNamed(text: string): Promise<number[]>;
  persons(ids: number[]): Promise<Map<number, string>>;
  /** Request categories by code (cases). */
  caseCategories(codes: string[]): Promise<Map<string, Label>>;
  /**
   * The records of other entities by id, as their owners name them for the log's 对象 (a hardship file by its
   * worker's masked name, a donation by its donor and amount, a policy by its title), one query per entity a page
   * holds; an entity without one shows its id.
   */
  records?: Partial<Record<string, (ids: number[]) => Promise<Map<number, string>>>>;
}

/** The request category a case's before or after value holds (its code), if any. */
function categoryIn(entity: string, value: unknown): string[] {
  if (entity !== 'case' || typeof value !== 'object' || value === null) return [];
  const category = (value as Record<string, unknown>).category;
  return typeof category === 'string' ? [category] : [];
}

/** The person ids a before or after value names in its person fields (one id or a list). */
function personIdsIn(value: unknown): number[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const record = value as Record<string, unknown>;
  return AUDIT_PERSON_FIELDS.flatMap((f) => {
    const v = record[f];
    return (Array.isArray(v) ? v : [v]).filter(
      (x): x is number => typeof x === 'number' && Number.isInteger(x),
    );
  });
}

/**
 * The union ids a before or after value names in its union fields, also in the records it holds (an account's
 * roles, each with the union it is held at), as deep as the page shows them.
 */
function unionIdsIn(value: unknown, depth = 0): number[] {
  if (typeof value !== 'object' || value === null || depth > 2) return [];
  if (Array.isArray(value)) return value.flatMap((v) => unionIdsIn(v, depth + 1));
  const record = value as Record<string, unknown>;
  const own = AUDIT_UNION_FIELDS.map((f) => record[f]).filter(
    (v): v is number => typeof v === 'number' && Number.isInteger(v),
  );
  return [...own, ...Object.values(record).flatMap((v) => unionIdsIn(v, depth + 1))];
}

export async function listAudit(
  db: Db,
  names: AuditNames,
  q: AuditQuery,
): Promise<{ items: AuditRow[]; total: number }> {
  const actor = q.actor?.trim();
  const { items: rows, total } = await listAuditRows(
    db,
    {
      // by the person's name now, or by the login name the row keeps (also of a user since removed)
      actor: actor ? { username: actor, userIds: await names.usersNamed(actor) } : undefined,
      actionPrefix: q.action,
      entity: q.entity,
      entityId: q.entityId,
      from: q.from,
      to: q.to,
    },
    { page: q.page ?? 1, pageSize: q.pageSize ?? 50 },
  );
  const distinct = (xs: (number | null)[]) =>
    [...new Set(xs.filter((x): x is number => x !== null))].map(Number);
  const entityNumber = (r: { entity: string; entityId: string | null }, entity: string) =>
    r.entity === entity && r.entityId && /^\d+$/.test(r.entityId) ? Number(r.entityId) : null;
  // the acting users, and the accounts rows are about (a sign-in, a reset password, a disabled account)
  const users = await names.users(distinct(rows.flatMap((r) => [r.userId, entityNumber(r, 'user')])));
  const named = rows.map((r) => [...unionIdsIn(r.before), ...unionIdsIn(r.after)]);
  const orgs = await names.orgs(
    distinct([...rows.map((r) => r.orgId), ...[...users.values()].map((u) => u.orgId), ...named.flat()]),
  );
  const namedPeople = rows.map((r) => [
    ...personIdsIn(r.before),
    ...personIdsIn(r.after),
    ...[entityNumber(r, 'person')].filter((x): x is number => x !== null),
  ]);
  const persons = await names.persons(distinct(namedPeople.flat()));
  const entityOrgs = await names.orgs(distinct(rows.map((r) => entityNumber(r, 'org'))));
  const namedCategories = rows.map((r) => [
    ...categoryIn(r.entity, r.before),
    ...categoryIn(r.entity, r.after),
  ]);
  const categories = await names.caseCategories([...new Set(namedCategories.flat())]);
  const recordNames = new Map<string, Map<number, string>>();
  for (const [entity, find] of Object.entries(names.records ?? {}))
    if (find) recordNames.set(entity, await find(distinct(rows.map((r) => entityNumber(r, entity)))));
  const items = rows.map((r, i) => {
    const user = r.userId === null ? undefined : users.get(Number(r.userId));
    const unionNames: Record<string, string> = {};
    for (const id of named[i]) {
      const name = orgs.get(id);
      if (name) unionNames[id] = name;
    }
    const personNames: Record<string, string> = {};
    for (const id of namedPeople[i]) {
      const name = persons.get(id);
      if (name) personNames[id] = name;
    }
    const categoryNames: Record<string, Label> = {};
    for (const code of namedCategories[i]) {
      const name = categories.get(code);
      if (name) categoryNames[code] = name;
    }
    const personId = entityNumber(r, 'person');
    const orgId = entityNumber(r, 'org');
    const accountId = entityNumber(r, 'user');
    return {
      ...r,
      personNames,
      categoryNames,
      entityName:
        personId !== null
          ? (persons.get(personId) ?? null)
          : orgId !== null
            ? (entityOrgs.get(orgId) ?? null)
            : accountId !== null
              ? (users.get(accountId)?.name ?? null)
              : (recordNames.get(r.entity)?.get(Number(r.entityId)) ?? null),
      actorName: user?.name ?? null,
      actorOrgName: user?.orgId == null ? null : (orgs.get(Number(user.orgId)) ?? null),
      orgName: r.orgId === null ? null : (orgs.get(Number(r.orgId)) ?? null),
      unionNames,
    };
  });
  return { items, total };
}

/**
 * The day (China time) each action on these entities was last recorded, to show beside the day a decision
 * happened (录入日期): entity id → action → 'YYYY-MM-DD'.
 */
export async function findEntryDays(
  sql: Sql,
  entity: AuditEntity,
  entityIds: (number | string)[],
  actions: AuditAction[],
): Promise<Map<string, Map<string, string>>> {
  const out = new Map<string, Map<string, string>>();
  if (!entityIds.length || !actions.length) return out;
  const rows = await listLastActionDays(sql, entity, entityIds.map(String), actions);
  for (const r of rows) {
    const m = out.get(r.id) ?? new Map<string, string>();
    m.set(r.action, r.day);
    out.set(r.id, m);
  }
  return out;
}
