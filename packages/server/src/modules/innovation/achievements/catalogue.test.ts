import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../../test/api.ts';
import type { TestContext } from '../../../../test/factories.ts';
import { multipart } from '../../../../test/multipart.ts';
import type { Actor } from '../../../access/access.ts';
import type { OrgRow } from '../../org/index.ts';
import { snippetOf } from './catalogue.search.ts';
import { hasLink, LEADS_PER_ADDRESS } from './catalogue.service.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let ctx: TestContext;
let staff: Actor;
let outsider: Actor;
let districtOrg: OrgRow;
let published: number;
let draft: number;
const team: { name: string; idNumber: string; phone: string }[] = [];

beforeAll(async () => {
  t = await createTestApp();
  ctx = t.ctx;
  const root = await ctx.newRoot();
  const district = await ctx.newOrg(root, 'district', `昌平测试区总工会${ctx.unique()}`);
  const other = await ctx.newOrg(root, 'district');
  const firm = await ctx.newOrg(district, 'grassroots');
  staff = ctx.actor('staff', district);
  districtOrg = district;
  outsider = ctx.actor('staff', other);
  const studio = await ctx.newStudio(firm, { name: '王师傅电力创新工作室', industry: '电力' });
  const ids: number[] = [];
  for (let i = 0; i < 2; i++) {
    // ending in X: the answers hold four-digit runs of their own (ids, years, the random hex of union names), and
    // the last four of an ID number ending in a digit matched one by chance about once in 1,200 runs
    let idNumber = ctx.newIdNumber();
    while (!idNumber.endsWith('X')) idNumber = ctx.newIdNumber();
    const person = { name: `发明人${ctx.unique().slice(0, 4)}`, idNumber, phone: ctx.newPhone() };
    team.push(person);
    ids.push((await ctx.newPerson(firm, person)).id);
  }
  const svc = ctx.services.innovation.achievements;
  const make = async (
    title: string,
    abstract: string,
    type: 'technical_innovation' | 'software',
    year: number,
  ) =>
    (await svc.createAchievement(staff, { studioId: studio.id, title, abstract, type, year, team: ids })).id;
  published = await make(
    '变压器绕组在线测温装置',
    '针对变压器绕组过热的问题，研制光纤在线测温装置，实现过热早预警。',
    'technical_innovation',
    2023,
  );
  const second = await make(
    '配电柜巡检小程序',
    '巡检人员用手机记录配电柜温度，变压器数据自动汇总。',
    'software',
    2024,
  );
  const third = await make(
    '电缆接头防潮工具',
    '电缆接头在雨季受潮，新工具缩短处理时间。',
    'technical_innovation',
    2024,
  );
  draft = await make('变压器油色谱分析方法', '尚未发布的变压器成果。', 'technical_innovation', 2024);
  for (const id of [published, second, third]) await svc.publishAchievement(staff, id);
}, 120_000);
afterAll(async () => t?.close());

const search = async (query: string) => {
  const res = await t.call({ method: 'GET', url: `/api/public/achievements?${query}` });
  expect(res.statusCode).toBe(200);
  return res.json();
};

describe('the public catalogue', () => {
  it('finds a word of the abstract, ranks title matches first, highlights it and counts facets', async () => {
    const r = await search(`q=${encodeURIComponent('变压器')}`);
    expect(r.total).toBe(2);
    expect(r.items.map((i: { id: number }) => i.id)).toEqual([published, expect.any(Number)]);
    expect(r.items[0]).toMatchObject({
      studio: '王师傅电力创新工作室',
      year: 2023,
      type: 'technical_innovation',
    });
    expect(r.items[0].snippet).toContain('<mark>变压器</mark>');
    expect(r.facets.type).toEqual(
      expect.arrayContaining([
        { value: 'technical_innovation', label: 'technical_innovation', count: 1 },
        { value: 'software', label: 'software', count: 1 },
      ]),
    );
    expect(r.facets.year.map((f: { value: string }) => f.value).sort()).toEqual(['2023', '2024']);
    expect(r.facets.region[0].label).toMatch(/^昌平测试区总工会/);
  });

  it('needs every word, filters by facet (each facet ignoring its own filter) and never shows a draft', async () => {
    expect((await search(`q=${encodeURIComponent('变压器 过热')}`)).total).toBe(1);
    expect((await search(`q=${encodeURIComponent('油色谱')}`)).total).toBe(0);
    const filtered = await search(`q=${encodeURIComponent('变压器')}&type=software`);
    expect(filtered.items.map((i: { type: string }) => i.type)).toEqual(['software']);
    expect(filtered.facets.type).toHaveLength(2);
    const browse = await search('year=2024');
    expect(browse.items.map((i: { id: number }) => i.id)).not.toContain(draft);
    expect(browse.total).toBe(2);
    const missing = await t.call({ method: 'GET', url: `/api/public/achievements/${draft}` });
    expect(missing.statusCode).toBe(404);
  });

  it('answers nothing personal about the team', async () => {
    const answers = [
      (await t.call({ method: 'GET', url: `/api/public/achievements?q=${encodeURIComponent('变压器')}` }))
        .body,
      (await t.call({ method: 'GET', url: '/api/public/achievements' })).body,
      (await t.call({ method: 'GET', url: `/api/public/achievements/${published}` })).body,
    ];
    for (const body of answers) {
      for (const p of team) {
        expect(body).not.toContain(p.name);
        expect(body).not.toContain(p.idNumber);
        expect(body).not.toContain(p.idNumber.slice(-4));
        expect(body).not.toContain(p.phone);
      }
      expect(body).not.toMatch(/personId|idMasked|phone|team/);
    }
  });

  it('snippets escape the text and mark only the matched words', () => {
    expect(snippetOf('<b>变压器</b> 测温', ['变压器'])).toBe('&lt;b&gt;<mark>变压器</mark>&lt;/b&gt; 测温');
    expect(snippetOf(`${'一'.repeat(50)}变压器`, ['变压器'], 30).startsWith('…')).toBe(true);
  });
});

