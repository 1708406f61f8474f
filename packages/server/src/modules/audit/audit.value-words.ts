import { ROLE_NAMES } from '../../access/role-list.ts';
import type { Label } from '../../vocabulary.ts';
import { MODULE_CODE_WORDS } from './audit.catalog.ts';
import { MODULE_VALUE_WORDS } from './audit.value-words.modules.ts';
import { MORE_MODULE_VALUE_WORDS } from './audit.value-words.more.ts';

/**
 * The words for the coded values an audit row's before and after values hold (a program's status, a union's kind,
 * a member's model-worker level …), by the name of the list they come from. The audit page and the log's .xlsx
 * export (变更内容) both read them here; the lists are the web's messages of the same name (`prog.status.draft`
 * …), which the other pages show, and the web's audit-value-words.test.ts holds the two to the same words.
 */
export const AUDIT_VALUE_WORDS: Readonly<Record<string, Readonly<Record<string, Label>>>> = {
  'prog.status': {
    draft: { zh: '草稿', en: 'Draft' },
    published: { zh: '已发布', en: 'Published' },
    closed: { zh: '已关闭', en: 'Closed' },
  },
  'prog.category': {
    subsidy: { zh: '补贴', en: 'Subsidy' },
    relief: { zh: '帮扶救助', en: 'Relief' },
    quota_benefit: { zh: '名额福利', en: 'Quota benefit' },
    flash_claim: { zh: '限量抢购', en: 'Flash claim' },
    insurance: { zh: '互助保险', en: 'Insurance' },
  },
  'prog.applicantType': {
    person: { zh: '职工个人', en: 'A worker' },
    union: { zh: '工会组织', en: 'A union' },
  },
  'prog.periodUnit': {
    year: { zh: '每年', en: 'Per year' },
    whole: { zh: '整个期间', en: 'Whole period' },
  },
  'prog.intake': {
    apply: { zh: '职工申请', en: 'Worker applies' },
    batch: { zh: '工会批量报送', en: 'Union batch' },
    proposal: { zh: '系统按记录推荐', en: 'Proposed from records' },
    claim: { zh: '先到先得领取', en: 'First-come claim' },
    nomination: { zh: '推荐评选', en: 'Nomination' },
    register: { zh: '台账补录（平台外已发放）', en: 'Recorded from a register (paid outside the platform)' },
  },
  'prog.limitMode': {
    per_person_per_period: { zh: '每人每周期一次', en: 'Once per person per period' },
    per_union_per_period: { zh: '每个工会每周期一次', en: 'Once per union per period' },
    per_subject: {
      zh: '每项记录一次（如每本证书、每项专利）',
      en: 'Once per record (each certificate, each patent)',
    },
    per_subject_union: {
      zh: '每个对象一次（如每个工作室，从工作室页面申请）',
      en: "Once per subject (each studio, applied for from the studio's page)",
    },
    none: { zh: '不限次数', en: 'No limit' },
  },
  'prog.orgLevel': {
    '1': { zh: '市总工会', en: 'federation' },
    '2': { zh: '区/产业工会', en: 'district/industry union' },
    '3': { zh: '街道/乡镇工会', en: 'street/town union' },
    '4': { zh: '基层工会', en: 'grassroots union' },
    '5': { zh: '分会/小组', en: 'branch' },
  },
  'review.status': {
    submitted: { zh: '审核中', en: 'In review' },
    returned: { zh: '已退回', en: 'Returned' },
    approved: { zh: '已通过', en: 'Approved' },
    rejected: { zh: '未通过', en: 'Rejected' },
    withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  },
  'ledger.batchStatus': {
    draft: { zh: '待导出', en: 'Not exported' },
    exported: { zh: '已导出', en: 'Exported' },
    paid: { zh: '已发放', en: 'Paid' },
    cancelled: { zh: '已作废', en: 'Cancelled' },
  },
  'ledger.state': {
    reversed: { zh: '已冲正', en: 'Reversed' },
    paid: { zh: '已发放', en: 'Paid' },
    in_batch: { zh: '待发放（已入批次）', en: 'In a batch' },
    unpaid: { zh: '未发放', en: 'Unpaid' },
  },
  'onb.requests.status': {
    pending: { zh: '待审核', en: 'Waiting' },
    accepted: { zh: '已通过', en: 'Accepted' },
    declined: { zh: '未通过', en: 'Declined' },
  },
  'audit.importMode': {
    all_or_nothing: { zh: '全部有效才导入', en: 'All rows or nothing' },
    valid_only: { zh: '只导入有效行', en: 'Valid rows only' },
    all: { zh: '全部有效才导入', en: 'All rows or nothing' },
    valid: { zh: '只导入有效行', en: 'Valid rows only' },
  },
  orgKind: {
    federation: { zh: '市总工会', en: 'Federation' },
    district: { zh: '区总工会', en: 'District union' },
    industry: { zh: '产业工会', en: 'Industry union' },
    street: { zh: '街道总工会', en: 'Street union' },
    town: { zh: '乡镇总工会', en: 'Town union' },
    group: { zh: '集团工会', en: 'Group union' },
    industry_federation: { zh: '行业工会联合会', en: 'Industry federation (district)' },
    system: { zh: '系统工会', en: 'System union' },
    grassroots: { zh: '基层工会', en: 'Grassroots union' },
    branch: { zh: '分会/小组', en: 'Branch' },
  },
  orgStatus: {
    active: { zh: '正常', en: 'Active' },
    closed: { zh: '已撤销', en: 'Closed' },
  },
  gender: {
    male: { zh: '男', en: 'Male' },
    female: { zh: '女', en: 'Female' },
  },
  modelWorkerLevel: {
    national: { zh: '全国劳模', en: 'National model worker' },
    city: { zh: '市级劳模', en: 'City model worker' },
    district: { zh: '区级劳模', en: 'District model worker' },
  },
  hardshipLevel: {
    relative: { zh: '相对困难', en: 'Relative hardship' },
    general: { zh: '一般困难', en: 'General hardship' },
    deep: { zh: '深度困难', en: 'Deep hardship' },
  },
  'audit.signInFailure': {
    wrong_password: { zh: '密码错误', en: 'Wrong password' },
    unknown_login: { zh: '账号不存在', en: 'No such account' },
    disabled: { zh: '账号已停用', en: 'Account disabled' },
    no_role: { zh: '账号没有可用的角色', en: 'Account has no usable role' },
    wrong_code: { zh: '验证码错误或已失效', en: 'Wrong or expired code' },
  },
  'audit.refusal': {
    PERMISSION_DENIED: { zh: '角色无此权限', en: 'The role lacks the permission' },
    OVERSEER_IN_OFFICE: {
      zh: '系统管理员不能设立安全、审计管理员',
      en: 'The system administrator may not name a security or audit administrator',
    },
    OVERSEER_ACCOUNT: {
      zh: '系统管理员不能修改安全、审计管理员账号',
      en: "The system administrator may not change a security or audit administrator's account",
    },
    other: { zh: '被拒绝', en: 'Refused' },
  },
  'prog.window.kind': {
    period: { zh: '申请所属期间内', en: "Within the application's period" },
    years: { zh: '含之前年度', en: 'Including years before' },
    dates: { zh: '指定日期范围', en: 'Between dates' },
    any: { zh: '不限日期', en: 'Any date' },
  },
  role: ROLE_NAMES,
  ...MODULE_VALUE_WORDS,
  ...MORE_MODULE_VALUE_WORDS,
};

