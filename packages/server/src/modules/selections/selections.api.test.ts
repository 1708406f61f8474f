import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/api.ts';

/**
 * The selections API as its users meet it: a judge account reaches only its own panels and never a nominee
 * of its own union; the public notice shows name, unit and deed only; objections are checked.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;
let staff: string;
let selectionId: number;
let otherId: number;
let ownNomination: number;
let idNumbers: string[];
const phones: string[] = [];
let judge: string;
let conflicted: string;

const ok = async (method: string, url: string, cookie: string | undefined, body?: unknown) => {
  const res = await t.call({ method, url, cookie, body });
  if (res.statusCode !== 200) throw new Error(`${method} ${url} → ${res.statusCode} ${res.body}`);
  return res.json();
};

async function judgeSession(username: string, orgId: number | null): Promise<string> {
  await ok('POST', `/api/selections/${selectionId}/judges`, staff, {
    username,
    displayName: '评委',
    password: 'first-pass-1',
    orgId,
  });
  const first = await t.login(username, 'first-pass-1');
  await ok('POST', '/api/auth/password', first, {
    currentPassword: 'first-pass-1',
    newPassword: 'judge-pass-9',
  });
  return t.login(username, 'judge-pass-9');
}

beforeAll(async () => {
  t = await createTestApp();
  const root = await t.ctx.newRoot();
  const district = await t.ctx.newOrg(root, 'district');
  const streetA = await t.ctx.newOrg(district, 'street');
  const grassA = await t.ctx.newOrg(streetA, 'grassroots');
  const grassB = await t.ctx.newOrg(district, 'grassroots');
  staff = await t.signInAs('manager', district);
  const create = (edition: string) =>
    ok('POST', '/api/selections', staff, {
      organiserOrgId: district.id,
      edition,
      title: '区工匠',
      year: 2026,
      nominateFrom: '2000-01-01',
      nominateUntil: '2100-12-31',
      noticeDays: 3,
      categories: [{ name: '技能', places: 1, quotaPerUnion: 3 }],
      criteria: [{ name: '业绩', weight: 100 }],
    });
  const s = await create('第一届');
  selectionId = s.id;
  otherId = (await create('第二届')).id;
  idNumbers = [];
  const nominees = [];
  for (const org of [grassA, grassB]) {
    const idNumber = t.ctx.newIdNumber();
    const phone = t.ctx.newPhone();
    idNumbers.push(idNumber);
    phones.push(phone);
    nominees.push(await t.ctx.newPerson(org, { idNumber, phone }));
  }
  const ids = [];
  for (const p of nominees) {
    ids.push(
      (
        await ok('POST', `/api/selections/${selectionId}/nominations`, staff, {
          categoryId: s.categories[0].id,
          personId: p.id,
          deed: '十年如一日坚守岗位',
        })
      ).id,
    );
  }
  ownNomination = ids[0];
  await ok('POST', `/api/selections/${selectionId}/close-nominations`, staff);
});
afterAll(async () => t?.close());

describe('a judge', () => {
  it('reaches only its panels, never a nominee of its own union, and no staff route', async () => {
    judge = await judgeSession(`jd${t.ctx.unique()}`, null);
    const nominations = await ok('GET', `/api/selections/${selectionId}/nominations`, staff);
    const own = nominations.items.find((n: { id: number }) => n.id === ownNomination);
    conflicted = await judgeSession(`jc${t.ctx.unique()}`, own.personOrgId);
    const panels = await ok('GET', '/api/judging', judge);
    expect(panels.items.map((p: { id: number }) => p.id)).toEqual([selectionId]);
    expect((await t.call({ method: 'GET', url: `/api/judging/${otherId}`, cookie: judge })).statusCode).toBe(
      404,
    );
    expect((await t.call({ method: 'GET', url: '/api/selections', cookie: judge })).statusCode).toBe(403);

    const seen = await ok('GET', `/api/judging/${selectionId}`, conflicted);
    expect(seen.nominations.map((n: { id: number }) => n.id)).not.toContain(ownNomination);
    expect(seen.nominations).toHaveLength(1);
    const criterionId = seen.criteria[0].id;
    const refused = await t.call({
      method: 'POST',
      url: `/api/judging/nominations/${ownNomination}/scores`,
      cookie: conflicted,
      body: { scores: [{ criterionId, score: 99 }] },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('SELECTION_CONFLICT_OF_INTEREST');
    expect(refused.json().error.messageZh).toContain('回避');

    const bad = await t.call({
      method: 'POST',
      url: `/api/judging/nominations/${seen.nominations[0].id}/scores`,
      cookie: judge,
      body: { scores: [{ criterionId, score: 101 }] },
    });
    expect(bad.statusCode).toBe(400);
    await ok('POST', `/api/judging/nominations/${seen.nominations[0].id}/scores`, judge, {
      scores: [{ criterionId, score: 90 }],
    });
    const again = await t.call({
      method: 'POST',
      url: `/api/judging/nominations/${seen.nominations[0].id}/scores`,
      cookie: judge,
      body: { scores: [{ criterionId, score: 10 }] },
    });
    expect(again.statusCode).toBe(409);
  });
});

describe("a judge's desk (待办)", () => {
  it('counts the nominations its panel list shows still to score, never one it is recused from', async () => {
    // the judge from outside has scored one of the two; the conflicted judge sees one (its own union's is left
    // out) and has scored none
    for (const [cookie, waiting] of [
      [judge, 1],
      [conflicted, 1],
    ] as const) {
      const panel = (await ok('GET', '/api/judging', cookie)).items.find(
        (p: { id: number }) => p.id === selectionId,
      );
      const card = (await ok('GET', '/api/todo', cookie)).items.find(
        (i: { module: string; kind: string }) => i.module === 'selections' && i.kind === 'score',
      );
      expect(panel.toScore).toBe(waiting);
      expect(card?.count).toBe(waiting);
    }
  });
});

describe('the public notice', () => {
  it('shows name, unit and deed only, and takes checked objections without a sign-in', async () => {
    const ranking = await ok('GET', `/api/selections/${selectionId}/ranking`, staff);
    const owing = ranking.categories[0].nominations.filter(
      (n: { judgesScored: number; judgesDue: number }) => n.judgesScored < n.judgesDue,
    );
    // the judge from outside has not scored the first nominee, the conflicted judge not the second
    expect(owing).toHaveLength(2);
    // the judges still owing scores leave the notice refused
    const early = await t.call({
      method: 'POST',
      url: `/api/selections/${selectionId}/notice`,
      cookie: staff,
      body: {},
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('SELECTION_SCORES_MISSING');
    const { criteria } = await ok('GET', `/api/selections/${selectionId}`, staff);
    const criterionId = criteria[0].id;
    await ok('POST', `/api/judging/nominations/${ownNomination}/scores`, judge, {
      scores: [{ criterionId, score: 70 }],
    });
    const other = (await ok('GET', `/api/judging/${selectionId}`, conflicted)).nominations[0].id;
    await ok('POST', `/api/judging/nominations/${other}/scores`, conflicted, {
      scores: [{ criterionId, score: 80 }],
    });
    await ok('POST', `/api/selections/${selectionId}/notice`, staff, {});
    const list = await ok('GET', '/api/notice/selections', undefined);
    expect(list.items.map((i: { id: number }) => i.id)).toContain(selectionId);
    const res = await t.call({ method: 'GET', url: `/api/notice/selections/${selectionId}` });
    expect(res.statusCode).toBe(200);
    const notice = res.json();
    expect(notice.entries.length).toBe(1);
    for (const e of notice.entries)
      expect(Object.keys(e).sort()).toEqual(['categoryName', 'deed', 'name', 'nominationId', 'unit']);
    for (const secret of [...idNumbers, ...phones]) expect(res.body).not.toContain(secret);
    expect(res.body).not.toMatch(/idMasked|birthDate|personId|phone/);
    const lodge = (body: unknown) =>
      t.call({ method: 'POST', url: `/api/notice/selections/${selectionId}/objections`, body });
    const valid = {
      nominationId: notice.entries[0].nominationId,
      text: '事迹不实',
      contactName: '王五',
      contactPhone: '13912345678',
    };
    expect((await lodge({ ...valid, text: '见 www.example.com' })).statusCode).toBe(400);
    expect((await lodge({ ...valid, text: 'x'.repeat(501) })).statusCode).toBe(400);
    expect((await lodge({ ...valid, contactPhone: '' })).statusCode).toBe(400);
    expect((await lodge({ ...valid, nominationId: 999999 })).statusCode).toBe(404);
    const made = await lodge(valid);
    expect(made.statusCode).toBe(200);
    expect(made.json().status).toBe('open');
    const objections = await ok('GET', `/api/selections/${selectionId}/objections`, staff);
    expect(objections.items).toMatchObject([{ text: '事迹不实', status: 'open', contactName: '王五' }]);
  });
});
