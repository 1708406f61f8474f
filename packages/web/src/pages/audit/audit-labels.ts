import type { AuditAction, AuditEntity } from '../../../../server/src/modules/audit/audit.vocabulary.ts';

type Label = { zh: string; en: string };

/** Every action the server writes to the audit log, in words; the type makes the list complete. */
export const ACTION_LABELS: Record<AuditAction, Label> = {
  'account.activate': { zh: '激活职工账号', en: 'Activated a worker account' },
  'application.approve': { zh: '批准申请', en: 'Approved an application' },
  'application.approve_step': { zh: '本级审核通过', en: 'Approved a review step' },
  'application.batch': { zh: '批量提交申请', en: 'Submitted applications in bulk' },
  'application.file.read': { zh: '查看申请材料', en: 'Opened an application file' },
  'application.files.add': { zh: '补充申请材料', en: 'Added application files' },
  'application.reject': { zh: '驳回申请', en: 'Rejected an application' },
  'application.resubmit': { zh: '重新提交申请', en: 'Resubmitted an application' },
  'application.return': { zh: '退回申请', en: 'Returned an application' },
  'application.submit': { zh: '提交申请', en: 'Submitted an application' },
  'application.withdraw': { zh: '撤回申请', en: 'Withdrew an application' },
  'auth.change_password': { zh: '修改密码', en: 'Changed the password' },
  'auth.login': { zh: '登录', en: 'Signed in' },
  'auth.switch_role': { zh: '切换身份', en: 'Switched role' },
  'claim.draw': { zh: '抽签', en: 'Drew the lottery' },
  'join_request.accept': { zh: '同意入会申请', en: 'Accepted a request to join' },
  'join_request.create': { zh: '提交入会申请', en: 'Asked to join' },
  'join_request.decline': { zh: '拒绝入会申请', en: 'Declined a request to join' },
  'ledger.reverse': { zh: '冲销台账记录', en: 'Reversed a ledger entry' },
  'org.close': { zh: '撤销工会', en: 'Closed a union' },
  'org.create': { zh: '新建工会', en: 'Created a union' },
  'org.move': { zh: '调整隶属关系', en: 'Moved a union' },
  'org.update': { zh: '修改工会信息', en: 'Updated a union' },
  'payment_batch.cancel': { zh: '取消支付批次', en: 'Cancelled a payment batch' },
  'payment_batch.create': { zh: '生成支付批次', en: 'Created a payment batch' },
  'payment_batch.export': { zh: '导出支付批次', en: 'Exported a payment batch' },
  'payment_batch.export.id_numbers': {
    zh: '导出支付批次（含完整身份证号）',
    en: 'Exported a payment batch with full ID numbers',
  },
  'payment_batch.paid': { zh: '标记已支付', en: 'Marked a batch paid' },
  'person.create': { zh: '新增会员', en: 'Added a member' },
  'person.id_number.export': { zh: '导出完整身份证号', en: 'Exported full ID numbers' },
  'person.id_number.read': { zh: '查看完整身份证号', en: 'Viewed a full ID number' },
  'person.import': { zh: '批量导入会员', en: 'Imported members' },
  'person.transfer': { zh: '转接会员关系', en: 'Transferred a member' },
  'person.update': { zh: '修改会员信息', en: 'Updated a member' },
  'person.update_self': { zh: '职工修改本人信息', en: 'A worker updated their own details' },
  'program.close': { zh: '结束项目', en: 'Closed a program' },
  'program.create': { zh: '新建项目', en: 'Created a program' },
  'program.proposals': { zh: '生成拟发放名单', en: 'Proposed entitlements' },
  'program.proposals.start': { zh: '开始生成拟发放名单', en: 'Started proposing entitlements' },
  'program.publish': { zh: '发布项目', en: 'Published a program' },
  'program.update': { zh: '修改项目', en: 'Updated a program' },
  'record.create': { zh: '新增记录', en: 'Added a record' },
  'record.delete': { zh: '删除记录', en: 'Deleted a record' },
  'record.import': { zh: '批量导入记录', en: 'Imported records' },
  'setup.first_admin': { zh: '创建首个管理员', en: 'Created the first administrator' },
  'user.create': { zh: '新建账号', en: 'Created an account' },
  'user.disable': { zh: '停用账号', en: 'Disabled an account' },
  'user.enable': { zh: '启用账号', en: 'Enabled an account' },
  'user.import': { zh: '批量导入账号', en: 'Imported accounts' },
  'user.reset_password': { zh: '重置密码', en: 'Reset a password' },
  'user.update': { zh: '修改账号', en: 'Updated an account' },
};

