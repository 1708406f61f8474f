import { defineVocabulary, type Label, READ_ROLES, WRITE_ROLES } from '../../vocabulary.ts';

/** How a payment batch's sheet showed its ID and account numbers. */
const NUMBERS_SHOWN = {
  full: { zh: '完整', en: 'In full' },
  masked: { zh: '脱敏', en: 'Masked' },
};

/** What programs adds to the shared vocabularies (ADR 92): its permissions and the roles built with them, its audit words, the kinds of in-app message it writes, its statistics' area. */
export const vocabulary = defineVocabulary({
  permissions: {
    'programs.read': {
      zh: '查看帮扶项目',
      en: 'See benefit programs',
      roles: READ_ROLES,
    },
    'programs.write': {
      zh: '设立与维护帮扶项目',
      en: 'Set up and maintain benefit programs',
      roles: WRITE_ROLES,
    },
    'applications.review': {
      zh: '审核申请',
      en: 'Review applications',
      roles: READ_ROLES,
    },
    'applications.submit': {
      zh: '代会员提交申请',
      en: 'Submit applications for members',
      roles: WRITE_ROLES,
    },
    'ledger.read': {
      zh: '查看发放台账',
      en: 'See the payment ledger',
      roles: READ_ROLES,
    },
    'ledger.write': { zh: '登记发放', en: 'Record payments', roles: WRITE_ROLES },
    'claims.manage': {
      zh: '管理限量领取',
      en: 'Manage limited claims',
      roles: WRITE_ROLES,
    },
    /** Act on an application at any step of its review chain, not only the step awaiting one's own union. */
    'applications.review.any_step': {
      zh: '在任一审核环节处理申请',
      en: 'Act at any review step',
      roles: ['admin'],
    },
  },
  auditActions: {
    'application.approve': { zh: '批准申请', en: 'Approved an application' },
    'application.approve_step': { zh: '本级审核通过', en: 'Approved a review step' },
    'application.batch': { zh: '批量提交申请', en: 'Submitted applications in bulk' },
    'application.file.read': { zh: '查看申请材料', en: 'Opened an application file' },
    'application.files.add': { zh: '补充申请材料', en: 'Added application files' },
    'application.files.zip': {
      zh: '批量上传申请材料（压缩包）',
      en: 'Attached scans to many applications from an archive',
    },
    'application.reject': { zh: '驳回申请', en: 'Rejected an application' },
    'application.resubmit': { zh: '重新提交申请', en: 'Resubmitted an application' },
    'application.return': { zh: '退回申请', en: 'Returned an application' },
    'application.submit': { zh: '提交申请', en: 'Submitted an application' },
    'application.withdraw': { zh: '撤回申请', en: 'Withdrew an application' },
    'claim.draw': { zh: '抽签', en: 'Drew the lottery' },
    'claim.pickup': { zh: '核销领取', en: 'Redeemed a pickup code' },
    'ledger.export': { zh: '导出台账记录', en: 'Exported the ledger' },
    'ledger.reverse': { zh: '冲销台账记录', en: 'Reversed a ledger entry' },
    'payment_batch.cancel': { zh: '取消发放批次', en: 'Cancelled a payment batch' },
    'payment_batch.create': { zh: '生成发放批次', en: 'Created a payment batch' },
    'payment_batch.export': { zh: '导出发放批次', en: 'Exported a payment batch' },
    'payment_batch.export.id_numbers': {
      zh: '导出发放批次（含完整身份证号）',
      en: 'Exported a payment batch with full ID numbers',
    },
    'payment_batch.paid': { zh: '标记已发放', en: 'Marked a batch paid' },
    'program.close': { zh: '结束项目', en: 'Closed a program' },
    'program.create': { zh: '新建项目', en: 'Created a program' },
    'program.past_payments.import': {
      zh: '导入以往发放台账（平台外已发放给个人的款项）',
      en: 'Imported a register of past payments to people',
    },
    'program.proposals': { zh: '生成拟发放名单', en: 'Proposed entitlements' },
    'program.proposals.start': { zh: '开始生成拟发放名单', en: 'Started proposing entitlements' },
    'program.publish': { zh: '发布项目', en: 'Published a program' },
    'program.update': { zh: '修改项目', en: 'Updated a program' },
  },
  auditEntities: {
    application: { zh: '申请', en: 'Application' },
    ledger_entry: { zh: '台账记录', en: 'Ledger entry' },
    payment_batch: { zh: '发放批次', en: 'Payment batch' },
    program: { zh: '项目', en: 'Program' },
  },
  /** The codes its audit rows hold, in words (ADR 156): whether a batch's sheet showed numbers in full or masked. */
  auditValues: {
    payment_batch: { idNumbers: NUMBERS_SHOWN, accountNumbers: NUMBERS_SHOWN },
  },
  reportingAreas: ['programs'],
  messageKinds: {
    'application.approved_step': {
      to: 'worker',
      sms: { zh: '申请通过一级审核', en: 'Application passed a review step' },
    },
    'application.approved': { to: 'worker', sms: { zh: '申请已批准', en: 'Application approved' } },
    'application.returned': {
      to: 'worker',
      sms: { zh: '申请被退回补正', en: 'Application returned for correction' },
    },
    'application.rejected': { to: 'worker', sms: { zh: '申请未获批准', en: 'Application rejected' } },
    'payment.paid': { to: 'worker', sms: { zh: '款项已发放', en: 'Payment made' } },
    'claim.granted': { to: 'worker', sms: { zh: '领取资格已确认', en: 'Claim granted' } },
    'claim.won': { to: 'worker', sms: { zh: '抽签中签', en: 'Won a lottery draw' } },
  },
});

export const CATEGORIES = ['subsidy', 'relief', 'quota_benefit', 'flash_claim', 'insurance'] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * A program category's name, the one table for what a category is called off the program pages: the statistics
 * export, a household's history. The web's `prog.category` messages say the same words (the audit log's
 * `prog.category` list is held to both by tests).
 */
export const CATEGORY_NAMES: Readonly<Record<Category, Label>> = {
  subsidy: { zh: '补贴', en: 'Subsidy' },
  relief: { zh: '帮扶救助', en: 'Relief' },
  quota_benefit: { zh: '名额福利', en: 'Quota benefit' },
  flash_claim: { zh: '限量抢购', en: 'Flash claim' },
  insurance: { zh: '互助保险', en: 'Insurance' },
};

export const INTAKE_MODES = ['apply', 'batch', 'proposal', 'claim', 'nomination'] as const;
export type IntakeMode = (typeof INTAKE_MODES)[number];

export const LIMIT_MODES = ['per_person_per_period', 'per_subject', 'none'] as const;
export type LimitMode = (typeof LIMIT_MODES)[number];

export const PROGRAM_STATUSES = ['draft', 'published', 'closed'] as const;
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];

export const APPLICATION_STATUSES = ['submitted', 'returned', 'approved', 'rejected', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
