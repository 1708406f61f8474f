import { expect } from 'vitest';
import { aimed, scoped, unaimed } from '../../../test/scope-cases/kit.ts';
import type { ScopeCase, SetupContext } from '../../../test/scope-cases/types.ts';

/**
 * Scope cases for the SMS delivery page, the template page and each account's SMS choices. Setup records one
 * sent SMS counted against a union under 昌平 and one under 杨镇 (the delivery page counts a message against the
 * recipient member's union, ADR 0083), and an SMS copy of one of the demo worker's messages.
 */
export async function setup({ db, f }: SetupContext): Promise<Record<string, number>> {
  const sms = async (orgId: number, phone: string, extra: { messageId?: number; userId?: number } = {}) => {
    const { rows } = await db.query<{ id: number }>(
      `insert into outbox (channel, recipient, text, purpose, state, provider, org_id, sent_at, attempts, message_id, user_id)
       values ('sms', $1, '【工会】范围测试', 'join_received', 'sent', 'tencent', $2, now(), 1, $3, $4) returning id`,
      [phone, orgId, extra.messageId ?? null, extra.userId ?? null],
    );
    return rows[0].id;
  };
  const { rows } = await db.query<{ id: number }>(`select id from users where username = 'worker'`);
  const worker = rows[0].id;
  const { rows: m } = await db.query<{ id: number }>(
    `insert into messages (user_id, kind, title_zh, title_en, body_zh, body_en)
     values ($1, 'case.update', '诉求有新进展（短信范围测试）', 'Request updated', '正文', 'Body') returning id`,
    [worker],
  );
  return {
    cpSms: await sms(f.cpGrassroots, '13911110001'),
    yzSms: await sms(f.yzGrassroots, '13911110002'),
    workerSmsMessage: await sms(f.yzGrassroots, '13911110003', { messageId: m[0].id, userId: worker }),
    smsWorkerMessage: m[0].id,
  };
}

export const cases: Record<string, ScopeCase> = {
  'GET /api/sms/deliveries/summary': unaimed,
  'GET /api/sms/deliveries': scoped({
    denied: () => [],
    lists: () => [{}, { query: { state: 'sent', pageSize: 200 } }],
    control: () => ({ query: { pageSize: 200 } }),
  }),
  'GET /api/sms/deliveries/:id': aimed((f) => ({ params: { id: f.ids.cpSms } })),
  'GET /api/sms/templates': { kind: 'admin' },
  'PUT /api/sms/templates/:purpose': {
    kind: 'admin',
    request: () => ({ params: { purpose: 'join_accepted' }, body: { templateId: '1002' } }),
  },
  'GET /api/sms/preferences': {
    kind: 'self',
    request: () => ({}),
    check: (_f, res) => {
      expect(res.statusCode).toBe(200);
      expect(res.json().codesAlways).toBe(true);
    },
  },
  'PUT /api/sms/preferences': {
    kind: 'self',
    request: () => ({ body: { kinds: ['case.update'] } }),
    check: (_f, res) => {
      expect(res.statusCode).toBe(200);
      const chosen = res.json().kinds.filter((k: { sms: boolean }) => k.sms);
      expect(chosen.map((k: { kind: string }) => k.kind)).toEqual(['case.update']);
    },
  },
  'GET /api/sms/message-states': {
    kind: 'self',
    request: (f) => ({ query: { ids: `${f.ids.smsWorkerMessage},${f.ids.cpSms}` } }),
    check: (f, res) => {
      expect(res.statusCode).toBe(200);
      expect(res.json().items).toEqual([
        { messageId: f.ids.smsWorkerMessage, state: 'sent', reasonZh: null, reasonEn: null },
      ]);
    },
  },
};