/** Every object type in the audit log, in words. */
export const ENTITY_LABELS: Record<AuditEntity, Label> = {
  application: { zh: '申请', en: 'Application' },
  job: { zh: '后台任务', en: 'Background job' },
  join_request: { zh: '入会申请', en: 'Request to join' },
  ledger_entry: { zh: '台账记录', en: 'Ledger entry' },
  org: { zh: '工会', en: 'Union' },
  payment_batch: { zh: '支付批次', en: 'Payment batch' },
  person: { zh: '会员', en: 'Member' },
  program: { zh: '项目', en: 'Program' },
  record: { zh: '记录', en: 'Record' },
  user: { zh: '账号', en: 'Account' },
};

/** Field names found in the records before and after a change, in words. */
const FIELD_LABELS: Record<string, Label> = {
  name: { zh: '名称/姓名', en: 'Name' },
  shortName: { zh: '简称', en: 'Short name' },
  kind: { zh: '类型', en: 'Kind' },
  level: { zh: '层级', en: 'Level' },
  uscc: { zh: '统一社会信用代码', en: 'Credit code' },
  employerName: { zh: '工作单位', en: 'Employer' },
  foundedOn: { zh: '成立日期', en: 'Founded on' },
  closedOn: { zh: '撤销日期', en: 'Closed on' },
  parentId: { zh: '上级工会', en: 'Parent union' },
  parentName: { zh: '上级工会', en: 'Parent union' },
  path: { zh: '组织路径', en: 'Place in the tree' },
  committee: { zh: '工会委员会', en: 'Committee' },
  chair: { zh: '主席', en: 'Chair' },
  viceChairs: { zh: '副主席', en: 'Vice chairs' },
  members: { zh: '委员', en: 'Members' },
  term: { zh: '届次', en: 'Term' },
  electedOn: { zh: '换届日期', en: 'Elected on' },
  status: { zh: '状态', en: 'Status' },
  phone: { zh: '手机号', en: 'Phone' },
  gender: { zh: '性别', en: 'Sex' },
  birthDate: { zh: '出生日期', en: 'Birth date' },
  joinedOn: { zh: '入会日期', en: 'Joined on' },
  leftOn: { zh: '转出日期', en: 'Left on' },
  orgId: { zh: '所属工会', en: 'Union' },
  attributes: { zh: '人员属性', en: 'Attributes' },
  idNumber: { zh: '身份证号', en: 'ID number' },
  displayName: { zh: '姓名', en: 'Name' },
  roles: { zh: '角色', en: 'Roles' },
  isActive: { zh: '启用', en: 'Active' },
  reason: { zh: '原因', en: 'Reason' },
  note: { zh: '备注', en: 'Note' },
  step: { zh: '审核步骤', en: 'Review step' },
  stepOrgId: { zh: '审核工会', en: 'Reviewing union' },
  amountFen: { zh: '金额', en: 'Amount' },
  totalFen: { zh: '合计金额', en: 'Total' },
  budgetFen: { zh: '预算', en: 'Budget' },
  quota: { zh: '名额', en: 'Quota' },
  description: { zh: '说明', en: 'Description' },
  category: { zh: '类别', en: 'Category' },
  periodLabel: { zh: '期间名称', en: 'Period' },
  periodStart: { zh: '期间开始', en: 'Period start' },
  periodEnd: { zh: '期间结束', en: 'Period end' },
  rule: { zh: '资格条件', en: 'Eligibility' },
  amount: { zh: '补贴金额', en: 'Amount' },
  reviewChain: { zh: '审核流程', en: 'Review chain' },
  requiredEvidence: { zh: '申请材料', en: 'Required evidence' },
  intakeModes: { zh: '申请方式', en: 'Intake' },
  limitMode: { zh: '受益次数限制', en: 'Limit' },
  version: { zh: '版本', en: 'Version' },
  count: { zh: '数量', en: 'Count' },
  itemCount: { zh: '笔数', en: 'Items' },
  rows: { zh: '行数', en: 'Rows' },
  imported: { zh: '已导入', en: 'Imported' },
  created: { zh: '新增', en: 'Created' },
  updated: { zh: '更新', en: 'Updated' },
};

const say = (label: Label | undefined, lang: string) =>
  label ? (lang === 'en' ? label.en : label.zh) : undefined;

/** An action in words; one the web does not know yet reads as "other action", never as its code. */
export const actionLabel = (action: string, lang: string) =>
  say(ACTION_LABELS[action as AuditAction], lang) ?? (lang === 'en' ? 'Other action' : '其他操作');

export const entityLabel = (entity: string, lang: string) =>
  say(ENTITY_LABELS[entity as AuditEntity], lang) ?? (lang === 'en' ? 'Other' : '其他');

/** A changed field's name in words (an unknown one is split into words rather than shown as a key). */
export function fieldLabel(key: string, lang: string): string {
  return say(FIELD_LABELS[key], lang) ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ');
}
