import { type Actor, canAccess, requireAccess, requireRecordAccess } from '../../../access/access.ts';
import type { Db, Sql } from '../../../db/db.ts';
import { todayInChina } from '../../../shared/dates.ts';
import { recordAudit } from '../../audit/index.ts';
import { getOrgInScope } from '../../org/index.ts';
import { findPersonById } from '../../people/index.ts';
import { listSubjectApplications } from '../../programs/index.ts';
import { addCounts } from '../../reporting/index.ts';
import { reindexStudioAchievements } from '../achievements/index.ts';
import { STUDIO } from '../innovation.errors.studios.ts';
import { innovationErrors } from '../innovation.errors.ts';
import { listSubsidyApplicationIds } from './studios.grants.repository.ts';
import { changeStudioLeader } from './studios.leaders.repository.ts';
import { insertLevel, listLevels } from './studios.levels.repository.ts';
import { isCityModelWorker, recountLeader, studioCount } from './studios.levels.ts';
import { listRecognitionsOfStudio, publicRecognition } from './studios.recognition.repository.ts';
import {
  findStudioById,
  insertStudio,
  isStudioNameTaken,
  listMembers,
  listStudios,
  type MemberRole,
  replaceMembers,
  type StudioFields,
  updateStudioColumns,
} from './studios.repository.ts';

/** Studios: staff of the host union's chain maintain them within their subtree. */

export async function getStudioInScope(
  sql: Sql,
  actor: Actor,
  id: number,
  permission: 'innovation.read' | 'innovation.write' = 'innovation.read',
) {
  return requireRecordAccess(actor, permission, await findStudioById(sql, id), STUDIO, { id });
}

export async function findStudios(
  db: Db,
  actor: Actor,
  q: { orgId?: number; level?: string; status?: string; q?: string; page?: number; pageSize?: number },
) {
  requireAccess(actor, 'innovation.read');
  const orgPath = q.orgId ? (await getOrgInScope(db, actor, q.orgId)).path : undefined;
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 20;
  const r = await listStudios(db, {
    scope: actor,
    orgPath,
    level: q.level,
    status: q.status,
    q: q.q?.trim() || undefined,
    page,
    pageSize,
  });
  return { ...r, items: r.items.map(publicStudio), page, pageSize };
}

/** The studio as the API shows it (without the bookkeeping of its counted cell). */
function publicStudio<T extends { countedModelWorker: boolean; orgPath: string }>(s: T) {
  const { countedModelWorker: _c, orgPath: _p, ...rest } = s;
  return rest;
}

export async function getStudioDetail(db: Db, actor: Actor, id: number) {
  const studio = await getStudioInScope(db, actor, id);
  const subsidyApplicationIds = await listSubsidyApplicationIds(db, id);
  return {
    ...publicStudio(studio),
    leaderIsCityModelWorker: isCityModelWorker(studio.leaderModelWorkerLevel),
    canEdit: canAccess(actor, 'innovation.write', { orgPath: studio.orgPath }),
    members: await listMembers(db, id),
    levels: await listLevels(db, id),
    subsidies: await listSubjectApplications(db, subsidyApplicationIds),
    recognitions: (await listRecognitionsOfStudio(db, id)).map(publicRecognition),
  };
}

export interface MemberInput {
  personId: number;
  role: MemberRole;
  joinedOn?: string | null;
}

export type StudioInput = Pick<StudioFields, 'orgId' | 'name'> & {
  leaderPersonId?: number | null;
  employer?: string | null;
  field?: string | null;
  industry?: string | null;
  foundedOn?: string | null;
  description?: string;
  members?: MemberInput[];
};

/** A person the actor may name in a studio: one whose membership lies in the actor's subtree. */
async function requirePerson(sql: Sql, actor: Actor, personId: number, field: string) {
  const person = await findPersonById(sql, personId);
  if (!person || !canAccess(actor, 'people.read', { orgPath: person.orgPath })) {
    throw innovationErrors.personNotFound(field, personId);
  }
  return person;
}

/** The member list: the leader is always in it as 'leader'; each person once. */
async function checkMembers(sql: Sql, actor: Actor, leaderId: number | null, members: MemberInput[]) {
  const seen = new Set<number>();
  const out: { personId: number; role: MemberRole; joinedOn: string | null }[] = [];
  for (const [i, m] of members.entries()) {
    if (seen.has(m.personId)) throw innovationErrors.duplicateMember(m.personId);
    seen.add(m.personId);
    await requirePerson(sql, actor, m.personId, `members[${i}].personId`);
    const role = m.personId === leaderId ? 'leader' : m.role === 'leader' ? 'core' : m.role;
    out.push({ personId: m.personId, role, joinedOn: m.joinedOn ?? null });
  }
  if (leaderId !== null && !seen.has(leaderId))
    out.unshift({ personId: leaderId, role: 'leader', joinedOn: null });
  return out;
}

