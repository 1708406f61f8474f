/**
 * The catalogue finds an achievement by its labels too (ADR 15): its studio's and union's names, its type's and
 * patent's labels and its industry, at the lowest weight — so a visitor's first searches (创新, 专利, a studio's
 * name) find what they expect; a renamed studio's or union's achievements are found by the new name; migration 010
 * gives the rows written before it their labels.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/api.ts';
import type { TestContext } from '../../../../test/factories.ts';
import type { Actor } from '../../../access/access.ts';
import type { Db } from '../../../db/db.ts';
import { splitStatements } from '../../../db/migrate.ts';
import type { OrgRow } from '../../org/index.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let db: Db;
let ctx: TestContext;
let district: OrgRow;
let firm: OrgRow;
let staff: Actor;
let region: number;
let hospitalStudio: number;
let otherStudio: number;
const id: Record<'rotablation' | 'ivus' | 'patent' | 'other', number> = {
  rotablation: 0,
  ivus: 0,
  patent: 0,
  other: 0,
};

beforeAll(async () => {
  t = await createTestApp();
  db = t.db;
  ctx = t.ctx;
  const root = await ctx.newRoot();
  district = await ctx.newOrg(root, 'district', `标签测试区总工会${ctx.unique()}`);
  region = district.id;
  const hospital = await ctx.newOrg(district, 'grassroots', `标签测试区医院工会${ctx.unique()}`);
  firm = await ctx.newOrg(district, 'grassroots', `标签测试机械有限公司工会${ctx.unique()}`);
  staff = ctx.actor('staff', district);
  hospitalStudio = (await ctx.newStudio(hospital, { name: '孙礼玲创新工作室', industry: '医疗卫生' })).id;
  otherStudio = (await ctx.newStudio(firm, { name: '钳工攻关组', industry: '制造业' })).id;
  const team = [(await ctx.newPerson(hospital)).id];
  const fitters = [(await ctx.newPerson(firm)).id];
  const svc = ctx.services.innovation.achievements;
  const make = async (studioId: number, title: string, abstract: string, extra: object = {}) => {
    const a = await svc.createAchievement(staff, {
      studioId,
      title,
      abstract,
      type: 'technical_innovation',
      year: 2020,
      team: studioId === hospitalStudio ? team : fitters,
      ...extra,
    });
    await svc.publishAchievement(staff, a.id);
    return a.id;
  };
  id.rotablation = await make(
    hospitalStudio,
    '冠状动脉内旋磨术的开展与应用',
    '磨除钙化斑块，为支架植入创造条件。',
  );
  id.ivus = await make(hospitalStudio, '血管内超声指导介入治疗', '观察斑块性质和支架贴壁情况。');
  id.patent = await make(otherStudio, '钻床夹紧装置', '一种快速夹紧工件的装置。', {
    type: 'invention_patent',
    patent: { type: 'invention', number: `ZL2020${ctx.unique()}.1`, grantedOn: '2020-06-01' },
  });
  id.other = await make(otherStudio, '钳工划线样板', '划线效率提高一倍。');
}, 120_000);
afterAll(async () => t?.close());

/** The ids the catalogue finds for the query, in the test's district only (other files share the database). */
const find = async (q: string) => {
  const r = await ctx.services.innovation.catalogue.search({ q, region, pageSize: 50 });
  return r.items.map((i: { id: number }) => i.id).sort((a: number, b: number) => a - b);
};
const sorted = (...ids: number[]) => [...ids].sort((a, b) => a - b);

describe('the catalogue searches the labels of an achievement', () => {
  it('finds studios by 创新, patents by 专利, the seed work by 冠状动脉 and a studio by its name', async () => {
    expect(await find('创新')).toEqual(sorted(id.rotablation, id.ivus));
    expect(await find('专利')).toEqual([id.patent]);
    expect(await find('发明专利')).toEqual([id.patent]);
    expect(await find('冠状动脉')).toEqual([id.rotablation]);
    expect(await find('旋磨术')).toEqual([id.rotablation]);
    expect(await find('血管内超声')).toEqual([id.ivus]);
    expect(await find('孙礼玲创新工作室')).toEqual(sorted(id.rotablation, id.ivus));
    expect(await find('孙礼玲')).toEqual(sorted(id.rotablation, id.ivus));
    // the union's name, the industry and the type's label
    expect(await find('医院')).toEqual(sorted(id.rotablation, id.ivus));
    expect(await find('医疗卫生')).toEqual(sorted(id.rotablation, id.ivus));
    expect(await find('技术革新')).toEqual(sorted(id.rotablation, id.ivus, id.other));
  });

  it('ranks an achievement whose title holds the word above one whose labels hold it', async () => {
    const r = await ctx.services.innovation.catalogue.search({ q: '钳工', region });
    expect(r.items.map((i: { id: number }) => i.id)[0]).toBe(id.other);
    expect(r.total).toBe(2);
  });

  it('re-indexes a renamed studio’s achievements in the rename’s transaction, keeping their text', async () => {
    await ctx.services.innovation.studios.update(staff, otherStudio, { name: '王强钳工创新工作室' });
    expect(await find('创新')).toEqual(sorted(id.rotablation, id.ivus, id.patent, id.other));
    expect(await find('王强')).toEqual(sorted(id.patent, id.other));
    expect(await find('攻关组')).toEqual([]);
    expect(await find('划线样板')).toEqual([id.other]);
    expect(await find('专利')).toEqual([id.patent]);
  });

  it('re-indexes a renamed union’s achievements in the rename’s transaction (PATCH /api/orgs/:id)', async () => {
    const cookie = await t.signInAs('staff', district);
    expect(await find(firm.name)).toEqual(sorted(id.patent, id.other));
    expect(await find('机械')).toEqual(sorted(id.patent, id.other));
    const name = `标签测试精工集团工会${ctx.unique()}`;
    const res = await t.call({ method: 'PATCH', url: `/api/orgs/${firm.id}`, cookie, body: { name } });
    expect(res.statusCode).toBe(200);
    expect(await find(name)).toEqual(sorted(id.patent, id.other));
    expect(await find('精工')).toEqual(sorted(id.patent, id.other));
    expect(await find(firm.name)).toEqual([]);
    expect(await find('机械')).toEqual([]);
    // their texts and their studio's name stay found; the other union's achievements are untouched
    expect(await find('划线样板')).toEqual([id.other]);
    expect(await find('王强')).toEqual(sorted(id.patent, id.other));
    expect(await find('医院')).toEqual(sorted(id.rotablation, id.ivus));
  });

  it('gives the rows written before migration 010 their labels', async () => {
    await db.query(
      `update innovation_achievements set search = ts_filter(search, '{a,b,c}') where id = any($1::bigint[])`,
      [Object.values(id)],
    );
    expect(await find('创新')).toEqual([]);
    const file = new URL('../migrations/010_search_labels.sql', import.meta.url);
    await db.tx(async (sql) => {
      for (const statement of splitStatements(readFileSync(file, 'utf8'))) await sql.query(statement);
    });
    expect(await find('创新')).toEqual(sorted(id.rotablation, id.ivus, id.patent, id.other));
    expect(await find('专利')).toEqual([id.patent]);
    expect(await find('孙礼玲创新工作室')).toEqual(sorted(id.rotablation, id.ivus));
    expect(await find('医院')).toEqual(sorted(id.rotablation, id.ivus));
    expect(await find('冠状动脉')).toEqual([id.rotablation]);
  });
});
