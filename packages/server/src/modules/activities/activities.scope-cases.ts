import { expect } from 'vitest';
import {
  aimed,
  createsFor,
  fileUpload,
  notFound,
  PNG_1PX,
  refusedWith,
  scoped,
  self,
  setupStaff,
  setupWorker,
  subtreeList,
  unaimed,
} from '../../../test/scope-cases/kit.ts';
import type { ExportRequests, ScopeCase, SetupContext } from '../../../test/scope-cases/types.ts';

/**
 * Scope cases for workers' activities: 昌平's activity, its roster and door codes are reached only from 昌平's
 * subtree; a worker signs up only for activities offered to their own union (the demo worker is under 杨镇).
 */
const activity = (orgId: number, title = '昌平区职工羽毛球赛') => ({
  orgId,
  title,
  kind: 'sports',
  place: '昌平区体育馆',
  places: 20,
  // a window wide enough to hold whatever day the suite runs on
  signupFrom: '2020-01-01',
  signupUntil: '2099-12-31',
  sessions: [{ startsAt: '2099-12-31T09:00:00+08:00', endsAt: '2099-12-31T11:00:00+08:00' }],
});

const photoUpload = () => fileUpload('a.png', 'image/png', PNG_1PX);
const sheetUpload = (name: string) =>
  fileUpload('sheet.csv', 'text/csv', Buffer.from(`姓名,会员编号\n${name},0000000001\n`));

export async function setup({ api, call, db, f, services }: SetupContext): Promise<Record<string, number>> {
  const a = (await api('changping', 'POST', '/api/activities', activity(f.cp))) as { id: number };
  const b = (await api('changping', 'POST', '/api/activities', activity(f.cp, '昌平区职工观影活动'))) as {
    id: number;
  };
  const detail = (await api('changping', 'GET', `/api/activities/${a.id}`)) as { sessions: { id: number }[] };
  // 杨镇's own activity: its staff may run its door, but never record a 昌平 member there
  // a phone card's code lives minutes: the app's clock, which the door checks it by, stands still
  cpCard = (await services.card.mine(setupWorker(f.cpMember))).token;
  const c = (await api('changping', 'POST', '/api/activities', activity(f.cp, '昌平区职工读书会'))) as {
    id: number;
  };
  const cd = (await api('changping', 'GET', `/api/activities/${c.id}`)) as { sessions: { id: number }[] };
  // a finished activity of 昌平 with a photo
  const past = (await api('changping', 'POST', '/api/activities', {
    ...activity(f.cp, '昌平区职工健步走'),
    sessions: [{ startsAt: '2020-05-01T09:00:00+08:00', endsAt: '2020-05-01T11:00:00+08:00' }],
  })) as { id: number };
  const shot = await call('changping', {
    method: 'POST',
    url: `/api/activities/${past.id}/photos`,
    ...photoUpload(),
  });
  if (shot.statusCode !== 200) throw new Error(`photo upload → ${shot.statusCode} ${shot.body}`);
  // (made through the service, so that 杨镇's own audit trail holds nothing but the refused requests)
  const { rows } = await db.query<{ path: string }>('select path from orgs where id = $1', [f.yz]);
  const yzStaff = setupStaff({ id: f.yz, path: rows[0].path }, 'manager');
  const y = await services.activities.create(yzStaff, {
    ...activity(f.yz, '杨镇职工健步走'),
    kind: 'sports',
  });
  const yd = await services.activities.get(yzStaff, y.id);
  const { rows: cp } = await db.query<{ name: string }>('select name from orgs where id = $1', [f.cp]);
  registerOf.csv = `活动名称,主办工会,举办日期,报名人数,参加人数\n2019年职工健步走,${cp[0].name},2019-05-18,30,25\n`;
  return {
    actA: a.id,
    actB: b.id,
    actC: c.id,
    actPast: past.id,
    actPhoto: shot.json().id,
    actCSession: cd.sessions[0].id,
    actSession: detail.sessions[0].id,
    actYz: y.id,
    actYzSession: yd.sessions[0].id,
  };
}

let cpCard = '';
/** The register of past activities' file, naming 昌平 (written by setup). */
const registerOf = { csv: '' };
const range = { from: '2025-01-01', to: '2025-12-31' };

