import type { Label } from '../../vocabulary.ts';
import type { AuditEntity } from './audit.catalog.ts';

/**
 * The counts a register's import writes to its audit row (shared/register-define.ts: the file's name and what the
 * declaration's `counts` answers), named as the import page names them (the web's `import.register.<register>`),
 * by the entity the import's row names: a count's key often means something else elsewhere (`members` is a
 * committee's 委员, `closed` a request's 已办结, `withdrawn` a role's withdrawn permissions). The web's
 * audit-fields.test.ts reads every register's count type and fails on a count with no name at all. A count every
 * register means alike (`onRecord`, ADR 150) is named once, with the other fields (audit.field-words.more.ts).
 */
export const IMPORT_FIELD_LABELS: Partial<Record<AuditEntity, Record<string, Label>>> = {
  program: {
    programs: { zh: '项目数', en: 'Programs' },
  },
  innovation_studio: {
    studios: { zh: '新建工作室', en: 'New studios' },
    existing: { zh: '已有工作室升级', en: 'Studios on record raised' },
    levels: { zh: '登记的等级', en: 'Levels recorded' },
    outside: { zh: '平台外已发放', en: 'Paid outside the platform' },
    onPlatform: { zh: '经平台发放（生成已批准的申请）', en: 'Through the platform (approved applications)' },
    members: { zh: '成员人数', en: 'Members' },
  },
  agreement: {
    agreements: { zh: '集体合同（份）', en: 'Agreements' },
    enterprises: { zh: '覆盖企业（家次）', en: 'Enterprises covered (listings)' },
  },
  pledge: {
    completed: { zh: '已完成项目', en: 'Projects completed' },
    milestones: { zh: '进度节点', en: 'Milestones' },
  },
  insurance_claim: {
    paid: { zh: '已赔付', en: 'Paid' },
    approved: { zh: '已核定赔付（未支付）', en: 'Approved, not yet paid' },
    rejected: { zh: '拒赔', en: 'Rejected' },
    pending: { zh: '待保险公司决定', en: 'With the insurer' },
    payoutFen: { zh: '赔付金额合计', en: 'Payouts in all' },
    paidFen: { zh: '其中已支付', en: 'Of which paid' },
  },
  insurance_policy: {
    listed: { zh: '有被保险人清单的保单', en: 'Policies with their list of the insured' },
    totals: { zh: '只有参保人数的保单', en: 'Policies kept as totals' },
    insured: { zh: '被保险人记录', en: 'Insured rows' },
    premiumFen: { zh: '保费合计（清单按在保天数折算）', en: 'Premiums in all (a list by days of cover)' },
  },
  counselling_session_counts: {
    sessions: { zh: '咨询次数', en: 'Sessions' },
  },
  selection: {
    selections: { zh: '评选（按公布日期直接确定结果）', en: 'Selections (final on their announcement day)' },
  },
  station_service_counts: {
    stations: { zh: '站点数', en: 'Stations' },
  },
  wellness_batch: {
    batches: { zh: '新建批次', en: 'New batches' },
    substituted: { zh: '被替换（按替补人的推荐日期）', en: "Replaced (on the substitute's nomination day)" },
    withdrawn: { zh: '退出（按变动日期）', en: 'Withdrawn (on the day given)' },
    attended: { zh: '到场', en: 'Attended' },
    absent: { zh: '未到', en: 'Absent' },
  },
  activities_register: {
    signups: { zh: '报名人数', en: 'Sign-ups' },
    attendance: { zh: '参加人数', en: 'Attendance' },
    totalsOnly: { zh: '只登记人数的活动', en: 'Activities recorded as totals only' },
  },
  donation: {
    money: { zh: '捐款（笔）', en: 'Money gifts' },
    goods: { zh: '捐物（批）', en: 'Gifts of goods' },
    newDonors: { zh: '新登记爱心单位', en: 'Donors registered' },
  },
  hardship_file: {
    inForce: { zh: '在档（职工按困难职工参与帮扶）', en: 'In force (the workers count as in hardship)' },
    expired: { zh: '已过期', en: 'Expired' },
    closed: { zh: '已销档', en: 'Closed' },
    drafts: { zh: '待认定', en: 'Awaiting verification' },
    members: { zh: '家庭成员（人）', en: 'Household members' },
    replaced: { zh: '被替换的手填困难类别', en: 'Hand-entered hardship categories replaced' },
  },
};
