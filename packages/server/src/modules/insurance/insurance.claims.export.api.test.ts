/**
 * The claims list's export (保险理赔台账 checked against the platform): a clerk who brought in last year's claims
 * register exports the claims list with the list's own filters — the union and the views (all, at my step,
 * awaiting the insurer's decision) — and sums the payouts: the sheet's rows are the list's, its payout column and
 * 合计 are the list's payouts in yuan as numbers shown 0.00, its days are date cells, ID numbers are masked (full
 * for a role that may see them, when asked), a
 * second sheet names the union, the view and the day, and the export is an audit row. Another district's union is
 * refused; a filter that is not one is a 400.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_TODAY } from '../../../test/clock.ts';
import { readExportOfList, readListExport } from '../../../test/list-export-kit.ts';
import { appWorld } from '../../../test/world-kit.ts';
import { type ClaimSheetRow, claimsRegisterKit, enterYearPolicy, paidClaim } from './insurance.test-kit.ts';

const w = appWorld({
  tree: {
    district: ['root/district', '理赔导出测试区总工会'],
    unit: 'district/grassroots',
    other: 'root/district',
  },
  users: { outsider: ['staff', 'other'], reviewer: ['reviewer', 'district'] },
});
let staff: string;
const people: { id: number; name: string; idNumber: string }[] = [];

type Row = ClaimSheetRow;
const { kit, sheet } = claimsRegisterKit(w, () => staff);
const who = (i: number) => ({ idNumber: people[i].idNumber, name: people[i].name });
const base = { policy: 'P-2016', kind: '意外医疗' };
/** Last year's register: two paid, one approved not yet paid, one rejected, two still with the insurer. */
const REGISTER = (): Row[] => [
  { ...paidClaim(2016), ...who(0) },
  {
    ...base,
    ...who(1),
    incidentOn: '2016-04-01',
    filedOn: '2016-04-03',
    outcome: '赔付',
    decidedOn: '2016-05-01',
    payout: '1200.55',
    paidOn: '2016-05-20',
  },
  {
    ...base,
    ...who(2),
    incidentOn: '2016-05-01',
    filedOn: '2016-05-05',
    outcome: '赔付',
    decidedOn: '2016-06-01',
    payout: '350.10',
  },
  {
    ...base,
    ...who(0),
    incidentOn: '2016-06-01',
    filedOn: '2016-06-03',
    outcome: '拒赔',
    decidedOn: '2016-07-01',
    rejectReason: '非意外事故',
  },
  { ...base, ...who(1), incidentOn: '2016-08-01', filedOn: '2016-08-05', outcome: '未决' },
  { ...base, ...who(2), incidentOn: '2016-09-01', filedOn: '2016-09-05', outcome: '未决' },
];

const get = (url: string, cookie = staff) => w.t.call({ method: 'GET', url, cookie });

beforeAll(async () => {
  for (let i = 0; i < 3; i++) {
    const idNumber = w.t.ctx.newIdNumber();
    const p = await w.t.ctx.newPerson(w.unit, { idNumber, joinedOn: '2010-01-01' });
    people.push({ id: p.id, name: p.name, idNumber });
  }
  staff = await w.t.signInAs('staff', w.district);
  await enterYearPolicy(w, staff, 2016);
  await kit.imported(sheet(REGISTER()), { created: 6 });
});

describe('the claims list export', () => {
  it("holds every claim of the list, its payouts summing to the list's, in yuan as numbers, days as dates, ID numbers masked", async () => {
    const q = `orgId=${w.district.id}`;
    const list = (await get(`/api/insurance/claims?${q}`)).json() as {
      items: { payoutFen: number | null; personName: string }[];
      total: number;
    };
    expect(list.total).toBe(6);
    const listFen = list.items.reduce((s, c) => s + (c.payoutFen ?? 0), 0);
    // the register's payouts, to the fen: 8,000 + 1,200.55 + 350.10
    expect(listFen).toBe(955_065);

    const x = await readExportOfList(await get(`/api/insurance/claims.xlsx?${q}`), {
      money: '赔付金额（元）',
      union: '理赔导出测试区总工会',
      total: list.total,
      names: list.items.map((c) => c.personName),
      listFen,
      idNumbers: people.map((p) => p.idNumber),
    });
    // a number shown 0.00 where there is a payout, a date cell where there is a day
    for (const c of x.cellsOf('赔付金额（元）').filter(Boolean))
      expect(c).toMatchObject({ t: 'n', f: '0.00' });
    for (const c of x.cellsOf('出险日期').filter(Boolean)) expect(c?.d || c?.t === 'd').toBe(true);
    expect(x.column('状态').filter((s) => s === '已赔付')).toHaveLength(2);
    // whose claims, which view, as of which day, and the same totals
    expect(x.figures.get('统计单位')).toContain('理赔导出测试区总工会');
    expect(x.figures.get('范围')).toBe('全部理赔');
    expect(x.figures.get('截至')).toBe(TEST_TODAY);
    expect(x.figures.get('理赔件数（件）')).toBe('6');
    expect(x.fenOf(x.figures.get('赔付金额合计（元）'))).toBe(listFen);
    expect(x.fenOf(x.figures.get('其中已支付（元）'))).toBe(920_055);
    const { rows } = await w.t.db.query<{ after: { rows: number; orgId: number } }>(
      `select after from audit_log where action = 'insurance.claim.export' order by id desc limit 1`,
    );
    expect(rows[0]?.after).toMatchObject({ rows: 6, orgId: w.district.id });
  });

  it("takes the list's view: awaiting the insurer's decision", async () => {
    const q = `orgId=${w.district.id}&awaitingDecision=true`;
    const list = (await get(`/api/insurance/claims?${q}`)).json() as { total: number };
    expect(list.total).toBe(2);
    const x = await readListExport(
      (await get(`/api/insurance/claims.xlsx?${q}`)).rawPayload,
      '赔付金额（元）',
    );
    expect(x.body).toHaveLength(2);
    expect(x.totalFen).toBe(0);
    expect(x.figures.get('范围')).toBe('待登记保险公司结论');
  });

  it('gives full ID numbers to a role that may see them, when asked, as an ID export; refuses a reviewer', async () => {
    const q = `orgId=${w.district.id}&full=true`;
    const res = await get(`/api/insurance/claims.xlsx?${q}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(decodeURIComponent(String(res.headers['content-disposition']))).not.toContain('脱敏');
    const x = await readListExport(res.rawPayload, '赔付金额（元）');
    expect(new Set(x.column('身份证号'))).toEqual(new Set(people.map((p) => p.idNumber)));
    const { rows } = await w.t.db.query<{ after: { rows: number; full: boolean } }>(
      `select after from audit_log where action = 'person.id_number.export' order by id desc limit 1`,
    );
    expect(rows[0]?.after).toMatchObject({ rows: 6, full: true });
    const refused = await get(`/api/insurance/claims.xlsx?${q}`, w.reviewer);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('INSURANCE_FULL_ID_FORBIDDEN');
    expect((await get(`/api/insurance/claims.xlsx?orgId=${w.district.id}`, w.reviewer)).statusCode).toBe(200);
  });

  it("refuses another district's union, and a filter that is not one", async () => {
    const other = await get(`/api/insurance/claims.xlsx?orgId=${w.district.id}`, w.outsider);
    expect(other.statusCode).toBe(404);
    expect((await get('/api/insurance/claims.xlsx?orgId=abc')).statusCode).toBe(400);
    expect((await get('/api/insurance/claims.xlsx?awaiting=perhaps')).statusCode).toBe(400);
  });
});
