import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { todayInChina } from '../../shared/dates.ts';
import { recordAudit } from '../audit/index.ts';
import { findOrgById, type OrgRow } from '../org/index.ts';
import { addCounts } from '../reporting/index.ts';
import { findCategory } from './cases.calendar.repository.ts';
import { deadlinesOf } from './cases.calendar.ts';
import { caseErrors } from './cases.errors.ts';
import { addEvent } from './cases.events.repository.ts';
import { insertFiles } from './cases.files.repository.ts';
import { tellUnions } from './cases.notify.ts';
import { insertCase, memberUnionOf, type NewCase } from './cases.repository.ts';
import { type Category, CHANNEL_NAMES, SUBJECTS } from './cases.types.ts';
import type { Channel } from './cases.vocabulary.ts';

/** The time of day of an instant in China, to the second, 'HH:MM:SS' (the after-hours cut-off is to the second). */
const chinaTime = (now: Date) => new Date(now.getTime() + 8 * 3600_000).toISOString().slice(11, 19);

export interface Upload {
  name: string;
  mime: string;
  data: Buffer;
}

export interface NewRequest
  extends Pick<NewCase, 'channel' | 'category' | 'description' | 'anonymous' | 'personId' | 'ownerHash'> {
  union: OrgRow;
  receivedOn: string;
  /**
   * The time it came in ('HH:MM' or 'HH:MM:SS', China), when told: after the cut-off (to the second) it counts from
   * the next working day.
   */
  receivedTime?: string | null;
  /** The real day it is entered on the platform (its deadlines' due_set_on, ADR 40). */
  enteredOn: string;
  /** The staff account that entered a request taken in person; null when the worker filed it. */
  enteredBy: Actor | null;
  files?: Upload[];
  /** When the request came in (demo data and tests of the past); now by default. */
  at?: string;
}

/**
 * Files a request in the caller's transaction: deadlines from the category and the working-day calendar, the
 * timeline's first step, the counts, the union's staff told. No person link is stored for an anonymous request.
 */
export async function fileRequest(sql: Sql, r: NewRequest): Promise<number> {
  const category = await findCategory(sql, r.category);
  if (!category) throw caseErrors.category();
  if (!category.active) throw caseErrors.retiredCategory({ zh: category.nameZh, en: category.nameEn });
  const deadlines = await deadlinesOf(sql, r.category, r.receivedOn, r.receivedTime);
  if (!deadlines) throw caseErrors.category();
  const description = r.description.trim();
  if (!description) throw caseErrors.text('description');
  const id = await insertCase(
    sql,
    {
      orgId: r.union.id,
      channel: r.channel,
      category: r.category,
      description,
      anonymous: r.anonymous,
      personId: r.anonymous ? null : r.personId,
      ownerHash: r.ownerHash,
      filedOn: r.receivedOn,
      ...deadlines,
      enteredBy: r.enteredBy?.userId || null,
      dueSetOn: r.enteredOn,
      receivedTime: r.receivedTime ?? null,
    },
    r.at,
  );
  if (r.files?.length) await insertFiles(sql, id, r.union.id, r.files, r.at);
  await addEvent(sql, {
    caseId: id,
    orgId: r.union.id,
    kind: 'filed',
    actorUserId: r.enteredBy?.userId ?? null,
    visible: true,
    at: r.at,
  });
  await addCounts(sql, [
    { subject: SUBJECTS.filed, orgId: r.union.id, on: r.receivedOn, dim: r.channel, dim2: r.category, n: 1 },
    { subject: SUBJECTS.open, orgId: r.union.id, on: r.receivedOn, n: 1 },
  ]);
  const channel = CHANNEL_NAMES[r.channel];
  await tellUnions(
    sql,
    [r.union.id],
    id,
    { zh: '收到新的职工诉求', en: 'A new request from a worker' },
    {
      zh: `来自${channel.zh}，请在${deadlines.ackDue}前受理`,
      en: `Through the ${channel.en}; accept it by ${deadlines.ackDue}`,
    },
  );
  return id;
}

