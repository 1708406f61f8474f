import { defineVocabulary, READ_ROLES, WRITE_ROLES } from '../../vocabulary.ts';

/** What people adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words. */
export const vocabulary = defineVocabulary({
  permissions: {
    'people.read': { zh: '查看会员', en: 'See members', roles: READ_ROLES },
    'people.write': { zh: '维护会员', en: 'Maintain members', roles: WRITE_ROLES },
    'people.reveal_id': {
      zh: '查看完整身份证号',
      en: 'See full ID numbers',
      roles: WRITE_ROLES,
    },
    'people.import': { zh: '导入会员', en: 'Import members', roles: WRITE_ROLES },
    'people.export': {
      zh: '导出会员',
      en: 'Export members',
      roles: READ_ROLES,
    },
  },
  auditActions: {
    'person.accounts.read': {
      zh: '查看完整银行卡号和京卡号',
      en: 'Viewed full bank account and Beijing Card numbers',
    },
    'person.create': { zh: '新增会员', en: 'Added a member' },
    'person.export': { zh: '导出会员名单', en: 'Exported the member list' },
    'person.id_number.export': { zh: '导出完整身份证号', en: 'Exported full ID numbers' },
    'person.id_number.read': { zh: '查看完整身份证号', en: 'Viewed a full ID number' },
    'person.import': { zh: '批量导入会员', en: 'Imported members' },
    'person.import.update': { zh: '导入修改会员信息', en: 'Updated a member by import' },
    'person.transfer': { zh: '转接会员关系', en: 'Transferred a member' },
    'person.membership.end': { zh: '办理离会', en: 'Ended a membership' },
    'person.rejoin': { zh: '重新入会', en: 'A former member joined again' },
    'person.update': { zh: '修改会员信息', en: 'Updated a member' },
    'person.update_self': { zh: '职工修改本人信息', en: 'A worker updated their own details' },
  },
  auditEntities: {
    person: { zh: '会员', en: 'Member' },
  },
  /** Its objects' fields the shared audit words do not say (ADR 156): an export's filter by the phone account. */
  auditFields: {
    person: { accountState: { zh: '手机账号', en: 'Phone account' } },
  },
  /** The codes its audit rows hold that only the audit log says, in words (ADR 156). */
  auditValues: {
    person: {
      accountState: {
        none: { zh: '未开通', en: 'None' },
        pending: { zh: '待激活', en: 'Not yet activated' },
        active: { zh: '已激活', en: 'Activated' },
        disabled: { zh: '已停用', en: 'Disabled' },
      },
    },
  },
});

/** Why a membership ended (退休, 离开单位, 去世, 其他). */
export const END_REASONS = ['retired', 'left_unit', 'died', 'other'] as const;
export type EndReason = (typeof END_REASONS)[number];

/**
 * A member's phone account (the worker account their activation on /m/activate made, `users.person_id`), as the
 * member list shows and filters it: `none` — no account; `pending` — an account not yet in use: never signed in
 * (`last_login_at` empty), or holding a password someone else set that its holder must change at the next sign-in
 * (`must_change_password`: an operator's reset); `active` — signed in with a password of their own; `disabled` — the
 * account is turned off (`is_active` false) and cannot sign in.
 */
export const ACCOUNT_STATES = ['none', 'pending', 'active', 'disabled'] as const;
export type AccountState = (typeof ACCOUNT_STATES)[number];
