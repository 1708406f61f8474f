/**
 * A studio's projects and grants over HTTP: the list and the record route, their permission and scope, bad input
 * (a field too many, a kind unknown, a paid-outside grant without its day) and every status they answer declared.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, undeclaredAnswers } from '../../../../test/api.ts';
import type { OrgRow } from '../../org/index.ts';
import { seededChangping } from './studios.test-kit.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let staff: string;
let reviewer: string;
let outsider: string;
let studioId: number;
let district: OrgRow;

beforeAll(async () => {
  t = await createTestApp();
  const { root, district: changping } = await seededChangping(t.ctx, t.db);
  district = changping;
  const hospital = await t.ctx.newOrg(district, 'grassroots');
  staff = await t.signInAs('staff', district);
  reviewer = await t.signInAs('reviewer', district);
  outsider = await t.signInAs('staff', await t.ctx.newOrg(root, 'district'));
  const created = await t.call({
    method: 'POST',
    url: '/api/innovation/studios',
    cookie: staff,
    body: { orgId: hospital.id, name: '心血管创新工作室', foundedOn: '2016-03-01' },
  });
  studioId = created.json().id;
});
afterAll(async () => t?.close());

const grant = {
  kind: 'project',
  year: 2019,
  amountFen: 3_000_000,
  approvedOn: '2019-06-10',
  outside: true,
  paidOn: '2019-09-01',
};
const post = (cookie: string, body: unknown) =>
  t.call({ method: 'POST', url: `/api/innovation/studios/${studioId}/grants`, cookie, body });

describe('the projects and grants of a studio', () => {
  it('are recorded by staff of its union chain and listed with their days', async () => {
    expect((await post(outsider, grant)).statusCode).toBe(404); // another district's studio (ADR 72)
    expect((await post(reviewer, grant)).statusCode).toBe(403);
    const res = await post(staff, { ...grant, note: '五轴加工工艺改进' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ applicationId: null });
    expect((await post(staff, grant)).statusCode).toBe(409);

    const list = await t.call({
      method: 'GET',
      url: `/api/innovation/studios/${studioId}/grants`,
      cookie: staff,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({
        kind: 'project',
        year: 2019,
        amountFen: 3_000_000,
        approvedOn: '2019-06-10',
        paidOn: '2019-09-01',
        outside: true,
        note: '五轴加工工艺改进',
      }),
    ]);
    expect(list.json().kinds.map((k: { kind: string }) => k.kind)).toEqual([
      'project',
      'support',
      'city',
      'city_demonstration',
      'expert_fees',
      'mentoring',
    ]);
    const away = await t.call({
      method: 'GET',
      url: `/api/innovation/studios/${studioId}/grants`,
      cookie: outsider,
    });
    expect(away.statusCode).toBe(404);
    const stats = await t.call({
      method: 'GET',
      url: `/api/innovation/studios/stats?orgId=${district.id}&fromYear=2019&toYear=2019`,
      cookie: staff,
    });
    expect(stats.json()).toMatchObject({
      projects: 1,
      subsidiesPaidFen: 3_000_000,
      subsidiesPaidOutsideFen: 3_000_000,
    });
  });

  it('refuses bad input with the field named', async () => {
    const extra = await post(staff, {
      ...grant,
      year: 2018,
      approvedOn: '2018-06-10',
      paidOn: '2018-07-01',
      x: 1,
    });
    expect(extra.statusCode).toBe(400);
    expect((await post(staff, { ...grant, kind: 'expert_fee' })).statusCode).toBe(400);
    expect((await post(staff, { ...grant, amountFen: 0 })).statusCode).toBe(400);
    const noDay = await post(staff, { ...grant, year: 2018, approvedOn: '2018-06-10', paidOn: null });
    expect(noDay.statusCode).toBe(400);
    expect(noDay.json().error).toMatchObject({ code: 'STUDIO_GRANT_INVALID', details: { field: 'paidOn' } });
    const missing = await t.call({
      method: 'POST',
      url: '/api/innovation/studios/999999999/grants',
      cookie: staff,
      body: grant,
    });
    expect(missing.statusCode).toBe(404);
  });

  it('declares every status the routes answered', async () => {
    const spec = (await t.call({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(undeclaredAnswers(t.answered, spec)).toEqual([]);
  });
});