/**
 * Coded values only the audit log says, which no page lists as such and no one module owns: why an import left a
 * row out, an election's majority rule on a union's record. A module's own such codes are in its vocabulary
 * (`auditValues`, ADR 156).
 */
export const LOG_VALUE_WORDS: Readonly<Record<string, Readonly<Record<string, Label>>>> = {
  // why an import left a row out without an error (ignoredRows[].reason, shared/spreadsheet.ts)
  'audit.ignoredReason': {
    total: { zh: '合计行', en: 'A totals row' },
    sum: {
      zh: '合计行（无“合计”字样，各数等于上方之和）',
      en: 'A totals row (no "total" label, the sums of the rows above)',
    },
    note: { zh: '填表说明等非数据行', en: 'Notes or another row that is not data' },
  },
  // an election's majority rule, as the election settings name it (el.setting.voting, el.setting.present)
  'audit.electionMajority': {
    voting: { zh: '超过投票数的半数', en: 'More than half of the ballots cast' },
    present: { zh: '超过到会人数的半数', en: 'More than half of those present' },
  },
};

/** The name `valueWordsOf` gives the codes a module declares for a field of its object (`auditValues`, ADR 156). */
const DECLARED = 'declared:';

/**
 * The words of a list, whether the pages share it (AUDIT_VALUE_WORDS), only the log says it, or a module declares
 * it in its vocabulary.
 */
export function valueWordsIn(list: string): Readonly<Record<string, Label>> | undefined {
  if (!list.startsWith(DECLARED)) return AUDIT_VALUE_WORDS[list] ?? LOG_VALUE_WORDS[list];
  const [entity, field] = list.slice(DECLARED.length).split(':');
  return MODULE_CODE_WORDS[entity]?.[field];
}

/** The words a program's evidence window is said in ("含之前 1 年", "2020-01-01 至 2020-12-31"), as its editor says it. */
export const WINDOW_WORDS = {
  before: { zh: '含之前', en: 'Including' },
  years: { zh: '年', en: 'year(s) before' },
  to: { zh: '至', en: 'to' },
} as const satisfies Record<string, Label>;

/** The list a field's codes are said by, or the lists, in order, where one field holds the codes of two. */
type ValueList = string | readonly string[];

/**
 * Which list says a coded field of an entity's audit rows, by entity and field, where the words are the pages' own
 * lists (a new module declares its codes' words in its vocabulary instead, `auditValues`, ADR 156;
 * audit.demo-words.test.ts fails on a code the demo's log shows unsaid).
 */
