import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { findSmsPurpose } from './outbox.purposes.ts';
import { listOutboxMessages, type OutboxRow } from './outbox.repository.ts';

const iso = (t: unknown) => (t == null ? null : new Date(t as string).toISOString());

/** A purpose in words, as the SMS template page says it. */
function purposeName(purpose: string): { zh: string; en: string } {
  const p = findSmsPurpose(purpose);
  return p ? { zh: p.zh, en: p.en } : { zh: purpose, en: purpose };
}

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
      const found = await listOutboxMessages(db, { phone: q.phone, page, pageSize });
      const rows = found.items.map((r) => ({
        ...r,
        // what it was sent for, in words (a purpose no longer sent, kept in old rows, by its code)
        purposeName: purposeName(r.purpose),
        createdAt: iso(r.createdAt) as string,
        sentAt: iso(r.sentAt),
      }));
      return { items: rows, total: found.total, page, pageSize };
    },
  };
}

export type { OutboxRow };

export type OutboxService = ReturnType<typeof createOutboxService>;
