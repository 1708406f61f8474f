import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';

const iso = (t: unknown) => (t == null ? null : new Date(t as string).toISOString());

export interface OutboxRow {
  id: number;
  channel: 'sms';
  to: string;
  text: string;
  purpose: string;
  createdAt: string;
  sentAt: string | null;
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
      const params: unknown[] = [];
      let where = 'true';
      if (q.phone) {
        params.push(q.phone);
        where = 'recipient = $1';
      }
      const pageSize = q.pageSize ?? 20;
      const page = q.page ?? 1;
      const [items, total] = await Promise.all([
        db.query<OutboxRow>(
          `select id, channel, recipient as "to", text, purpose, created_at as "createdAt", sent_at as "sentAt"
             from outbox where ${where} order by id desc limit ${pageSize} offset ${(page - 1) * pageSize}`,
          params,
        ),
        db.query<{ n: number }>(`select count(*) as n from outbox where ${where}`, params),
      ]);
      const rows = items.rows.map((r) => ({
        ...r,
        createdAt: iso(r.createdAt) as string,
        sentAt: iso(r.sentAt),
      }));
      return { items: rows, total: total.rows[0].n, page, pageSize };
    },
  };
}

export type OutboxService = ReturnType<typeof createOutboxService>;
