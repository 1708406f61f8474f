import { defineVocabulary, EVERY_ROLE } from '../../vocabulary.ts';

/** What auth adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words. */
export const vocabulary = defineVocabulary({
  permissions: {
    'users.manage': {
      zh: '管理本级及下级账号',
      en: 'Manage the accounts of one’s unions',
      roles: ['admin', 'manager'],
    },
    'account.self': {
      zh: '本人账号（改密码、退出登录）',
      en: 'One’s own account (password, sign-out)',
      roles: EVERY_ROLE,
    },
    /** Every account of the platform, administrators included (the platform administrator). */
    'users.manage_all': {
      zh: '管理全平台账号',
      en: 'Manage every account of the platform',
      roles: ['admin'],
    },
    /**
     * The security settings of staff accounts (password length, classes, history and expiry; idle timeout; sessions
     * per account): read and change them, every change audited (ADR 82). The security administrator's (安全管理员).
     */
    'security.settings': { zh: '账号安全设置', en: 'Account security settings', roles: ['security_admin'] },
    /**
     * Roles and permissions (角色与权限): withdraw a permission from a role, within what the role is built with, and
     * restore it; the three administrators' own permissions are fixed (ADR 85). The security administrator's.
     */
    'roles.manage': { zh: '角色与权限', en: 'Roles and permissions', roles: ['security_admin'] },
  },
  auditActions: {
    'auth.change_password': { zh: '修改密码', en: 'Changed the password' },
    'auth.login': { zh: '登录', en: 'Signed in' },
    'auth.login_failed': { zh: '登录失败', en: 'Sign-in failed' },
    'auth.logout': { zh: '退出登录', en: 'Signed out' },
    'auth.sms_sign_in': { zh: '设置短信验证码登录', en: 'Set sign-in by SMS code' },
    'auth.switch_role': { zh: '切换身份', en: 'Switched role' },
    'security_settings.update': { zh: '修改账号安全设置', en: 'Changed the account security settings' },
    'role.update': { zh: '修改角色权限', en: "Changed a role's permissions" },
    'setup.first_admin': { zh: '创建首个管理员', en: 'Created the first administrator' },
    'user.create': { zh: '新建账号', en: 'Created an account' },
    'user.disable': { zh: '停用账号', en: 'Disabled an account' },
    'user.enable': { zh: '启用账号', en: 'Enabled an account' },
    'user.import': { zh: '批量导入账号', en: 'Imported accounts' },
    'user.reset_password': { zh: '重置密码', en: 'Reset a password' },
    'user.update': { zh: '修改账号', en: 'Updated an account' },
  },
  auditEntities: {
    user: { zh: '账号', en: 'Account' },
    security_settings: { zh: '账号安全设置', en: 'Account security settings' },
    role: { zh: '角色', en: 'Role' },
  },
});