const ENTITY_VALUE_LISTS: Readonly<Record<string, Readonly<Record<string, ValueList>>>> = {
  program: {
    status: 'prog.status',
    category: 'prog.category',
    applicantType: 'prog.applicantType',
    periodUnit: 'prog.periodUnit',
    intakeModes: 'prog.intake',
    limitMode: 'prog.limitMode',
    reviewChain: 'prog.orgLevel',
    subjectKind: 'rec.kind',
    intake: 'prog.intake',
  },
  application: { status: 'review.status', intake: 'prog.intake' },
  payment_batch: { status: 'ledger.batchStatus', method: 'ledger.method' },
  ledger_entry: { paymentStatus: 'ledger.state' },
  join_request: { status: 'onb.requests.status' },
  person: {
    gender: 'gender',
    modelWorkerLevel: 'modelWorkerLevel',
    hardshipLevel: 'hardshipLevel',
    reason: 'endReason',
  },
  user: { role: 'role', reason: 'audit.signInFailure' },
  achievement: {
    type: 'ach.type',
    stage: 'ach.stage',
    patentType: 'ach.patentType',
    'patent.type': 'ach.patentType',
  },
  activity: { status: 'act.status' },
  agreement: { kind: 'agr.kind', level: 'agr.level', clauses: 'agr.clause' },
  call_work: { status: 'calls.status', result: 'calls.result' },
  care_visit: { recipientKind: 'care.recipientKind', kind: 'care.visit.receiptKind' },
  case: {
    channel: 'case.channel',
    status: 'case.status',
  },
  // a congress's own kind, and the kind of a motion put to its vote (the codes of the two differ)
  congress: { kind: ['cong.kind', 'cong.motionKind'], result: 'cong.result' },
  congress_disclosure: { category: 'cong.disclosure' },
  congress_proposal: { status: 'cong.status', rating: 'cong.rating' },
  counselling_booking: { channel: 'csl.channel', mode: 'csl.mode', by: 'csl.cancelledBy' },
  counselling_counsellor: { kind: 'csl.kind' },
  contest: { kind: 'contest.kind', level: 'contest.level', status: 'contest.status' },
  donation: { kind: 'don.kind' },
  donor: { kind: 'don.donorKind' },
  hardship_file: {
    causes: 'hs.cause',
    level: 'hs.level',
    status: 'hs.status',
    hardshipLevel: 'hardshipLevel',
  },
  innovation_recognition: { level: 'stu.level', status: 'stu.rec.status' },
  innovation_studio: {
    level: 'stu.level',
    status: 'stu.status',
    kind: 'stu.grants.kinds',
    outcome: 'stu.reev.outcomes',
  },
  insurance_claim: { status: 'ins.status', kind: 'ins.kind' },
  learning_resource: { kind: 'learn.resourceKind' },
  learning_site: { level: 'learn.level' },
  lesson: { kind: 'learn.lessonKind' },
  master: { title: 'learn.masterTitle' },
  studio: { level: 'stu.level', status: 'stu.status' },
  member_request: { kind: 'mr.kind', status: 'mr.status' },
  mentoring_session: { kind: 'ip.sessionKind' },
  mentorship: { status: 'ip.studio.pairStatus' },
  modelworker: {
    level: 'mw.level',
    status: 'mw.status',
    kind: 'mw.kind',
    health: 'mw.health',
    source: 'mw.source',
  },
  org: { kind: 'orgKind', status: 'orgStatus', majority: 'audit.electionMajority' },
  pledge: { category: 'pl.category' },
  problem: { status: 'ip.status' },
  record: {
    kind: 'rec.kind',
    level: 'rec.level',
    patentType: 'ach.patentType',
    source: 'rec.source',
  },
  selection: { status: 'sel.status' },
  selection_objection: { status: 'sel.objections.status' },
  station: { kind: 'st.kind', services: 'st.service' },
  wellness_institution: { kind: 'wel.instKind' },
  wellness_program: { kind: 'wel.kind' },
};

/**
 * The list of words a coded value of this entity's field is said in (of the field `parent` holds it in, where a
 * list says so: `patent.type`), or its lists; null for a field that holds no code.
 */
export function valueWordsOf(entity: string, key: string, parent?: string): ValueList | null {
  const declared = MODULE_CODE_WORDS[entity];
  const field = parent && declared?.[`${parent}.${key}`] ? `${parent}.${key}` : declared?.[key] ? key : null;
  if (field) return `${DECLARED}${entity}:${field}`;
  const lists = ENTITY_VALUE_LISTS[entity];
  return (
    (parent ? lists?.[`${parent}.${key}`] : undefined) ??
    lists?.[key] ??
    (key === 'mode'
      ? 'audit.importMode'
      : parent === 'ignoredRows' && key === 'reason'
        ? 'audit.ignoredReason'
        : null)
  );
}