export const cases: Record<string, ScopeCase> = {
  'GET /api/activities': subtreeList,
  'POST /api/activities': createsFor(activity, (f) => activity(f.cpTown, '延寿镇职工趣味运动会')),
  'GET /api/activities/import/template.xlsx': unaimed,
  // 杨镇 naming 昌平 as the organiser is a row error, "no union in your subtree" (activities.register.test.ts),
  // nothing written.
  'POST /api/activities/import': scoped({
    denied: () => [],
    control: () => ({
      body: { fileName: '以往活动台账.csv', contentBase64: Buffer.from(registerOf.csv).toString('base64') },
    }),
  }),
  'GET /api/activities/stats': aimed((f) => ({ query: { orgId: f.cp, ...range } })),
  'GET /api/activities/stats.xlsx': aimed((f) => ({ query: { orgId: f.cp, ...range } })),
  'POST /api/activities/:id/photos': aimed((f) => ({ params: { id: f.ids.actPast }, ...photoUpload() })),
  'GET /api/activities/:id/photos/:photoId': aimed((f) => ({
    params: { id: f.ids.actPast, photoId: f.ids.actPhoto },
  })),
  'GET /api/me/activities/:id/photos/:photoId': self(
    (f) => ({ params: { id: f.ids.actPast, photoId: f.ids.actPhoto } }),
    notFound,
  ),
  'GET /api/activities/:id': aimed((f) => ({ params: { id: f.ids.actA } })),
  'GET /api/activities/:id/roster.xlsx': aimed((f) => ({ params: { id: f.ids.actA } })),
  'POST /api/activities/:id/cancel': aimed((f) => ({ params: { id: f.ids.actB } })),
  'POST /api/activities/:id/signups': aimed((f) => ({
    params: { id: f.ids.actA },
    body: { personIds: [f.cpMember] },
  })),
  'GET /api/activities/:id/signups/template.xlsx': aimed((f) => ({ params: { id: f.ids.actA } })),
  // a dry run (预检): it signs the sheet up and takes it back, writing nothing
  'POST /api/activities/:id/signups/import': aimed(
    (f) => ({ params: { id: f.ids.actA }, query: { dryRun: true }, ...sheetUpload(f.cpMemberName) }),
    { writes: false },
  ),
  'POST /api/activities/:id/sessions/:sessionId/checkin': scoped({
    denied: (f) => [
      { params: { id: f.ids.actA, sessionId: f.ids.actSession }, body: { personId: f.cpMember } },
      // 杨镇's own activity, a 昌平 member at its door
      { params: { id: f.ids.actYz, sessionId: f.ids.actYzSession }, body: { personId: f.cpMember } },
    ],
    control: (f) => ({
      params: { id: f.ids.actA, sessionId: f.ids.actSession },
      body: { personId: f.cpMember },
    }),
  }),
  'POST /api/activities/:id/sessions/:sessionId/checkin-card': scoped({
    denied: (f) => [
      { params: { id: f.ids.actC, sessionId: f.ids.actCSession }, body: { token: cpCard } },
      // 杨镇's own door, a 昌平 member's card
      { params: { id: f.ids.actYz, sessionId: f.ids.actYzSession }, body: { token: cpCard } },
    ],
    control: (f) => ({ params: { id: f.ids.actC, sessionId: f.ids.actCSession }, body: { token: cpCard } }),
  }),
  'GET /api/me/activities': {
    kind: 'self',
    request: () => ({}),
    check: (f, res) => {
      expect(res.statusCode).toBe(200);
      expect((res.json() as { items: { id: number }[] }).items.map((a) => a.id)).not.toContain(f.ids.actA);
    },
  },
  'POST /api/me/activities/:id/signup': self(
    (f) => ({ params: { id: f.ids.actA } }),
    refusedWith('ACTIVITY_NOT_MEMBER'),
  ),
  'POST /api/me/activities/:id/cancel': self(
    (f) => ({ params: { id: f.ids.actA } }),
    refusedWith('ACTIVITY_NOT_SIGNED_UP'),
  ),
  'GET /api/me/activities/:id/participants': self(
    (f) => ({ params: { id: f.ids.actA } }),
    refusedWith('ACTIVITY_NOT_SIGNED_UP'),
  ),
  'PUT /api/me/activities/:id/interest': self(
    (f) => ({ params: { id: f.ids.actA }, body: { signupId: 1, interested: true } }),
    refusedWith('ACTIVITY_NOT_SIGNED_UP'),
  ),
  'POST /api/me/activities/checkin': self(
    () => ({ body: { code: '000000' } }),
    refusedWith('ACTIVITY_CODE_UNKNOWN'),
  ),
};

/** Its routes answering a spreadsheet, as the administrator asks for them (test/exports.test.ts). */
export const exportRequests: ExportRequests = {
  'GET /api/activities/import/template.xlsx': () => ({}),
  'GET /api/activities/stats.xlsx': (x) => ({
    query: { orgId: x.root, from: `${x.year - 1}-01-01`, to: x.today },
  }),
  'GET /api/activities/:id/roster.xlsx': (x) => ({ params: { id: x.activity } }),
  'GET /api/activities/:id/signups/template.xlsx': (x) => ({ params: { id: x.activity } }),
};
