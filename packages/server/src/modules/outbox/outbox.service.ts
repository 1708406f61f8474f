import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { listOutboxMessages, type OutboxRow } from './outbox.repository.ts';

const iso = (t: unknown) => (t == null ? null : new Date(t as string).toISOString());

export interface OutboxQuery {
  phone?: string;
  page?: number;
  pageSize?: number;
}

export function createOutboxService(db: Db) {
  return {
    /** The newest messages first; for the administrator (a message may hold a one-time code). */
    async listOutbox(actor: Actor, q: OutboxQuery) {
      requireAccess(actor, 'outbox.read');
      const pageSize = q.pageSize ?? 20;
      const page = q.page ?? 1;
      const found = await listOutboxMessages(db, {
        phone: q.phone,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      const rows = found.rows.map((r) => ({
        ...r,
        createdAt: iso(r.createdAt) as string,
        sentAt: iso(r.sentAt),
      }));
      return { items: rows, total: found.total, page, pageSize };
    },
  };
}

export type { OutboxRow };

export type OutboxService = ReturnType<typeof createOutboxService>;
