import { expect } from 'vitest';
import {
  aimed,
  notFound,
  refusedWith,
  scoped,
  self,
  subtreeList,
  unaimed,
} from '../../../test/scope-cases/kit.ts';
import type { ExportRequests, ScopeCase, SetupContext } from '../../../test/scope-cases/types.ts';
import type { Actor } from '../../access/access.ts';

/**
 * Scope cases for counselling: 昌平's counsellors and volunteers, its counsellor's slots and the bookings of its
 * members are reached only from 昌平's subtree; a worker reaches only their own bookings and assessments (the demo
 * worker is under 杨镇, and 昌平's counsellor offers slots to 昌平's members only). The counsellor's own routes are
 * the counsellor role's alone, refused to staff, managers and the administrator by the permission.
 */
export async function setup({ api, db, services, f }: SetupContext): Promise<Record<string, number>> {
  const volunteer = (await api('changping', 'POST', '/api/counselling/counsellors', {
    orgId: f.cp,
    name: '王晓',
    kind: 'volunteer',
  })) as { id: number };
  const counsellor = (await api('changping', 'POST', '/api/counselling/counsellors', {
    orgId: f.cp,
    name: '赵宁',
    kind: 'counsellor',
    account: { username: 'cp-counsellor', password: 'cp-counsel-pass-1' },
  })) as { id: number };
  const { rows } = await db.query<{ id: number }>(`select id from users where username = 'cp-counsellor'`);
  const { rows: org } = await db.query<{ path: string }>('select path from orgs where id = $1', [f.cp]);
  const actor: Actor = {
    userId: Number(rows[0].id),
    username: 'cp-counsellor',
    displayName: '赵宁',
    role: 'counsellor',
    orgId: f.cp,
    scopePath: org[0].path,
    personId: null,
  };
  const start = Date.parse('2099-06-01T09:00:00+08:00');
  await services.counselling.addSlots(actor, {
    mode: 'either',
    slots: [0, 1, 2, 3].map((i) => ({
      startsAt: new Date(start + i * 3600_000).toISOString(),
      endsAt: new Date(start + i * 3600_000 + 50 * 60_000).toISOString(),
    })),
  });
  const slots = (await services.counselling.counsellorHome(actor)).slots.map((s) => s.id);
  const { rows: union } = await db.query<{ name: string }>('select name from orgs where id = $1', [f.cp]);
  sessionsOf.csv = `所在工会,咨询人员类别,月份,会谈场次,服务人数\n${union[0].name},心理咨询师,2019-03,12,9\n`;
  const booking = (await api('changping', 'POST', '/api/counselling/bookings', {
    slotId: slots[0],
    personId: f.cpMember,
    mode: 'online',
  })) as { id: number };
  const assessment = await services.counselling.assessments.take(
    { ...actor, role: 'worker', orgId: null, scopePath: null, personId: f.cpMember, userId: 0 },
    { scale: 'gad7', answers: [1, 1, 1, 1, 1, 1, 1] },
  );
  return {
    cslVolunteer: volunteer.id,
    cslCounsellor: counsellor.id,
    cslBooking: booking.id,
    cslSlot2: slots[1],
    cslSlot3: slots[2],
    cslAssessment: assessment.id,
  };
}

const range = { from: '2025-01-01', to: '2099-12-31' };
/** The sessions register's file, naming 昌平 (written by setup). */
const sessionsOf = { csv: '' };
const counsellorCase: ScopeCase = { kind: 'counsellor' };

