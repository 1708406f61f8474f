import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSheet } from '../src/shared/sheet-reader.ts';
import { createTestApp } from './api.ts';

/**
 * The log's .xlsx export says what each row changed (变更内容) as the audit page does: each field in words with
 * its old and new value, a line each; the values set for a row with only `after`; never a number in full that
 * the row keeps masked.
 */
let t: Awaited<ReturnType<typeof createTestApp>>;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function exported(action: string, cookie: string) {
  const file = await t.call({ method: 'GET', url: `/api/audit.xlsx?action=${action}`, cookie });
  expect(file.statusCode, file.body).toBe(200);
  const sheet = await readSheet(file.rawPayload, 'audit.xlsx', { isHeader: (c) => c.includes('操作人') });
  const col = (name: string) => sheet.headers.indexOf(name);
  return { sheet, col };
}

describe('the audit export says what changed', () => {
  it('a member’s correction: each changed field in words, the old and the new value', async () => {
    const root = await t.ctx.newRoot();
    const union = await t.ctx.newOrg(await t.ctx.newOrg(root, 'district'), 'grassroots');
    const admin = await t.signInAs('admin', null);
    const auditor = await t.signInAs('audit_admin', null);
    const idNumber = t.ctx.newIdNumber();
    const created = await t.call({
      method: 'POST',
      url: '/api/members',
      cookie: admin,
      body: {
        name: '变更会员',
        idNumber,
        orgId: union.id,
        joinedOn: '2020-01-01',
        modelWorkerLevel: 'district',
      },
    });
    expect(created.statusCode, created.body).toBe(200);
    const personId = created.json().id as number;
    const patched = await t.call({
      method: 'PATCH',
      url: `/api/members/${personId}`,
      cookie: admin,
      body: { modelWorkerLevel: 'city', isOutdoor: true },
    });
    expect(patched.statusCode, patched.body).toBe(200);

    const updates = await exported('person.update', auditor);
    const changes = updates.col('变更内容');
    expect(changes).toBeGreaterThan(updates.col('IP 地址'));
    const row = updates.sheet.rows.find((r) => r.cells[updates.col('对象')] === '变更会员');
    const lines = String(row?.cells[changes]).split('\n');
    expect(lines).toContain('劳模级别：区级劳模 → 市级劳模');
    expect(lines).toContain('户外劳动者：否 → 是');
    // only what changed: the name stayed
    expect(lines.some((l) => l.startsWith('名称/姓名'))).toBe(false);

    // a row with only `after`: the values set, by name; the ID number only as the row keeps it, masked
    const creates = await exported('person.create', auditor);
    const made = creates.sheet.rows.find((r) => r.cells[creates.col('对象')] === '变更会员');
    const set = String(made?.cells[creates.col('变更内容')]).split('\n');
    expect(set).toContain('名称/姓名：变更会员');
    expect(set).toContain('劳模级别：区级劳模');
    expect(set).toContain(`所属工会：${union.name}`);
    const everything = JSON.stringify([...updates.sheet.rows, ...creates.sheet.rows]);
    expect(everything).not.toContain(idNumber);
    expect(everything).not.toContain(idNumber.slice(6, 14));
  });

  it('a request filed under a category added at run time: the category by its name, on the page and in the export', async () => {
    const root = await t.ctx.newRoot();
    const union = await t.ctx.newOrg(await t.ctx.newOrg(root, 'street'), 'grassroots');
    const admin = await t.signInAs('admin', null);
    const auditor = await t.signInAs('audit_admin', null);
    const added = await t.call({
      method: 'POST',
      url: '/api/cases/categories',
      cookie: admin,
      body: { nameZh: '劳务派遣', nameEn: 'Agency work', ackDays: 1, answerDays: 3, active: true },
    });
    expect(added.statusCode, added.body).toBe(200);
    const code = (added.json() as { code: string; nameZh: string }[]).find(
      (c) => c.nameZh === '劳务派遣',
    )?.code;
    expect(code).toMatch(/^[a-z0-9_]+$/);
    await t.ctx.services.cases.enter(t.ctx.actor('staff', union), {
      channel: 'hotline',
      category: code as string,
      description: '派遣公司拖欠加班费',
      receivedOn: '2025-03-07',
    });

    const page = await t.call({ method: 'GET', url: '/api/audit?action=case.file', cookie: auditor });
    expect(page.statusCode, page.body).toBe(200);
    const row = (page.json().items as { after: { category?: string }; categoryNames: unknown }[]).find(
      (r) => r.after.category === code,
    );
    expect(row?.categoryNames).toEqual({ [code as string]: { zh: '劳务派遣', en: 'Agency work' } });

    const { sheet, col } = await exported('case.file', auditor);
    const lines = sheet.rows.flatMap((r) => String(r.cells[col('变更内容')]).split('\n'));
    expect(lines.filter((l) => l.includes('劳务派遣'))).toHaveLength(1);
    expect(lines.some((l) => l.includes(code as string))).toBe(false);
  });
});
