import { expect } from 'vitest';
import type { ScopeCase, SetupContext } from '../../../test/scope-cases/types.ts';
import { addMessage, type MessageKind, type Notice } from '../../modules/messages/index.ts';

/**
 * Scope cases for the message centre. Every role holds messages.read, and every route answers about the
 * caller's own messages only (self cases). Setup writes two messages to the demo worker and one to 昌平's
 * staff account; the worker's answers must never hold the latter, and marking it read must answer 404.
 */

const notice = (marker: string): Notice => ({
  // a kind no module writes, so that setup finds exactly its own messages
  kind: 'test.scope' as MessageKind,
  title: { zh: marker, en: marker },
  body: { zh: '范围测试消息', en: 'scope test message' },
  link: '/m/me',
});

const WORKER_MARK = '职工的消息（范围测试）';
const OTHER_MARK = '昌平工作人员的消息（范围测试）';

export async function setup(c: SetupContext): Promise<Record<string, number>> {
  const { rows } = await c.db.query<{ id: number; username: string }>(
    `select id, username from users where username in ('worker', 'changping')`,
  );
  const userOf = (name: string) => rows.find((r) => r.username === name)?.id as number;
  const ids = await c.db.tx(async (sql) => {
    await addMessage(sql, userOf('worker'), notice(WORKER_MARK));
    await addMessage(sql, userOf('worker'), notice(WORKER_MARK));
    await addMessage(sql, userOf('changping'), notice(OTHER_MARK));
    return sql.query<{ id: number; userId: number }>(
      `select id, user_id as "userId" from messages where kind = 'test.scope' order by id`,
    );
  });
  const workerMessage = ids.rows.find((r) => r.userId === userOf('worker'))?.id as number;
  const otherMessage = ids.rows.find((r) => r.userId === userOf('changping'))?.id as number;
  return { workerMessage, otherMessage };
}

interface MessageList {
  items: { id: number; titleZh: string }[];
  total: number;
  unreadCount: number;
}

export const cases: Record<string, ScopeCase> = {
  'GET /api/messages': {
    kind: 'self',
    request: () => ({ query: { pageSize: 200 } }),
    check: (f, res) => {
      expect(res.statusCode).toBe(200);
      const body = res.json() as MessageList;
      const titles = body.items.map((m) => m.titleZh);
      expect(titles).toContain(WORKER_MARK);
      expect(titles).not.toContain(OTHER_MARK);
      expect(body.items.some((m) => m.id === f.ids.otherMessage)).toBe(false);
      expect(body.total).toBe(body.items.length);
    },
  },
  'GET /api/messages/unread-count': {
    kind: 'self',
    request: () => ({}),
    check: (_f, res) => {
      expect(res.statusCode).toBe(200);
      // The demo worker has two unread messages of the setup (and any the other cases' decisions wrote).
      expect(res.json().unreadCount).toBeGreaterThanOrEqual(2);
      expect(res.json().waitingReviews).toBe(0);
    },
  },
  'POST /api/messages/:id/read': {
    kind: 'self',
    request: (f) => ({ params: { id: f.ids.workerMessage }, body: {} }),
    check: (f, res) => {
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ id: f.ids.workerMessage, titleZh: WORKER_MARK });
      expect(res.json().readAt).not.toBeNull();
    },
  },
  'POST /api/messages/read-all': {
    kind: 'self',
    request: () => ({ body: {} }),
    check: (_f, res) => {
      expect(res.statusCode).toBe(200);
      expect(res.json().updated).toBeGreaterThanOrEqual(1);
    },
  },
};
