import { type Actor, can } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import type { Bilingual } from '../../shared/errors.ts';
import { messageNotFound } from './messages.errors.ts';
import type { MessageKind } from './messages.kinds.ts';
import {
  countUnread,
  insertPersonNotices,
  insertUserNotices,
  listMessages,
  type MessageRow,
  markAllRead,
  markRead,
  unionsStaff,
} from './messages.repository.ts';

/** What a decision tells someone, in both languages. */
export interface Notice {
  /**
   * What happened, e.g. 'application.approved_step', as its module's vocabulary declares it (with who gets it);
   * the web app may pick an icon by it.
   */
  kind: MessageKind;
  title: Bilingual;
  body: Bilingual;
  /** The app path the message opens, e.g. '/m/applications/123'. */
  link?: string | null;
  entity?: string | null;
  entityId?: number | null;
  /**
   * The moment of the decision it tells of (an ISO time): the worker's list shows the message at it (`happened_at`),
   * so one entered after the fact (补录) stands on its own day, not on the day it was written (`created_at`, which the
   * e-mail copy of the last day's messages reads). Without it, the message is shown when written.
   */
  at?: string;
}

export type PersonNotice = Notice & { personId: number };

/**
 * Tells a person, through every user account linked to them (users.person_id), in the caller's
 * transaction: the message exists exactly when the decision does. A person without an account gets
 * nothing. Returns the number of messages written.
 */
export async function notifyPerson(sql: Sql, personId: number, notice: Notice): Promise<number> {
  return insertPersonNotices(sql, [{ ...notice, personId }]);
}

/** Many notices to many persons in ONE statement (bulk decisions, payment batches, lottery draws). */
export async function notifyPersons(sql: Sql, notices: PersonNotice[]): Promise<number> {
  return insertPersonNotices(sql, notices);
}

/** One message to each of the given user accounts, in the caller's transaction. */
export async function addMessage(sql: Sql, userIds: number | number[], notice: Notice): Promise<number> {
  return insertUserNotices(sql, Array.isArray(userIds) ? userIds : [userIds], notice);
}

/**
 * One message to each account holding a union's office (its managers and staff), in the caller's transaction: a
 * worker's step a clerk of their union acts on. Returns the number of messages written (none where the union has
 * no account).
 */
export async function notifyUnionStaff(sql: Sql, orgId: number, notice: Notice): Promise<number> {
  const users = (await unionsStaff(sql, [orgId])).map((s) => s.userId);
  return users.length ? insertUserNotices(sql, users, notice) : 0;
}

export interface MessagesServiceDeps {
  /** Applications waiting at a union's review step (from the programs module). */
  waitingReviews?: (orgId: number) => Promise<number>;
}

export interface MessageView extends MessageRow {}

/** The signed-in user's own messages: every query is filtered by the actor's user id, nothing else. */
export function createMessagesService(db: Db, deps: MessagesServiceDeps = {}) {
  return {
    async list(
      actor: Actor,
      q: { unread?: boolean; page?: number; pageSize?: number },
    ): Promise<{ items: MessageView[]; total: number; unreadCount: number; page: number; pageSize: number }> {
      const page = q.page ?? 1;
      const pageSize = q.pageSize ?? 20;
      const r = await listMessages(db, actor.userId, {
        unread: q.unread === true,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return { ...r, page, pageSize };
    },

    /** The header badge: unread messages, and for reviewers the applications waiting at their union's step. */
    async counts(actor: Actor): Promise<{ unreadCount: number; waitingReviews: number }> {
      const reviews =
        deps.waitingReviews && actor.orgId !== null && can(actor, 'applications.review')
          ? deps.waitingReviews(actor.orgId)
          : Promise.resolve(0);
      const [unreadCount, waitingReviews] = await Promise.all([countUnread(db, actor.userId), reviews]);
      return { unreadCount, waitingReviews };
    },

    async markRead(actor: Actor, id: number): Promise<MessageView> {
      const row = await markRead(db, actor.userId, id);
      if (!row) throw messageNotFound(id);
      return row;
    },

    async markAllRead(actor: Actor): Promise<{ updated: number }> {
      return { updated: await markAllRead(db, actor.userId) };
    },
  };
}

export type MessagesService = ReturnType<typeof createMessagesService>;
