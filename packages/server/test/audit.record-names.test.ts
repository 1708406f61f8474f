import { describe, expect, it } from 'vitest';
import { readSheet } from '../src/shared/sheet-reader.ts';
import { fixedClock } from './clock.ts';
import { appWorld } from './world-kit.ts';

/**
 * The audit log's 对象 names a hardship file by its worker (the name masked: the log is read outside the union),
 * a donation by its donor and what was given, and a group insurance policy by its title, on the page and in the
 * export, never as "#8" alone (every object kind: audit.entity-names.test.ts).
 */

const w = appWorld({
  tree: { union: 'root/district' },
  users: { auditor: ['audit_admin', null] },
  app: { clock: fixedClock() },
});

/** The log's rows of an entity, as the page lists them and as the export's 对象 column holds them. */
async function objects(entity: string) {
  const list = await w.t.call({
    method: 'GET',
    url: `/api/audit?entity=${entity}&pageSize=200`,
    cookie: w.auditor,
  });
  expect(list.statusCode, list.body).toBe(200);
  const file = await w.t.call({ method: 'GET', url: `/api/audit.xlsx?entity=${entity}`, cookie: w.auditor });
  expect(file.statusCode, file.body).toBe(200);
  const sheet = await readSheet(file.rawPayload, 'audit.xlsx', { isHeader: (c) => c.includes('操作人') });
  const col = sheet.headers.indexOf('对象');
  return {
    items: list.json().items as { action: string; entityId: string; entityName: string | null }[],
    cells: sheet.rows.map((r) => r.cells[col]),
  };
}

describe('the audit log names', () => {
  it("a hardship file by its worker's masked name, its verification too", async () => {
    const staff = w.t.ctx.actor('staff', w.union);
    const person = await w.t.ctx.newPerson(w.union, { name: '欧阳晓明' });
    const hardship = w.t.ctx.services.hardship;
    const file = await hardship.createFile(staff, {
      personId: person.id,
      level: 'deep',
      causes: ['illness'],
      members: [],
      effectiveOn: null,
    });
    await hardship.verifyFile(staff, file.id, { verifiedOn: '2026-06-15' });
    const { items, cells } = await objects('hardship_file');
    const rows = items.filter((r) => r.entityId === String(file.id));
    expect(rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(['hardship_file.create', 'hardship_file.verify']),
    );
    for (const r of rows) expect(r.entityName).toBe('欧**明');
    expect(cells).toContain('欧**明');
    expect(cells).not.toContain(`#${file.id}`);
  });

  it('a donation by its donor and amount, goods by what was given', async () => {
    const staff = await w.t.signInAs('staff', w.union);
    const post = async (url: string, body: unknown) => {
      const res = await w.t.call({ method: 'POST', url, body, cookie: staff });
      expect(res.statusCode, res.body).toBe(200);
      return res.json().id as number;
    };
    const donorId = await post('/api/donors', {
      orgId: w.union.id,
      kind: 'enterprise',
      name: '北京审计爱心有限公司',
    });
    const gift = { donorId, orgId: w.union.id, receivedOn: '2026-01-05' };
    const money = await post('/api/donations', { ...gift, kind: 'money', amountFen: 123_456 });
    const goods = await post('/api/donations', {
      ...gift,
      kind: 'goods',
      amountFen: 0,
      item: '大米',
      quantity: 100,
      unit: '袋',
    });
    const { items, cells } = await objects('donation');
    const nameOf = (id: number) => items.find((r) => r.entityId === String(id))?.entityName;
    expect(nameOf(money)).toBe('北京审计爱心有限公司 ¥1234.56');
    expect(nameOf(goods)).toBe('北京审计爱心有限公司 大米100袋');
    expect(cells).toContain('北京审计爱心有限公司 ¥1234.56');
    expect(cells).not.toContain(`#${money}`);
  });

  it('a group insurance policy by its title, not 保单：8', async () => {
    const clerk = w.t.ctx.actor('staff', w.union);
    const { id } = await w.t.ctx.services.insurance.createPolicy(clerk, {
      orgId: w.union.id,
      insurer: '测试保险公司',
      policyNo: 'AUDIT-NAME-2026',
      title: '2026年度外勤岗位职工团体意外伤害医疗保险',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      premiumFen: 5_400,
      cover: '意外医疗1万元',
    });
    const { items, cells } = await objects('insurance_policy');
    const rows = items.filter((r) => r.entityId === String(id));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.entityName).toBe('2026年度外勤岗位职工团体意外伤害医疗保险');
    expect(cells).toContain('2026年度外勤岗位职工团体意外伤害医疗保险');
    expect(cells).not.toContain(`#${id}`);
  });
});
