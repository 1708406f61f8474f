import { crc32, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../test/clock.ts';
import type { TestContext } from '../../../test/factories.ts';
import type { Db } from '../../db/db.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import type { OrgRow } from '../org/index.ts';
import { seedPrograms } from '../programs/index.ts';
import { seedInsurance } from './insurance.demo.ts';
import type { createInsuranceService } from './insurance.service.ts';
import { approvedSprainClaim, openInsuranceWorld, unionPaidPolicy2026 } from './insurance.test-kit.ts';

describe('group accident insurance', () => {
  let db: Db;
  let t: TestContext;
  let now = new Date('2026-03-01T09:00:00+08:00');
  let ins: ReturnType<typeof createInsuranceService>;
  let post: OrgRow;
  let team: OrgRow;
  let other: OrgRow;
  let outdoor: number[];
  let indoor: number;

  beforeAll(async () => {
    let root: OrgRow;
    ({ db, t, ins, root, post } = await openInsuranceWorld(() => now));
    team = await t.newOrg(post, 'grassroots');
    other = await t.newOrg(root, 'district');
    outdoor = [];
    for (let i = 0; i < 3; i++)
      outdoor.push((await t.newPerson(team, { isOutdoor: true, isFrontLine: true })).id);
    indoor = (await t.newPerson(team)).id;
  });
  afterAll(() => db.close());

  const staff = () => t.actor('staff', post);
  const policy = (policyNo: string) =>
    ins.createPolicy(staff(), {
      orgId: post.id,
      insurer: '测试保险公司',
      policyNo,
      title: '2026年度外勤职工团体意外险',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      premiumFen: 36_500,
      cover: '意外医疗1万元',
      rule: { op: 'person', field: 'isOutdoor', cmp: 'eq', value: true },
    });

  it('insures by the rule from the register, keeps it in step by dated changes, and charges by the days covered', async () => {
    const { id } = await policy('P-1');
    await expect(policy('P-1')).rejects.toMatchObject({ code: 'INSURANCE_POLICY_DUPLICATE' });
    expect(await ins.sync(staff(), id, '2026-01-01')).toMatchObject({ added: 3, removed: 0, insured: 3 });
    expect(await ins.sync(staff(), id, '2026-01-01')).toMatchObject({ added: 0, removed: 0 });
    // one outdoor worker moves to a union outside the policy on 1 July: covered to 30 June
    await t.services.people.transferMember(
      t.actor('admin', null),
      outdoor[0],
      (await t.newOrg(other, 'grassroots')).id,
      '2026-07-01',
    );
    expect(await ins.sync(staff(), id, '2026-07-01')).toMatchObject({ added: 0, removed: 1, insured: 2 });
    const p = await ins.getPolicy(staff(), id);
    // 2 people × 365 days + 181 days (1 January – 30 June) at ¥365 a year: exactly ¥1 a day
    expect(p).toMatchObject({ people: 3, personDays: 2 * 365 + 181, dueFen: (2 * 365 + 181) * 100 });
    await expect(ins.sync(staff(), id, '2027-01-05')).rejects.toMatchObject({
      code: 'INSURANCE_SYNC_OUTSIDE',
    });
    const xlsx = await ins.insuredXlsx(staff(), id);
    const sheet = await readSheet(xlsx.buffer, xlsx.fileName);
    expect(sheet.rows).toHaveLength(3);
    expect(sheet.rows.some((r) => r.cells[7] === '2026-06-30' && r.cells[8] === '会员关系终止')).toBe(true);
    expect(sheet.rows.every((r) => r.cells[2].includes('*'))).toBe(true);
    await expect(ins.getPolicy(t.actor('staff', other), id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('takes a claim from the worker to the insurer’s payout, once, and counts it', async () => {
    const { id: policyId } = await policy('P-2');
    await ins.sync(staff(), policyId, '2026-01-01');
    const worker = t.actor('worker', null, outdoor[1]);
    now = new Date('2026-02-10T09:00:00+08:00');
    const claim = {
      policyId,
      kind: 'medical' as const,
      incidentOn: '2026-02-08',
      place: '朝阳路口',
      description: '雪天路滑摔倒，手腕扭伤',
      documents: ['诊断证明', '医疗费用发票'],
    };
    // a member of the policy's own subtree whom the rule leaves out: the policy is theirs to name, not their cover
    // (another union's member naming it is answered 404: insurance.filing.test.ts)
    await expect(ins.fileClaim(t.actor('worker', null, indoor), claim)).rejects.toMatchObject({
      code: 'INSURANCE_NOT_COVERED',
    });
    await expect(ins.fileClaim(worker, { ...claim, documents: ['结婚证'] })).rejects.toMatchObject({
      code: 'INSURANCE_DOCUMENT_UNKNOWN',
    });
    const { id } = await ins.fileClaim(worker, claim);
    now = new Date('2026-03-20T09:00:00+08:00');
    let mine = await ins.myInsurance(worker);
    expect(mine.claims[0]).toMatchObject({ id, status: 'filed', overdue: true, daysOpen: 38 });
    await expect(ins.decide(staff(), id, { action: 'pay' })).rejects.toMatchObject({
      code: 'INSURANCE_CLAIM_STATE',
    });
    await expect(ins.review(staff(), id, { action: 'forward' })).rejects.toMatchObject({
      code: 'NOT_YOUR_STEP',
    });
    await ins.review(t.actor('staff', team), id, { action: 'forward' });
    await ins.review(staff(), id, { action: 'forward' });
    await expect(ins.decide(staff(), id, { action: 'approve' })).rejects.toMatchObject({
      code: 'INSURANCE_PAYOUT',
    });
    await ins.decide(staff(), id, { action: 'approve', payoutFen: 500_000 });
    // two clerks record the payment at once: it is recorded once
    const paid = await Promise.allSettled([
      ins.decide(staff(), id, { action: 'pay' }),
      ins.decide(staff(), id, { action: 'pay' }),
    ]);
    expect(paid.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    mine = await ins.myInsurance(worker);
    expect(mine.claims[0]).toMatchObject({ status: 'paid', payoutFen: 500_000, overdue: false });
    expect(mine.policies.map((p) => p.policyId)).toContain(policyId);
    expect(mine).toMatchObject({ policiesTotal: mine.policies.length, claimsTotal: 1 });
    const stats = await ins.stats(staff(), { fromYear: 2026, toYear: 2026 });
    expect(stats.total).toMatchObject({ claimsFiled: 1, claimsPaid: 1, paidFen: 500_000 });
    await expect(ins.listClaims(t.actor('staff', other), {})).resolves.toEqual({ items: [], total: 0 });
  });

  it('climbs the chain from the grassroots union through the street to the policy’s union, each step dated', async () => {
    const street = await t.newOrg(post, 'street');
    const unit = await t.newOrg(street, 'grassroots');
    const courier = (await t.newPerson(unit, { isOutdoor: true })).id;
    now = new Date('2026-04-01T09:00:00+08:00');
    const { id: policyId } = await policy('P-CHAIN');
    await ins.sync(staff(), policyId, '2026-01-01');
    const claim = {
      policyId,
      kind: 'medical' as const,
      incidentOn: '2026-03-28',
      place: '建国门外大街',
      description: '投递途中被电动车撞伤',
      documents: ['诊断证明'],
    };
    const { id } = await ins.fileClaim(t.actor('worker', null, courier), claim);
    const [unitStaff, streetStaff] = [t.actor('staff', unit), t.actor('staff', street)];
    // only the union whose step it is acts: the street and the policy's union wait for the grassroots union
    for (const early of [streetStaff, staff()])
      await expect(ins.review(early, id, { action: 'forward' })).rejects.toMatchObject({
        code: 'NOT_YOUR_STEP',
      });
    await expect(ins.review(t.actor('staff', other), id, { action: 'forward' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(
      ins.review(unitStaff, id, { action: 'forward', effectiveOn: '2026-04-02' }),
    ).rejects.toMatchObject({ code: 'EFFECTIVE_IN_FUTURE' });
    await expect(
      ins.review(unitStaff, id, { action: 'forward', effectiveOn: '2026-03-30' }),
    ).rejects.toMatchObject({ code: 'EFFECTIVE_BEFORE_PRIOR' });
    expect(await ins.review(unitStaff, id, { action: 'forward' })).toEqual({
      status: 'filed',
      stepOrgId: street.id,
    });
    const { items: awaiting } = await ins.listClaims(streetStaff, { awaiting: true });
    expect(awaiting.map((c) => c.id)).toEqual([id]);
    await expect(ins.review(streetStaff, id, { action: 'return' })).rejects.toMatchObject({
      code: 'INSURANCE_RETURN_REASON',
    });
    expect(await ins.review(streetStaff, id, { action: 'forward' })).toEqual({
      status: 'filed',
      stepOrgId: post.id,
    });
    // two clicks at the policy's union: forwarded to the insurer once
    const sent = await Promise.allSettled([
      ins.review(staff(), id, { action: 'forward' }),
      ins.review(staff(), id, { action: 'forward' }),
    ]);
    expect(sent.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const [c] = (await ins.listClaims(staff(), { policyId })).items;
    expect(c).toMatchObject({ status: 'forwarded', forwardedOn: '2026-04-01', stepOrgId: null });
    expect(c.steps.map((s) => [s.orgName, s.action, s.on])).toEqual([
      [unit.name, 'forward', '2026-04-01'],
      [street.name, 'forward', '2026-04-01'],
      [post.name, 'forward', '2026-04-01'],
    ]);
    // a second claim is returned at the street with the reason; the worker sees it
    const { id: second } = await ins.fileClaim(t.actor('worker', null, courier), {
      ...claim,
      incidentOn: '2026-03-30',
    });
    await ins.review(unitStaff, second, { action: 'forward' });
    await ins.review(streetStaff, second, { action: 'return', reason: '缺少诊断证明原件' });
    const mine = await ins.myInsurance(t.actor('worker', null, courier));
    expect(mine.claims.find((x) => x.id === second)).toMatchObject({
      status: 'returned',
      returnReason: '缺少诊断证明原件',
      steps: [{ action: 'forward' }, { orgName: street.name, action: 'return', reason: '缺少诊断证明原件' }],
    });
    await expect(ins.review(staff(), second, { action: 'forward' })).rejects.toMatchObject({
      code: 'INSURANCE_CLAIM_STATE',
    });
    // never reviewed again (ADR 62): a file the reason asks for goes with the claim filed anew, not this one
    const pdf = { name: '诊断证明.pdf', data: Buffer.from('%PDF-1.4\n%%EOF\n') };
    await expect(
      ins.addFile(t.actor('worker', null, courier), second, { document: '诊断证明', self: true, file: pdf }),
    ).rejects.toMatchObject({ code: 'INSURANCE_CLAIM_STATE' });
  });

  it('gives back the seed’s seven years: ¥3,019,700, about 8,000 insured a year, 13 claims paid, one of ¥5,000', async () => {
    const root = await t.newRoot();
    const postUnion = await t.newOrg(root, 'industry', '北京邮政工会');
    const unit = await t.newOrg(postUnion, 'grassroots');
    for (let i = 0; i < 4; i++) await t.newPerson(unit, { isOutdoor: i % 2 === 0, joinedOn: '2010-01-01' });
    expect(await seedInsurance(db, '2026-03-01')).toEqual({ policies: 8, claims: 13 });
    const clerk = t.actor('staff', postUnion);
    const s = await ins.stats(clerk, { fromYear: 2014, toYear: 2020 });
    expect(s.total).toMatchObject({ policies: 7, premiumFen: 301_970_000, claimsPaid: 13 });
    expect(s.years.every((y) => y.insured >= 7800 && y.insured <= 8100)).toBe(true);
    const { items: claims, total } = await ins.listClaims(clerk, {});
    expect(total).toBe(claims.length);
    expect(claims.filter((c) => c.payoutFen === 500_000 && c.description.includes('下雪天'))).toHaveLength(1);
    // any days (issue 23): a claim filed on 2016-03-18 and paid on 2016-04-11; the 2016 policy covered 8,000
    const march = await ins.stats(clerk, { from: '2016-03-01', to: '2016-03-31' });
    expect(march).toMatchObject({ from: '2016-03-01', to: '2016-03-31', asOf: '2016-03-31' });
    expect(march.years).toHaveLength(1);
    expect(march.total).toMatchObject({ policies: 0, claimsFiled: 1, claimsPaid: 0, paidFen: 0 });
    expect(march.states).toEqual({ inForce: 1, insured: 8000, openClaims: 1 });
    const spring = await ins.stats(clerk, { from: '2016-01-01', to: '2016-04-30' });
    expect(spring.total).toMatchObject({ policies: 1, claimsFiled: 1, claimsPaid: 1, paidFen: 360_000 });
    expect(spring.states).toEqual({ inForce: 1, insured: 8000, openClaims: 0 });
    // a range of years still reads as years; states on the last day of 2020 (its policy in force that day)
    const years = await ins.stats(clerk, { fromYear: 2016, toYear: 2020 });
    expect(years).toMatchObject({ from: '2016-01-01', to: '2020-12-31', fromYear: 2016, toYear: 2020 });
    expect(years.years.map((y) => y.year)).toEqual([2016, 2017, 2018, 2019, 2020]);
    expect(years.states.inForce).toBe(1);
    await expect(ins.stats(clerk, { from: '2016-05-01', to: '2016-04-01' })).rejects.toMatchObject({
      code: 'STATS_PERIOD_INVALID',
    });
  });

  it('pays a union-paid payout through the programs ledger, once under a double click', async () => {
    const root = await t.newRoot();
    const postUnion = await t.newOrg(root, 'industry', '北京邮政工会');
    const unit = await t.newOrg(postUnion, 'grassroots');
    const courier = (await t.newPerson(unit, { isOutdoor: true })).id;
    const clerk = t.actor('staff', postUnion);
    now = new Date('2026-05-04T09:00:00+08:00');
    const input = unionPaidPolicy2026(postUnion.id, 'P-UNION');
    // without the payout program the union cannot pay
    await expect(ins.createPolicy(clerk, input)).rejects.toMatchObject({
      code: 'INSURANCE_NO_PAYOUT_PROGRAM',
    });
    await db.tx((sql) =>
      seedPrograms(sql, new Map([['北京邮政工会', postUnion]]), null, { activity: false, now: TEST_NOW }),
    );
    const { id: policyId } = await ins.createPolicy(clerk, input);
    await ins.sync(clerk, policyId, '2026-01-01');
    const id = await approvedSprainClaim(ins, t, { policyId, courier, unit, clerk });
    const paid = await Promise.allSettled([
      ins.decide(clerk, id, { action: 'pay' }),
      ins.decide(clerk, id, { action: 'pay' }),
    ]);
    expect(paid.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(paid.find((r) => r.status === 'rejected')).toMatchObject({
      reason: { code: 'INSURANCE_CLAIM_STATE' },
    });
    const { rows } = await db.query<{ id: number; status: string; amount: number }>(
      `select id, status, amount_fen::int as amount from applications where subject_key = $1`,
      [`insurance-claim:${id}`],
    );
    expect(rows).toEqual([{ id: expect.any(Number), status: 'approved', amount: 320_000 }]);
    const [c] = (await ins.listClaims(clerk, { policyId })).items;
    expect(c).toMatchObject({
      status: 'paid',
      payer: 'union',
      ledgerApplicationId: rows[0].id,
      ledger: { status: 'approved', amountFen: 320_000, paidFen: 0 },
    });
  });

  it('keeps the insured in step with joins and leavings by their own dates, and lists a month’s changes for the insurer', async () => {
    now = new Date('2026-08-05T09:00:00+08:00');
    const { id } = await policy('P-MONTH');
    const joiner = (await t.newPerson(team, { isOutdoor: true, joinedOn: '2026-07-10' })).id;
    const leaver = (await t.newPerson(team, { isOutdoor: true, joinedOn: '2025-03-01' })).id;
    await t.services.people.transferMember(
      t.actor('admin', null),
      leaver,
      (await t.newOrg(other, 'grassroots')).id,
      '2026-07-15',
    );
    // no sync: reading the month's changes takes the register in, dated by the memberships
    const july = await ins.changes(staff(), id, '2026-07');
    const of = (personId: number) => july.rows.filter((r) => r.personId === personId);
    // ¥365 a year over 365 days: ¥1 a day of cover
    expect(of(joiner)).toMatchObject([{ change: 'add', effectiveOn: '2026-07-10', days: 175, fen: 17_500 }]);
    expect(of(leaver)).toMatchObject([
      { change: 'remove', effectiveOn: '2026-07-15', days: 170, fen: -17_000, removedWhy: 'left' },
    ]);
    // the one transferred out on 1 July in the first case, removed from that day
    expect(of(outdoor[0])).toMatchObject([{ change: 'remove', effectiveOn: '2026-07-01', days: 184 }]);
    expect(july.netFen).toBe(july.rows.reduce((n, r) => n + r.fen, 0));
    expect(july.rows.some((r) => r.personId === indoor)).toBe(false);
    // the leaver was covered 1 January – 14 July: 195 days, the joiner from 10 July
    const jan = await ins.changes(staff(), id, '2026-01');
    expect(jan.rows.find((r) => r.personId === leaver)).toMatchObject({
      change: 'add',
      effectiveOn: '2026-01-01',
    });
    await expect(ins.changes(staff(), id, '2027-01')).rejects.toMatchObject({
      code: 'INSURANCE_MONTH_OUTSIDE',
    });
    // the insurer's lists: masked, or full for a role that may reveal ID numbers (audited as an ID export)
    const masked = await ins.changesXlsx(staff(), id, '2026-07');
    const sheet = await readSheet(masked.buffer, masked.fileName);
    expect(sheet.rows.filter((r) => r.cells[1] === '加保' || r.cells[1] === '减保')).toHaveLength(
      july.rows.length,
    );
    expect(sheet.rows.filter((r) => r.cells[3]).every((r) => r.cells[3].includes('*'))).toBe(true);
    await expect(ins.changesXlsx(t.actor('reviewer', post), id, '2026-07', true)).rejects.toMatchObject({
      code: 'INSURANCE_FULL_ID_FORBIDDEN',
    });
    const full = await ins.insuredXlsx(staff(), id, true);
    const fullSheet = await readSheet(full.buffer, full.fileName);
    expect(fullSheet.rows.every((r) => /^[0-9]{17}[0-9X]$/.test(r.cells[2]))).toBe(true);
    const { rows: audit } = await db.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'person.id_number.export' and entity_id = $1`,
      [String(id)],
    );
    expect(audit[0].n).toBe(1);
  });

  it('takes document files from the worker and the reviewing unions, photos without their metadata, for the chain only', async () => {
    const street = await t.newOrg(post, 'street');
    const unit = await t.newOrg(street, 'grassroots');
    const sibling = await t.newOrg(post, 'grassroots');
    const courier = (await t.newPerson(unit, { isOutdoor: true })).id;
    now = new Date('2026-09-01T09:00:00+08:00');
    const { id: policyId } = await policy('P-FILES');
    await ins.getPolicy(staff(), policyId); // reading the policy takes the register in
    const worker = t.actor('worker', null, courier);
    const { id } = await ins.fileClaim(worker, {
      policyId,
      kind: 'medical',
      incidentOn: '2026-08-30',
      place: '东四投递段',
      description: '搬运邮袋时扭伤腰部',
      documents: [],
    });
    const chunk = (type: string, data: Buffer) => {
      const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
      const len = Buffer.alloc(4);
      len.writeUInt32BE(data.length);
      const crc = Buffer.alloc(4);
      crc.writeUInt32BE(crc32(body));
      return Buffer.concat([len, body, crc]);
    };
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(1, 0);
    ihdr.writeUInt32BE(1, 4);
    ihdr[8] = 8;
    ihdr[9] = 2;
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      chunk('tEXt', Buffer.from('GPS\u000039.9,116.4', 'latin1')),
      chunk('IDAT', deflateSync(Buffer.from([0, 255, 0, 0]))),
      chunk('IEND', Buffer.alloc(0)),
    ]);
    const photo = { name: '诊断证明.png', data: png };
    await expect(
      ins.addFile(worker, id, { document: '结婚证', self: true, file: photo }),
    ).rejects.toMatchObject({ code: 'INSURANCE_DOCUMENT_UNKNOWN' });
    const { id: fileId } = await ins.addFile(worker, id, { document: '诊断证明', self: true, file: photo });
    const pdf = { name: '发票.pdf', data: Buffer.from('%PDF-1.4\n%%EOF\n') };
    await ins.addFile(t.actor('staff', unit), id, { document: '医疗费用发票', self: false, file: pdf });
    await expect(
      ins.addFile(t.actor('staff', sibling), id, { document: '医疗费用发票', self: false, file: pdf }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const [c] = (await ins.listClaims(staff(), { policyId })).items;
    expect(c.files.map((f) => f.document)).toEqual(['诊断证明', '医疗费用发票']);
    expect(c.documents).toEqual(['诊断证明', '医疗费用发票']);
    const f = await ins.getFile(t.actor('staff', street), id, fileId, false);
    expect(f.mime).toBe('image/png');
    expect(Buffer.from(f.data).includes(Buffer.from('tEXt'))).toBe(false);
    await expect(ins.getFile(worker, id, fileId, true)).resolves.toMatchObject({ mime: 'image/png' });
    for (const outsider of [t.actor('staff', sibling), t.actor('staff', other)])
      await expect(ins.getFile(outsider, id, fileId, false)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