/** The worker files on the phone, with their own union (their active membership). */
export async function fileOwnRequest(
  db: Db,
  actor: Actor,
  ownerHash: string,
  input: { channel: Channel; category: Category; description: string; anonymous: boolean; files?: Upload[] },
  now: Date,
): Promise<number> {
  requireAccess(actor, 'self.apply');
  if (!actor.personId) throw caseErrors.noUnion();
  const personId = actor.personId;
  return db.tx(async (sql) => {
    const orgId = await memberUnionOf(sql, personId);
    const union = orgId ? await findOrgById(sql, orgId) : undefined;
    if (!union) throw caseErrors.noUnion();
    const id = await fileRequest(sql, {
      union,
      ...input,
      personId,
      ownerHash,
      receivedOn: todayInChina(now),
      receivedTime: chinaTime(now),
      enteredOn: todayInChina(now),
      enteredBy: null,
      at: now.toISOString(),
    });
    // An anonymous request is audited without the account that filed it: the log must not name the worker.
    await recordAudit(sql, input.anonymous ? null : actor, {
      action: 'case.file',
      entity: 'case',
      entityId: id,
      orgId: union.id,
      after: { channel: input.channel, category: input.category, anonymous: input.anonymous },
    });
    return id;
  });
}

export interface StaffEntry {
  channel: Channel;
  category: Category;
  description: string;
  personId?: number | null;
  orgId?: number | null;
  anonymous?: boolean;
  receivedOn?: string;
  /** 'HH:MM' or 'HH:MM:SS' (China time), when the time it came in is known. */
  receivedTime?: string | null;
}

/**
 * Staff enter a request taken by phone, at a reception day or in a meeting, naming the channel and the worker;
 * the request goes to the worker's own union unless another union of the actor's subtree is named.
 */
export async function enterRequest(
  db: Db,
  actor: Actor,
  ownerOf: (personId: number) => string,
  input: StaffEntry,
  now: Date,
): Promise<number> {
  requireAccess(actor, 'cases.handle');
  const anonymous = input.anonymous ?? false;
  // Anonymous on any channel; then nobody is named, so nothing can tell who sent it (ADR 0022, issue 42).
  if (anonymous && input.personId != null) throw caseErrors.anonymousNamed();
  const today = todayInChina(now);
  const receivedOn = input.receivedOn ?? today;
  if (receivedOn > today) throw caseErrors.future();
  return db.tx(async (sql) => {
    const personId = anonymous ? null : (input.personId ?? null);
    const memberOf = personId ? await memberUnionOf(sql, personId) : null;
    if (personId && !memberOf) throw caseErrors.personNotFound();
    const orgId = input.orgId ?? memberOf ?? actor.orgId;
    const union = orgId ? await findOrgById(sql, orgId) : undefined;
    if (!union) throw caseErrors.unionNotFound();
    requireAccess(actor, 'cases.handle', { orgPath: union.path });
    if (memberOf && memberOf !== union.id) {
      const home = await findOrgById(sql, memberOf);
      if (!home) throw caseErrors.personNotFound();
      requireAccess(actor, 'cases.handle', { orgPath: home.path });
    }
    const id = await fileRequest(sql, {
      union,
      channel: input.channel,
      category: input.category,
      description: input.description,
      anonymous,
      personId,
      ownerHash: personId ? ownerOf(personId) : null,
      receivedOn,
      receivedTime: input.receivedTime ?? null,
      enteredOn: today,
      enteredBy: actor,
      at: receivedOn === today ? now.toISOString() : undefined,
    });
    await recordAudit(sql, actor, {
      action: 'case.file',
      entity: 'case',
      entityId: id,
      orgId: union.id,
      after: {
        channel: input.channel,
        category: input.category,
        anonymous,
        receivedOn,
        ...(input.receivedTime ? { receivedTime: input.receivedTime } : {}),
      },
    });
    return id;
  });
}
