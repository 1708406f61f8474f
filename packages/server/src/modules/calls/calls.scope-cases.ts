import { expect } from 'vitest';
import { pngOf } from '../../../test/card-png.ts';
import {
  aimed,
  createsFor,
  fileUpload,
  notFound,
  refusedWith,
  scoped,
  self,
  subtreeList,
} from '../../../test/scope-cases/kit.ts';
import type { ExportRequests, Req, ScopeCase, SetupContext } from '../../../test/scope-cases/types.ts';

/**
 * Scope cases for calls for works: 昌平's call, its works and pictures are reached only from 昌平's subtree (or
 * from the unions below it, for their members' works); a worker sends works only to calls offered to their own
 * union (the demo worker is under 杨镇); the public gallery is public and holds nothing personal.
 */
const call = (orgId: number, title = '昌平区职工安全感言征集') => ({
  orgId,
  title,
  // a window wide enough to hold whatever day the suite runs on
  opensOn: '2020-01-01',
  closesOn: '2099-12-31',
  perWorker: 100,
  gallery: 'public',
  categories: [
    { name: '安全感言', kind: 'text' },
    { name: '安全漫画', kind: 'image' },
  ],
});

/** A one-file multipart upload (field `file`): a PNG with a text chunk, which is stripped. */
function picture(): Pick<Req, 'payload' | 'headers'> {
  const png = pngOf([
    ['tEXt', Buffer.from('Comment\0at home', 'latin1')],
    ['IEND', Buffer.alloc(0)],
  ]);
  return fileUpload('漫画.png', 'image/png', png);
}

export async function setup({ api, call: raw, f }: SetupContext): Promise<Record<string, number>> {
  const a = (await api('changping', 'POST', '/api/activities/calls', call(f.cp))) as { id: number };
  const b = (await api('changping', 'POST', '/api/activities/calls', call(f.cp, '昌平区职工漫画征集'))) as {
    id: number;
  };
  const detail = (await api('changping', 'GET', `/api/activities/calls/${a.id}`)) as {
    categories: { id: number }[];
  };
  const [text, image] = detail.categories.map((k) => k.id);
  const work = (body: Record<string, unknown>) =>
    api('changping', 'POST', `/api/activities/calls/${a.id}/works`, body) as Promise<{ id: number }>;
  const w1 = await work({ personId: f.cpMember, categoryId: text, body: '安全是最好的福利' });
  const w2 = await work({ personId: f.cpMember2, categoryId: text, body: '多看一眼，安全保险' });
  await api('changping', 'POST', `/api/activities/calls/works/${w2.id}/review`, { decision: 'pass' });
  const res = await raw('changping', {
    method: 'POST',
    url: `/api/activities/calls/${a.id}/works/file?personId=${f.cpMember}&categoryId=${image}&title=巡检路上`,
    ...picture(),
  });
  if (res.statusCode !== 200) throw new Error(`work upload → ${res.statusCode} ${res.body}`);
  return {
    callA: a.id,
    callB: b.id,
    callText: text,
    callImage: image,
    callWork: w1.id,
    callPassed: w2.id,
    callPicture: res.json().id,
  };
}

const range = { from: '2025-01-01', to: '2025-12-31' };
const staffWork = (f: { cpMember: number; ids: Record<string, number> }) => ({
  personId: f.cpMember,
  categoryId: f.ids.callText,
  body: '班前讲安全，班后无事故',
});

export const cases: Record<string, ScopeCase> = {
  'GET /api/activities/calls': subtreeList,
  'POST /api/activities/calls': createsFor(call, (f) => call(f.cpTown, '延寿镇职工书法征集')),
  'GET /api/activities/calls/stats': scoped({
    denied: (f) => [{ query: { orgId: f.cp, ...range } }, { query: { callId: f.ids.callA, ...range } }],
    control: (f) => ({ query: { orgId: f.cp, callId: f.ids.callA, ...range } }),
  }),
  'GET /api/activities/calls/stats.xlsx': aimed((f) => ({ query: { orgId: f.cp, ...range } })),
  'GET /api/activities/calls/:id': aimed((f) => ({ params: { id: f.ids.callA } })),
  'GET /api/activities/calls/:id/works': aimed((f) => ({ params: { id: f.ids.callA } })),
  'POST /api/activities/calls/:id/works': aimed((f) => ({ params: { id: f.ids.callA }, body: staffWork(f) })),
  'POST /api/activities/calls/:id/works/file': aimed((f) => ({
    params: { id: f.ids.callA },
    query: { personId: f.cpMember, categoryId: f.ids.callImage },
    ...picture(),
  })),
  'POST /api/activities/calls/works/:workId/review': aimed((f) => ({
    params: { workId: f.ids.callWork },
    body: { decision: 'pass' },
  })),
  'POST /api/activities/calls/works/:workId/result': scoped({
    denied: (f) => [{ params: { workId: f.ids.callPassed }, body: { result: 'exhibit' } }],
    control: (f) => ({ params: { workId: f.ids.callPassed }, body: { result: 'exhibit', score: 88.5 } }),
  }),
  'GET /api/activities/calls/works/:workId/file': aimed((f) => ({ params: { workId: f.ids.callPicture } })),
  'POST /api/activities/calls/:id/publish': aimed((f) => ({ params: { id: f.ids.callB }, body: {} })),
  'GET /api/me/calls': {
    kind: 'self',
    request: () => ({}),
    check: (f, res) => {
      expect(res.statusCode).toBe(200);
      expect((res.json() as { items: { id: number }[] }).items.map((c) => c.id)).not.toContain(f.ids.callA);
    },
  },
  'POST /api/me/calls/:id/works': self(
    (f) => ({ params: { id: f.ids.callA }, body: { categoryId: f.ids.callText, body: '安全' } }),
    refusedWith('CALL_NOT_MEMBER'),
  ),
  'POST /api/me/calls/:id/works/file': self(
    (f) => ({ params: { id: f.ids.callA }, query: { categoryId: f.ids.callImage }, ...picture() }),
    refusedWith('CALL_NOT_MEMBER'),
  ),
  'GET /api/me/calls/:id/gallery': self(
    (f) => ({ params: { id: f.ids.callA } }),
    refusedWith('CALL_GALLERY_CLOSED'),
  ),
  'GET /api/me/calls/works/:workId/file': self((f) => ({ params: { workId: f.ids.callPicture } }), notFound),
  'GET /api/public/calls': { kind: 'public' },
  'GET /api/public/calls/:id': { kind: 'public' },
  'GET /api/public/calls/:id/works/:workId/file': { kind: 'public' },
};

/** Its routes answering a spreadsheet, as the administrator asks for them (test/exports.test.ts). */
export const exportRequests: ExportRequests = {
  'GET /api/activities/calls/stats.xlsx': (x) => ({
    query: { orgId: x.root, from: `${x.year - 1}-01-01`, to: x.today },
  }),
};
