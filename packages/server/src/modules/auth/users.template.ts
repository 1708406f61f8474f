import { ROLE_NAMES } from '../../access/role-list.ts';
import type { RegisterSpec } from '../../shared/register-sheet.ts';

/**
 * The roles an accounts sheet grants, named as the web names them (`role.*` in the web's messages): the template's
 * choices, the import's error and the sheet of accounts it answers all say these words.
 */
export const SHEET_ROLE_NAMES = {
  manager: ROLE_NAMES.manager,
  staff: ROLE_NAMES.staff,
  reviewer: ROLE_NAMES.reviewer,
} as const;

/**
 * The accounts sheet's template (账号导入模板, issue 45): the columns `importUsers` reads, in the order the import
 * page lists them, with a 填写说明 sheet — the go-live checklist's step "accounts for every union" links to it.
 */
export const ACCOUNTS_TEMPLATE: RegisterSpec = {
  title: { zh: '账号', en: 'accounts' },
  columns: [
    {
      key: 'username',
      header: '用户名',
      en: 'username',
      required: true,
      kind: 'text',
      note: '3–64 位字母、数字或 _ . @ -，以字母或数字开头；登录时使用',
      noteEn: '3–64 letters, digits or _ . @ -, starting with a letter or digit; used to sign in',
      example: 'dongcheng01',
    },
    {
      key: 'displayName',
      header: '姓名',
      en: 'name',
      required: true,
      kind: 'text',
      note: '账号使用人的姓名',
      noteEn: 'The name of the person who uses the account',
      example: '张丽',
    },
    {
      key: 'phone',
      header: '手机号',
      en: 'phone',
      kind: 'text',
      note: '11位手机号，可留空；配置了短信服务时初始密码以短信发到此号',
      noteEn:
        'An 11-digit mobile number, may be empty; where SMS is configured the first password is sent to it',
      example: '13800138000',
    },
    {
      key: 'union',
      header: '所在工会',
      en: 'union',
      required: true,
      kind: 'text',
      note: '本工会管辖范围内的工会全称、简称或统一社会信用代码',
      noteEn: "A union in your union's subtree: its full name, short name or unified social credit code",
      example: '东城区总工会',
    },
    {
      key: 'role',
      header: '角色',
      en: 'role',
      required: true,
      kind: 'choice',
      choices: [
        { value: 'manager', zh: SHEET_ROLE_NAMES.manager.zh, en: 'manager' },
        { value: 'staff', zh: SHEET_ROLE_NAMES.staff.zh, en: 'staff' },
        { value: 'reviewer', zh: SHEET_ROLE_NAMES.reviewer.zh, en: 'reviewer' },
      ],
      note: '单位管理员可为本工会及下级开设账号',
      noteEn: 'A union administrator may open accounts for the union and those below it',
      example: '单位管理员',
    },
    {
      key: 'password',
      header: '初始密码',
      en: 'first password',
      kind: 'text',
      note: '可留空：留空则随机生成，只在导入完成的页面上显示这一次，请当即下载账号清单并妥善转交（配置了短信服务且填了手机号的，以短信发送）',
      noteEn:
        'May be empty: a random one is generated and shown only once, on the page that confirms the import: download the accounts sheet there and hand it over with care (where SMS is configured and the row has a phone, it is sent by SMS instead)',
      example: '',
    },
  ],
  notes: ['每行一个账号，第1行为表头。', '导入的账号在首次登录时都须修改密码。'],
  notesEn: [
    'One account per row; row 1 holds the headers.',
    'Every imported account must change its password at the first sign-in.',
  ],
  allOrNothing: {
    zh: '全部正确才会导入；有任何一行出错，一个账号都不会创建，并列出出错的行、列和原因。',
    en: 'Only a file with no wrong row is imported: if any row is wrong, no account is created, and each wrong row is listed with its column and why.',
  },
};
