/** Correcting a donor's file after it was registered (ADR 60). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestContext, type TestContext } from '../../../test/factories.ts';
import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { OrgRow } from '../org/index.ts';

let db: Db;
let ctx: TestContext;
let district: OrgRow;
let staff: Actor;
let otherStaff: Actor;

beforeAll(async () => {
  ({ db, ctx } = await openTestContext());
  const root = await ctx.newRoot();
  district = await ctx.newOrg(root, 'district');
  staff = { ...ctx.actor('staff', district), userId: 7001, displayName: '孙丽' };
  otherStaff = ctx.actor('staff', await ctx.newOrg(root, 'district'));
});
afterAll(() => db.close());

describe('editing a donor', () => {
  it('corrects name, kind and contact, keeps the phone masked in the history, refuses a name taken and outsiders', async () => {
    const donations = ctx.services.donations;
    const d = await donations.createDonor(staff, {
      orgId: district.id,
      kind: 'enterprise',
      name: '北京爱心(测试)有限公司',
      phone: '13800001234',
    });
    await donations.createDonor(staff, { orgId: district.id, kind: 'person', name: '王爱心' });
    const edited = await donations.editDonor(staff, d.id, {
      name: '北京爱心（测试）有限公司',
      contactName: '李经理',
      phone: '13911112222',
    });
    expect(edited).toMatchObject({
      name: '北京爱心（测试）有限公司',
      contactName: '李经理',
      phone: '13911112222',
    });
    const detail = await donations.getDonor(staff, d.id);
    expect(detail.edits).toHaveLength(1);
    expect(detail.edits[0].byName).toBe('孙丽');
    const changes = Object.fromEntries(detail.edits[0].changes.map((c) => [c.field, [c.from, c.to]]));
    expect(changes.name).toEqual(['北京爱心(测试)有限公司', '北京爱心（测试）有限公司']);
    expect(changes.contactName).toEqual([null, '李经理']);
    expect(JSON.stringify(detail.edits)).not.toContain('13911112222');
    expect(JSON.stringify(detail.edits)).not.toContain('13800001234');
    await expect(donations.editDonor(staff, d.id, { name: '王爱心' })).rejects.toMatchObject({
      code: 'DONOR_DUPLICATE',
    });
    await expect(donations.editDonor(otherStaff, d.id, { name: '越权' })).rejects.toMatchObject({
      code: 'DONOR_NOT_FOUND',
    });
    // Sending what is on file is no edit.
    await donations.editDonor(staff, d.id, { kind: 'enterprise', contactName: ' 李经理 ' });
    expect((await donations.getDonor(staff, d.id)).edits).toHaveLength(1);
  });
});
