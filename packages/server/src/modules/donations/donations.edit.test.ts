/** Correcting a donor's file after it was registered (ADR 60). */
import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../../test/clock.ts';
import { serviceWorld } from '../../../test/world-kit.ts';

const w = serviceWorld({
  at: TEST_NOW,
  service: (_db, _clock, t) => t.services,
  tree: { district: 'root/district', other: 'root/district' },
  actors: {
    staff: ['staff', 'district', { userId: 7001, displayName: '孙丽' }],
    otherStaff: ['staff', 'other'],
  },
});

describe('editing a donor', () => {
  it('corrects name, kind and contact, keeps the phone masked in the history, refuses a name taken and outsiders', async () => {
    const donations = w.t.services.donations;
    const d = await donations.createDonor(w.staff, {
      orgId: w.district.id,
      kind: 'enterprise',
      name: '北京爱心(测试)有限公司',
      phone: '13800001234',
    });
    await donations.createDonor(w.staff, { orgId: w.district.id, kind: 'person', name: '王爱心' });
    const edited = await donations.editDonor(w.staff, d.id, {
      name: '北京爱心（测试）有限公司',
      contactName: '李经理',
      phone: '13911112222',
    });
    expect(edited).toMatchObject({
      name: '北京爱心（测试）有限公司',
      contactName: '李经理',
      phone: '13911112222',
    });
    const detail = await donations.getDonor(w.staff, d.id);
    expect(detail.edits).toHaveLength(1);
    expect(detail.edits[0].byName).toBe('孙丽');
    const changes = Object.fromEntries(detail.edits[0].changes.map((c) => [c.field, [c.from, c.to]]));
    expect(changes.name).toEqual(['北京爱心(测试)有限公司', '北京爱心（测试）有限公司']);
    expect(changes.contactName).toEqual([null, '李经理']);
    expect(JSON.stringify(detail.edits)).not.toContain('13911112222');
    expect(JSON.stringify(detail.edits)).not.toContain('13800001234');
    await expect(donations.editDonor(w.staff, d.id, { name: '王爱心' })).rejects.toMatchObject({
      code: 'DONOR_DUPLICATE',
    });
    await expect(donations.editDonor(w.otherStaff, d.id, { name: '越权' })).rejects.toMatchObject({
      code: 'DONOR_NOT_FOUND',
    });
    // Sending what is on file is no edit.
    await donations.editDonor(w.staff, d.id, { kind: 'enterprise', contactName: ' 李经理 ' });
    expect((await donations.getDonor(w.staff, d.id)).edits).toHaveLength(1);
  });
});