describe('contact requests', () => {
  const ask = (body: unknown, id = published) =>
    t.call({ method: 'POST', url: `/api/public/achievements/${id}/contact`, body });
  const lead = {
    organisation: '北京某电气设备有限公司',
    contact: '张经理 13912345678',
    need: '希望引进在线测温装置',
  };

  it('refuse links and over-long text, naming the field', async () => {
    expect(hasLink('见 www.example.com')).toBe(true);
    expect(hasLink('邮箱 zhang@example.com')).toBe(false);
    const link = await ask({ ...lead, need: '详情见 https://spam.example/x' });
    expect(link.statusCode).toBe(400);
    expect(link.json().error).toMatchObject({ code: 'LEAD_LINK_REFUSED', details: { field: 'need' } });
    const long = await ask({ ...lead, organisation: '长'.repeat(101) });
    expect(long.json().error).toMatchObject({ code: 'LEAD_TOO_LONG', details: { field: 'organisation' } });
    expect((await ask({ ...lead, contact: '   ' })).json().error.code).toBe('LEAD_FIELD_REQUIRED');
    expect((await ask(lead, draft)).statusCode).toBe(404);
  });

  it('reach the studio union as leads its staff list, and are limited per address', async () => {
    // The request for a draft above was counted too: 1 + 4 reach the limit, the next one is refused.
    for (let i = 1; i < LEADS_PER_ADDRESS; i++) expect((await ask(lead)).statusCode).toBe(200);
    const throttled = await ask(lead);
    expect(throttled.statusCode).toBe(429);
    expect(throttled.json().error.code).toBe('LEAD_THROTTLED');
    const leads = await ctx.services.innovation.catalogue.listLeads(staff, {});
    expect(leads.total).toBe(LEADS_PER_ADDRESS - 1);
    expect(leads.items[0]).toMatchObject({
      achievementId: published,
      organisation: lead.organisation,
      status: 'new',
    });
    expect((await ctx.services.innovation.catalogue.listLeads(outsider, {})).total).toBe(0);
    await expect(
      ctx.services.innovation.catalogue.handleLead(outsider, leads.items[0].id),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await ctx.services.innovation.catalogue.handleLead(staff, leads.items[0].id);
    expect((await ctx.services.innovation.catalogue.listLeads(staff, { status: 'handled' })).total).toBe(1);
  });
});

describe('attachments', () => {
  const upload = (name: string, body = '%PDF-1.4 drawing') =>
    t.call({
      method: 'POST',
      url: `/api/innovation/achievements/${published}/attachments`,
      cookie: staffCookie,
      ...multipart(name, Buffer.from(body)),
    });
  let staffCookie: string;
  beforeAll(async () => {
    staffCookie = await t.signInAs('staff', districtOrg);
  });

  it('keep a file with the achievement for staff, never in the public answers', async () => {
    const res = await upload('测温装置图纸.pdf');
    expect(res.statusCode).toBe(200);
    const { id } = res.json();
    const detail = await ctx.services.innovation.achievements.getAchievement(staff, published);
    expect(detail.attachments).toEqual([
      { id, fileName: '测温装置图纸.pdf', mime: 'application/pdf', size: 16, public: false },
    ]);
    const file = await t.call({
      method: 'GET',
      url: `/api/innovation/achievements/${published}/attachments/${id}`,
      cookie: staffCookie,
    });
    expect(file.body).toBe('%PDF-1.4 drawing');
    await expect(
      ctx.services.innovation.attachments.getAttachment(outsider, published, id),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const pub = await t.call({ method: 'GET', url: `/api/public/achievements/${published}` });
    expect(pub.body).not.toContain('测温装置图纸');
  });

  it('refuse a file of another type, naming the field', async () => {
    const res = await upload('run.exe', 'MZ');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'ATTACHMENT_INVALID', details: { field: 'file' } });
  });
});