export async function createStudio(db: Db, actor: Actor, input: StudioInput, now: Date) {
  return db.tx((sql) => createStudioIn(sql, actor, input, now));
}

/**
 * A new studio at grassroots level from its founding day (today when not given; `startsOn` where it is not known
 * and the studio's history starts another day, an imported studio's first recognition), in the caller's transaction.
 */
export async function createStudioIn(
  sql: Sql,
  actor: Actor,
  input: StudioInput,
  now: Date,
  startsOn?: string,
) {
  {
    const org = await getOrgInScope(sql, actor, input.orgId);
    requireAccess(actor, 'innovation.write', { orgPath: org.path });
    const leader = input.leaderPersonId
      ? await requirePerson(sql, actor, input.leaderPersonId, 'leaderPersonId')
      : null;
    const members = await checkMembers(sql, actor, input.leaderPersonId ?? null, input.members ?? []);
    const on = input.foundedOn ?? startsOn ?? todayInChina(now);
    const modelWorker = isCityModelWorker(leader?.modelWorkerLevel);
    const id = await insertStudio(sql, {
      orgId: org.id,
      name: input.name.trim(),
      employer: input.employer?.trim() || null,
      field: input.field?.trim() || null,
      industry: input.industry?.trim() || null,
      leaderPersonId: input.leaderPersonId ?? null,
      foundedOn: input.foundedOn ?? null,
      description: input.description?.trim() ?? '',
      level: 'grassroots',
      levelSince: on,
      countedModelWorker: modelWorker,
      createdBy: actor.userId || null,
    });
    if (id === null) throw innovationErrors.studioNameTaken(input.name.trim());
    await insertLevel(sql, {
      studioId: id,
      level: 'grassroots',
      fromOn: on,
      reason: null,
      decidedBy: actor.userId || null,
    });
    await replaceMembers(sql, id, members);
    await addCounts(sql, [studioCount({ orgId: org.id }, 'grassroots', modelWorker, on, 1)]);
    await recordAudit(sql, actor, {
      action: 'studio.create',
      entity: 'innovation_studio',
      entityId: id,
      orgId: org.id,
      after: { name: input.name, leaderPersonId: input.leaderPersonId ?? null, members: members.length },
    });
    return { id };
  }
}

export type StudioPatch = Partial<Omit<StudioInput, 'orgId'>>;

export async function updateStudio(db: Db, actor: Actor, id: number, patch: StudioPatch, now: Date) {
  return db.tx(async (sql) => {
    const studio = await getStudioInScope(sql, actor, id, 'innovation.write');
    await findStudioById(sql, id, true);
    const leaderChanged =
      patch.leaderPersonId !== undefined && patch.leaderPersonId !== studio.leaderPersonId;
    const leader =
      leaderChanged && patch.leaderPersonId
        ? await requirePerson(sql, actor, patch.leaderPersonId, 'leaderPersonId')
        : null;
    const leaderId = patch.leaderPersonId !== undefined ? patch.leaderPersonId : studio.leaderPersonId;
    if (patch.members || leaderChanged) {
      const current = patch.members ?? (await listMembers(sql, id));
      await replaceMembers(sql, id, await checkMembers(sql, actor, leaderId, current));
    }
    const name = patch.name?.trim();
    const renamed = name !== undefined && name !== studio.name;
    if (renamed && (await isStudioNameTaken(sql, studio.orgId, name, id))) {
      throw innovationErrors.studioNameTaken(name);
    }
    const trimmed = (v: string | null | undefined) => (v === undefined ? undefined : v?.trim() || null);
    await updateStudioColumns(sql, id, {
      name,
      employer: trimmed(patch.employer),
      field: trimmed(patch.field),
      industry: trimmed(patch.industry),
      leaderPersonId: patch.leaderPersonId,
      foundedOn: patch.foundedOn,
      description: patch.description?.trim(),
    });
    // The catalogue finds an achievement by its studio's name: a renamed studio's achievements are re-indexed.
    if (renamed) await reindexStudioAchievements(sql, id);
    if (leaderChanged) {
      await recountLeader(sql, studio, leader?.modelWorkerLevel ?? null, todayInChina(now));
      await changeStudioLeader(sql, id, patch.leaderPersonId ?? null, todayInChina(now));
    }
    const { members: _m, ...fields } = patch;
    await recordAudit(sql, actor, {
      action: 'studio.update',
      entity: 'innovation_studio',
      entityId: id,
      orgId: studio.orgId,
      before: { name: studio.name, leaderPersonId: studio.leaderPersonId },
      after: { ...fields, members: patch.members?.length },
    });
    return { id };
  });
}