export const cases: Record<string, ScopeCase> = {
  'GET /api/counselling/sessions/import/template.xlsx': unaimed,
  // A union outside the importer's subtree is a row error (counselling.sessions.import.test.ts); 杨镇 naming 昌平
  // is refused as "no union in your subtree", nothing written.
  'POST /api/counselling/sessions/import': scoped({
    denied: () => [],
    control: () => ({
      body: {
        fileName: '心理咨询服务台账.csv',
        contentBase64: Buffer.from(sessionsOf.csv).toString('base64'),
      },
    }),
  }),
  'GET /api/counselling/counsellors': subtreeList,
  'POST /api/counselling/counsellors': scoped({
    denied: (f) => [
      { body: { orgId: f.cp, name: '李乐', kind: 'volunteer' } },
      { body: { orgId: f.cpTown, name: '李乐', kind: 'volunteer' } },
    ],
    control: (f) => ({ body: { orgId: f.cpTown, name: '周安', kind: 'volunteer' } }),
  }),
  'GET /api/counselling/counsellors/:id': aimed((f) => ({ params: { id: f.ids.cslVolunteer } })),
  'POST /api/counselling/counsellors/:id/trainings': aimed((f) => ({
    params: { id: f.ids.cslVolunteer },
    body: { title: '心理急救', hours: 8 },
  })),
  'POST /api/counselling/counsellors/:id/duty': aimed((f) => ({
    params: { id: f.ids.cslCounsellor },
    body: { onDuty: true },
  })),
  'GET /api/counselling/slots': subtreeList,
  'GET /api/counselling/bookings': subtreeList,
  'POST /api/counselling/bookings': aimed((f) => ({
    body: { slotId: f.ids.cslSlot2, personId: f.cpMember, mode: 'online' },
  })),
  'POST /api/counselling/bookings/:id/cancel': scoped({
    denied: (f) => [{ params: { id: f.ids.cslBooking }, body: {} }],
    control: (f) => ({ params: { id: f.ids.cslBooking }, body: { reason: '职工来电取消' } }),
  }),
  'GET /api/counselling/stats': aimed((f) => ({ query: { orgId: f.cp, ...range } })),
  'GET /api/counselling/stats.xlsx': aimed((f) => ({ query: { orgId: f.cp, ...range } })),
  'GET /api/counselling/mine': counsellorCase,
  'POST /api/counselling/mine/slots': counsellorCase,
  'POST /api/counselling/mine/slots/:id/withdraw': counsellorCase,
  'GET /api/counselling/mine/bookings/:id': counsellorCase,
  'PUT /api/counselling/mine/bookings/:id/note': counsellorCase,
  'POST /api/counselling/mine/bookings/:id/cancel': counsellorCase,
  'POST /api/counselling/mine/flags/:id/follow-up': counsellorCase,
  'GET /api/me/counselling': {
    kind: 'self',
    request: () => ({}),
    check: (f, res) => {
      expect(res.statusCode).toBe(200);
      const body = res.json() as { bookings: { id: number }[]; slots: { id: number }[] };
      expect(body.bookings.map((b) => b.id)).not.toContain(f.ids.cslBooking);
      expect(body.slots.map((s) => s.id)).not.toContain(f.ids.cslSlot3);
    },
  },
  'GET /api/me/counselling/scales': self(
    () => ({}),
    (_f, res) => expect(res.json().map((s: { id: string }) => s.id)).toEqual(['phq9', 'gad7']),
  ),
  'POST /api/me/counselling/assessments': self(
    () => ({ body: { scale: 'gad7', answers: [0, 0, 0, 0, 0, 0, 0, 0] } }),
    refusedWith('COUNSELLING_ANSWERS'),
  ),
  'GET /api/me/counselling/assessments/:id': self((f) => ({ params: { id: f.ids.cslAssessment } }), notFound),
  'POST /api/me/counselling/bookings': self(
    (f) => ({ body: { slotId: f.ids.cslSlot3, mode: 'online' } }),
    refusedWith('COUNSELLING_SLOT_NOT_OFFERED'),
  ),
  'GET /api/me/counselling/bookings/:id': self((f) => ({ params: { id: f.ids.cslBooking } }), notFound),
  'POST /api/me/counselling/bookings/:id/cancel': self(
    (f) => ({ params: { id: f.ids.cslBooking }, body: {} }),
    notFound,
  ),
};

/** Its routes answering a spreadsheet, as the administrator asks for them (test/exports.test.ts). */
export const exportRequests: ExportRequests = {
  'GET /api/counselling/sessions/import/template.xlsx': () => ({}),
  'GET /api/counselling/stats.xlsx': (x) => ({
    query: { orgId: x.root, from: `${x.year - 1}-01-01`, to: x.today },
  }),
};
