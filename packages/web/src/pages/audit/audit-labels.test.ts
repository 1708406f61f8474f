import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '../../../../server/src/modules/audit/audit.catalog.ts';
import onboardingEn from '../../i18n/onboarding.en.json';
import onboardingZh from '../../i18n/onboarding.zh.json';
import programsEn from '../../i18n/programs.en.json';
import programsZh from '../../i18n/programs.zh.json';
import { testI18n } from '../../i18n/test-i18n.ts';
import { auditValue } from './AuditChanges.tsx';
import { actionLabel, addressText, entityLabel, fieldLabel } from './audit-labels.ts';

const i18n = testI18n({ zh: programsZh, en: programsEn }, { zh: onboardingZh, en: onboardingEn });

describe('the audit log speaks in words', () => {
  it('every action and object type the server writes has a label in both languages', () => {
    for (const a of AUDIT_ACTIONS) {
      expect(actionLabel(a, 'zh')).not.toMatch(/[a-z_.]{3}/);
      expect(actionLabel(a, 'en')).not.toContain('.');
    }
    for (const e of AUDIT_ENTITIES) expect(entityLabel(e, 'zh')).not.toMatch(/[a-z_]/);
    expect(actionLabel('something.new', 'zh')).toBe('其他操作');
  });

  it('a key rotation reads in words: its key, algorithm and the values it re-encrypted', () => {
    const t = i18n.getFixedT('zh');
    expect(fieldLabel('key', 'zh', 'key')).toBe('密钥');
    expect(fieldLabel('key', 'en', 'key')).toBe('Key');
    for (const f of ['from', 'algorithm', 'rows', 'retired'])
      expect(fieldLabel(f, 'zh', 'key')).not.toMatch(/[a-z]/);
    expect(auditValue(t, 'key', 'algorithm', 'sm4')).toBe('SM4 / HMAC-SM3');
    const rows = auditValue(t, 'key', 'rows', {
      persons: 2798,
      modelworkers: 0,
      join_requests: 0,
      hardship_members: 0,
      'cases.owner_hash': 0,
    });
    expect(rows).toContain('人员（身份证号、银行账号、京卡号）: 2798');
    expect(rows).not.toMatch(/[a-z_]{3}/);
    // run from the command line, not from an address
    expect([addressText('cli', 'zh'), addressText('cli', 'en'), addressText(null, 'zh')]).toEqual([
      '命令行',
      'command line',
      '—',
    ]);
    expect(addressText('10.1.2.3', 'zh')).toBe('10.1.2.3');
  });

  it('changed values read as a clerk would say them', () => {
    const t = i18n.getFixedT('zh');
    expect(fieldLabel('budgetFen', 'zh')).toBe('预算');
    expect(auditValue(t, 'program', 'budgetFen', 1234500)).toBe('¥12,345.00');
    expect(auditValue(t, 'program', 'status', 'draft')).toBe('草稿');
    expect(auditValue(t, 'program', 'intakeModes', ['apply'])).toBe('职工申请');
    expect(auditValue(t, 'user', 'isActive', false)).toBe('否');
    expect(auditValue(t, 'role', 'withdrawn', ['people.read', 'people.export'])).toBe('查看会员、导出会员');
    expect(fieldLabel('withdrawn', 'zh')).toBe('已收回的权限');
    expect(auditValue(t, 'org', 'shortName', null)).toBe('（空）');
    expect(auditValue(t, 'org', 'viceChairs', ['张三', '李四'])).toBe('张三、李四');
    expect(auditValue(i18n.getFixedT('en'), 'org', 'committee', { chair: '王五', term: 3 })).toBe(
      'Chair: 王五; Term: 3',
    );
  });

  it('a failed sign-in reads its reason in words, never as a key', () => {
    for (const lang of ['zh', 'en']) {
      const t = i18n.getFixedT(lang);
      for (const reason of ['wrong_password', 'unknown_login', 'disabled', 'no_role', 'wrong_code'])
        expect(auditValue(t, 'user', 'reason', reason)).not.toMatch(/_|^[a-z]+$/);
      expect(fieldLabel('login', lang)).not.toBe('login');
    }
    expect(auditValue(i18n.getFixedT('zh'), 'user', 'reason', 'wrong_password')).toBe('密码错误');
    expect(auditValue(i18n.getFixedT('en'), 'user', 'reason', 'disabled')).toBe('Account disabled');
    expect(actionLabel('auth.login_failed', 'zh')).toBe('登录失败');
    // a refused request: why in words, a refusal without its own words said as one, never its code
    expect(auditValue(i18n.getFixedT('zh'), 'request', 'refusal', 'PERMISSION_DENIED')).toBe('角色无此权限');
    expect(auditValue(i18n.getFixedT('en'), 'request', 'refusal', 'SOMETHING_ELSE')).toBe('Refused');
    expect(auditValue(i18n.getFixedT('zh'), 'request', 'permission', 'audit.read')).not.toMatch(/audit/);
    expect(actionLabel('auth.logout', 'en')).toBe('Signed out');
  });

  it('payments, reviews and imports read without codes or ids', () => {
    const t = i18n.getFixedT('zh');
    expect(auditValue(t, 'payment_batch', 'status', 'paid')).toBe('已发放');
    expect(auditValue(t, 'payment_batch', 'status', 'draft')).toBe('待导出');
    expect(auditValue(t, 'join_request', 'status', 'declined')).toBe('未通过');
    expect(auditValue(t, 'application', 'intake', 'batch')).toBe('工会批量报送');
    expect(auditValue(t, 'job', 'mode', 'all_or_nothing')).toBe('全部有效才导入');
    expect(auditValue(t, 'application', 'stepOrgId', 2, { unions: { 2: '杨镇总工会' }, persons: {} })).toBe(
      '杨镇总工会',
    );
    // A member by name, never "会员 #3253" when the log answers the name.
    expect(
      auditValue(t, 'mentorship', 'apprenticePersonId', 3253, { unions: {}, persons: { 3253: '李明' } }),
    ).toBe('李明');
    expect(
      auditValue(t, 'selection', 'personIds', [1, 2], { unions: {}, persons: { 1: '王芳', 2: '赵强' } }),
    ).toBe('王芳、赵强');
    expect(auditValue(t, 'application', 'stepOrgId', 9)).toBe('工会 #9');
    expect(auditValue(t, 'payment_batch', 'programId', 7)).toBe('#7');
    expect(auditValue(t, 'application', 'step', 0)).toBe('第1级');
    for (const key of [
      'items',
      'programId',
      'reference',
      'ledgerEntryId',
      'stepOrgId',
      'applicantOrgId',
      'effectiveOn',
    ])
      expect(fieldLabel(key, 'zh')).toMatch(/^[^a-zA-Z]+$/);
  });

  it('a new account and an imported register read without keys (the reported rows)', () => {
    const t = i18n.getFixedT('zh');
    const roles = auditValue(t, 'user', 'roles', [
      { role: 'staff', orgId: 26, orgName: '江宁市东湖区总工会', assignmentId: 5 },
    ]);
    expect(roles).not.toMatch(/[a-zA-Z#]/);
    expect(roles).toContain('江宁市东湖区总工会');
    // a role whose union is named only by id takes the name the log answers
    expect(
      auditValue(t, 'user', 'roles', [{ role: 'staff', orgId: 26 }], { unions: { 26: '东湖' }, persons: {} }),
    ).not.toMatch(/#/);
    for (const key of ['open', 'closed', 'answered', 'created', 'rows', 'fileName'])
      for (const lang of ['zh', 'en']) expect(fieldLabel(key, lang)).not.toBe(key);
  });
});
