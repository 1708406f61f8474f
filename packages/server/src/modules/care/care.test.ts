import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/test-db.ts';
import type { Db } from '../../db/db.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import { sumCounts } from '../reporting/index.ts';
import { CARE_SUBJECTS } from './care.counts.ts';
import { type CareWorld, createCareWorld } from './care.test-kit.ts';
import { visitsOfPersons } from './index.ts';

/** Campaigns, stock, visits with goods and grants, confirmation, the report against raw rows. */
let db: Db;
let w: CareWorld;

beforeAll(async () => {
  db = await createTestDb();
  w = await createCareWorld(db);
});
afterAll(() => db.close());

const personVisit = (campaignId: number, orgId: number, personId: number, extra = {}) => ({
  campaignId,
  orgId,
  recipientKind: 'person' as const,
  personId,
  visitedOn: '2021-12-20',
  visitors: '工会主席 张强',
  goods: [],
  ...extra,
});

describe('campaigns and stock', () => {
  it('creates a campaign with steps; its stock shows what was received', async () => {
    const { campaign, apples } = await w.newCampaign();
    const detail = await w.care.campaigns.getCampaign(w.staff(w.district), campaign.id);
    expect(detail.steps).toEqual([
      expect.objectContaining({ kind: 'visits', title: '走访慰问困难职工', budgetFen: 5_000_000 }),
    ]);
    expect(detail.stock.find((s) => s.id === apples.id)).toMatchObject({ received: 1000, left: 1000 });
    expect(detail.grantsOffered).toBe(true);
    const list = await w.care.campaigns.listCampaigns(w.staff(w.town), { year: 2022 });
    expect(list.items.map((c) => c.id)).toContain(campaign.id);
  });

  it('tells a union below the one running a campaign that it may neither correct it, stock it nor read its report', async () => {
    const { campaign } = await w.newCampaign(w.district);
    const own = await w.care.campaigns.getCampaign(w.staff(w.district), campaign.id);
    expect(own).toMatchObject({ mayManage: true, mayReport: true });
    const below = await w.care.campaigns.getCampaign(w.staff(w.town), campaign.id);
    expect(below).toMatchObject({ mayManage: false, mayReport: false });
    await expect(
      w.care.campaigns.editCampaign(w.staff(w.town), campaign.id, { note: '改' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(w.care.report.getReport(w.staff(w.town), campaign.id, {})).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const reader = await w.care.campaigns.getCampaign(w.reviewer(w.district), campaign.id);
    expect(reader).toMatchObject({ mayManage: false, mayReport: true });
  });

  it('keeps another subtree out and refuses a campaign ending before it starts', async () => {
    const { campaign } = await w.newCampaign();
    await expect(w.care.campaigns.getCampaign(w.staff(w.other), campaign.id)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const list = await w.care.campaigns.listCampaigns(w.staff(w.other), {});
    expect(list.items.map((c) => c.id)).not.toContain(campaign.id);
    await expect(
      w.care.campaigns.createCampaign(w.staff(w.town), {
        orgId: w.town.id,
        title: '倒置',
        startsOn: '2022-01-31',
        endsOn: '2021-12-01',
        budgetFen: 0,
        steps: [],
      }),
    ).rejects.toMatchObject({ code: 'CARE_INVALID', details: { field: 'endsOn' } });
  });
});

describe('visits', () => {
  it('a visit to a member hands goods out of stock and opens the grant; it is confirmed once', async () => {
    const { campaign, apples, vests } = await w.newCampaign();
    const p = await w.ctx.newPerson(w.grass);
    const v = await w.care.visits.logVisit(
      w.staff(w.grass),
      personVisit(campaign.id, w.grass.id, p.id, {
        goods: [
          { stockId: apples.id, quantity: 10 },
          { stockId: vests.id, quantity: 1 },
        ],
        grantFen: 80_000,
      }),
    );
    expect(v).toMatchObject({ recipient: p.name, people: 1, grantFen: 80_000, confirmedAt: null });
    expect(v.goods).toEqual([
      { item: '苹果', unit: '斤', quantity: 10 },
      { item: '棉马甲', unit: '件', quantity: 1 },
    ]);
    const detail = await w.care.visits.getVisit(w.staff(w.town), v.id);
    expect(detail.grant).toMatchObject({ status: 'submitted', amountFen: 80_000, paidFen: 0 });
    const stock = (await w.care.campaigns.getCampaign(w.staff(w.town), campaign.id)).stock;
    expect(stock.find((s) => s.id === apples.id)).toMatchObject({ delivered: 10, left: 990 });

    const worker = { ...w.ctx.actor('worker', null, p.id), userId: 7 };
    const mine = await w.care.confirm.myVisits(worker);
    expect(mine.items).toEqual([expect.objectContaining({ id: v.id, grantFen: 80_000, confirmedAt: null })]);
    expect(mine.total).toBe(1);
    await w.care.confirm.confirmMine(worker, v.id);
    await expect(w.care.confirm.confirmMine(worker, v.id)).rejects.toMatchObject({
      code: 'CARE_VISIT_CONFIRMED',
    });
    const someoneElse = { ...w.ctx.actor('worker', null, (await w.ctx.newPerson(w.grass)).id), userId: 8 };
    await expect(w.care.confirm.confirmMine(someoneElse, v.id)).rejects.toMatchObject({
      code: 'CARE_VISIT_NOT_FOUND',
    });
    expect((await w.care.visits.getVisit(w.staff(w.town), v.id)).visit.confirmedHow).toBe('recipient');
  });

  it('the grant is approved up the chain and paid through one payment batch, never twice', async () => {
    const { campaign } = await w.newCampaign();
    const p = await w.ctx.newPerson(w.grass);
    const v = await w.care.visits.logVisit(
      w.staff(w.grass),
      personVisit(campaign.id, w.grass.id, p.id, { grantFen: 50_000 }),
    );
    const { grant } = await w.care.visits.getVisit(w.staff(w.grass), v.id);
    const programs = w.ctx.services.programs;
    await programs.review(w.reviewer(w.town), grant?.applicationId as number, 'approve', {});
    await programs.review(w.reviewer(w.district), grant?.applicationId as number, 'approve', {});
    const { rows } = await db.query<{ programId: number }>(
      'select program_id as "programId" from applications where id = $1',
      [grant?.applicationId],
    );
    const clerk = w.staff(w.district);
    // the ledger pays the union, and says whom the grant is for, as the review queue does
    const { items } = await programs.ledger(clerk, { programId: rows[0].programId });
    expect(items.find((e) => e.applicationId === grant?.applicationId)).toMatchObject({
      personName: null,
      orgId: w.grass.id,
      about: `走访慰问：${p.name}`,
    });
    const batch = await programs.createBatch(clerk, { programId: rows[0].programId, orgId: w.district.id });
    expect(batch.totalFen).toBe(50_000);
    // and so does the batch paying it
    expect((await programs.paymentBatch(clerk, batch.id)).items).toMatchObject([
      { personName: null, about: `走访慰问：${p.name}` },
    ]);
    await programs.markPaid(clerk, batch.id, '2022-01 走访慰问金');
    await expect(
      programs.createBatch(clerk, { programId: rows[0].programId, orgId: w.district.id }),
    ).rejects.toMatchObject({ code: 'PAYMENT_NOTHING_TO_PAY' });
    expect((await w.care.visits.getVisit(w.staff(w.grass), v.id)).grant).toMatchObject({
      status: 'approved',
      paidFen: 50_000,
    });
    const report = await w.care.report.getReport(w.staff(w.town), campaign.id);
    expect(report.grants).toEqual({ approved: 1, paidFen: 50_000, loggedFen: 50_000 });
    // the export holds every figure the page shows and its 说明 sheet explains, the grants logged among them
    const book = await w.care.report.exportReport(w.staff(w.town), campaign.id);
    const sheet = await readSheet(book.buffer, 'report.xlsx', { isHeader: (c) => c[0] === '项目' });
    const figures = Object.fromEntries(sheet.rows.map((r) => [r.cells[0], r.cells[1]]));
    expect(figures).toMatchObject({
      '走访单位（家）': '0',
      '慰问金已发放（元）': '500',
      '慰问金（登记，元）': '500',
    });
  });

  it('refuses what is not in stock, a person outside the union, a grant to a unit, a day outside the campaign', async () => {
    const { campaign, vests } = await w.newCampaign();
    const p = await w.ctx.newPerson(w.grass);
    const outsider = await w.ctx.newPerson(w.other);
    const staff = w.staff(w.town);
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ goods: [{ stockId: vests.id, quantity: 6 }] }, 'CARE_STOCK_SHORT', 'goods.0.quantity'],
      [{ goods: [{ stockId: 999_999_999, quantity: 1 }] }, 'CARE_STOCK_NOT_FOUND', 'goods.0.stockId'],
      [{ personId: outsider.id }, 'CARE_PERSON_NOT_FOUND', 'personId'],
      [{ visitedOn: '2022-03-01' }, 'CARE_INVALID', 'visitedOn'],
      [
        { recipientKind: 'enterprise', personId: null, unitName: '某企业', people: 30, grantFen: 100 },
        'CARE_INVALID',
        'grantFen',
      ],
      [{ recipientKind: 'enterprise', personId: null, unitName: '某企业' }, 'CARE_INVALID', 'people'],
    ];
    for (const [bad, code, field] of cases)
      await expect(
        w.care.visits.logVisit(staff, { ...personVisit(campaign.id, w.town.id, p.id), ...bad }),
      ).rejects.toMatchObject({ code, details: { field } });
    const { rows } = await db.query(`select 1 from care_visits where campaign_id = $1`, [campaign.id]);
    expect(rows).toHaveLength(0);
    const left = (await w.care.campaigns.getCampaign(staff, campaign.id)).stock.find(
      (s) => s.id === vests.id,
    );
    expect(left).toMatchObject({ delivered: 0, left: 5 });
  });

  it('concurrent deliveries never take the stock below zero', async () => {
    const { campaign, vests } = await w.newCampaign();
    const people = await Promise.all(Array.from({ length: 8 }, () => w.ctx.newPerson(w.grass)));
    const results = await Promise.allSettled(
      people.map((p) =>
        w.care.visits.logVisit(
          w.staff(w.grass),
          personVisit(campaign.id, w.grass.id, p.id, { goods: [{ stockId: vests.id, quantity: 1 }] }),
        ),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    for (const r of results.filter((x) => x.status === 'rejected'))
      expect((r as PromiseRejectedResult).reason).toMatchObject({ code: 'CARE_STOCK_SHORT' });
    const { rows } = await db.query<{ moved: number; delivered: number; visits: number }>(
      `select (select coalesce(sum(quantity), 0)::int from care_stock_moves where stock_id = $1 and kind = 'delivery') as moved,
              (select delivered::int from care_stock where id = $1) as delivered,
              (select count(*)::int from care_visits where campaign_id = $2) as visits`,
      [vests.id, campaign.id],
    );
    expect(rows[0]).toEqual({ moved: 5, delivered: 5, visits: 5 });
  });
});

describe('the report and other modules’ reads', () => {
  it('reads visits, people and goods from the counts, equal to the raw rows', async () => {
    const { campaign, apples, vests } = await w.newCampaign();
    const a = await w.ctx.newPerson(w.grass);
    const b = await w.ctx.newPerson(w.grass);
    const staff = w.staff(w.town);
    await w.care.visits.logVisit(
      staff,
      personVisit(campaign.id, w.grass.id, a.id, { goods: [{ stockId: vests.id, quantity: 1 }] }),
    );
    await w.care.visits.logVisit(staff, personVisit(campaign.id, w.town.id, b.id));
    for (const [unitName, people, q] of [
      ['北京测试科技有限公司', 120, 300],
      ['北京测试商贸有限公司', 80, 200],
    ] as const)
      await w.care.visits.logVisit(staff, {
        campaignId: campaign.id,
        orgId: w.town.id,
        recipientKind: 'enterprise',
        unitName,
        people,
        visitedOn: '2022-01-10',
        visitors: '镇总工会',
        goods: [{ stockId: apples.id, quantity: q }],
      });
    const report = await w.care.report.getReport(staff, campaign.id);
    const raw = await db.query<{ visits: number; people: number; persons: number; firms: number }>(
      `select count(*)::int as visits, sum(people)::int as people,
              count(*) filter (where recipient_kind = 'person')::int as persons,
              count(*) filter (where recipient_kind = 'enterprise')::int as firms
         from care_visits where campaign_id = $1`,
      [campaign.id],
    );
    expect(report).toMatchObject({
      visits: raw.rows[0].visits,
      peopleReached: raw.rows[0].people,
      personsVisited: raw.rows[0].persons,
      units: [{ kind: 'enterprise', n: raw.rows[0].firms }],
    });
    const goods = await db.query<{ item: string; unit: string; quantity: number }>(
      `select s.item, s.unit, sum(m.quantity)::int as quantity from care_stock_moves m
         join care_stock s on s.id = m.stock_id where s.campaign_id = $1 and m.kind = 'delivery'
        group by s.item, s.unit order by quantity desc`,
      [campaign.id],
    );
    expect(report.goods).toEqual(goods.rows);
    expect(report.peopleReached).toBe(202);
    const counted = await sumCounts(db, { subject: CARE_SUBJECTS.people, path: w.town.path });
    expect(counted[0].n).toBeGreaterThanOrEqual(202);

    expect(report).toMatchObject({ from: '2021-12-01', to: '2022-01-31' });
    // any days of the campaign (issue 23): December's two person visits, January's two enterprises
    const december = await w.care.report.getReport(staff, campaign.id, { to: '2021-12-31' });
    expect(december).toMatchObject({ from: '2021-12-01', to: '2021-12-31', asOf: '2021-12-31' });
    expect(december).toMatchObject({ visits: 2, peopleReached: 2, personsVisited: 2, units: [] });
    expect(december.goods).toEqual([{ item: '棉马甲', unit: '件', quantity: 1 }]);
    const january = await w.care.report.getReport(staff, campaign.id, {
      from: '2022-01-01',
      to: '2022-01-10',
    });
    expect(january).toMatchObject({ visits: 2, peopleReached: 200, personsVisited: 0 });
    expect(january.units).toEqual([{ kind: 'enterprise', n: 2 }]);
    await expect(
      w.care.report.getReport(staff, campaign.id, { from: '2022-01-10', to: '2022-01-01' }),
    ).rejects.toMatchObject({ code: 'STATS_PERIOD_INVALID' });

    const xlsx = await w.care.report.exportReport(staff, campaign.id);
    expect(xlsx.buffer.subarray(0, 2).toString()).toBe('PK');
    const part = await w.care.report.exportReport(staff, campaign.id, { to: '2021-12-31' });
    expect(part.fileName).toContain('2021-12-01至2021-12-31');

    const visits = await visitsOfPersons(db, [a.id, b.id]);
    expect(visits.map((v) => [v.personId, v.goods, v.campaign])).toEqual([
      [a.id, '棉马甲 1件', campaign.title],
      [b.id, '', campaign.title],
    ]);
  });
});
