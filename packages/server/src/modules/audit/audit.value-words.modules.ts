import type { Label } from '../../vocabulary.ts';

/**
 * The words of the coded values the modules' own records carry in their audit rows (a station's kind, a request's
 * channel, a studio's level …), by the name of the web's message list that says them on the module's own pages
 * (`st.kind`, `case.channel` …): the web's audit-value-words.test.ts holds each list here to the words of that
 * message list, so the audit log and the module's pages say a code alike. audit.value-words.ts joins these to
 * its own lists; `valueWordsOf` tells which entity's field is said by which.
 */
export const MODULE_VALUE_WORDS: Readonly<Record<string, Readonly<Record<string, Label>>>> = {
  'ach.type': {
    technical_innovation: { zh: '技术革新', en: 'Technical innovation' },
    invention_patent: { zh: '发明专利', en: 'Invention patent' },
    utility_model: { zh: '实用新型', en: 'Utility model' },
    construction_method: { zh: '工法', en: 'Construction method' },
    management_innovation: { zh: '管理创新', en: 'Management innovation' },
    software: { zh: '软件', en: 'Software' },
    other: { zh: '其他', en: 'Other' },
  },
  'ach.stage': {
    developing: { zh: '研发中', en: 'In development' },
    applied: { zh: '已应用', en: 'In use' },
    converted: { zh: '已转化', en: 'Converted' },
  },
  'act.status': {
    confirmed: { zh: '已报名', en: 'Signed up' },
    waiting: { zh: '候补', en: 'Waiting' },
    cancelled: { zh: '已取消', en: 'Cancelled' },
  },
  'care.recipientKind': {
    person: { zh: '职工个人', en: 'A worker' },
    enterprise: { zh: '企业', en: 'Enterprise' },
    building: { zh: '楼宇', en: 'Building' },
    community: { zh: '社区', en: 'Community' },
    village: { zh: '结对村（一助一）', en: 'Paired village' },
  },
  'case.channel': {
    mailbox: { zh: '工会主席信箱', en: "Chairman's mailbox" },
    hotline: { zh: '职工维权热线', en: 'Rights hotline' },
    wechat: { zh: '维权微信号', en: 'Rights WeChat' },
    reception: { zh: '接待日', en: 'Reception day' },
    forum: { zh: '恳谈会', en: 'Open forum' },
    congress: { zh: '职代会/职工大会', en: "Workers' congress" },
    committee: { zh: '民主管理委员会', en: 'Democratic management committee' },
    app: { zh: '手机应用', en: 'Phone app' },
  },
  'case.status': {
    submitted: { zh: '待受理', en: 'Awaiting acceptance' },
    accepted: { zh: '办理中', en: 'In hand' },
    answered: { zh: '已答复', en: 'Answered' },
    closed: { zh: '已办结', en: 'Closed' },
    open: { zh: '未办结', en: 'Open' },
  },
  'cong.kind': {
    congress: { zh: '职工代表大会', en: "Workers' congress" },
    assembly: { zh: '职工大会', en: 'General assembly' },
  },
  'contest.kind': {
    skills: { zh: '技能竞赛', en: 'Skills contest' },
    labour: { zh: '劳动竞赛', en: 'Labour contest' },
  },
  'contest.level': {
    national: { zh: '国家级', en: 'National' },
    city: { zh: '市级', en: 'City' },
    district: { zh: '区级', en: 'District' },
    industry: { zh: '系统/行业', en: 'System or industry' },
    enterprise: { zh: '企业级', en: 'Enterprise' },
  },
  'contest.status': {
    open: { zh: '报名中', en: 'Open for entries' },
    closed: { zh: '已截止报名', en: 'Entries closed' },
    published: { zh: '成绩已发布', en: 'Results published' },
  },
  'don.kind': {
    money: { zh: '捐款', en: 'Money' },
    goods: { zh: '捐物', en: 'Goods' },
  },
  'don.donorKind': {
    enterprise: { zh: '企业/单位', en: 'Enterprise or organisation' },
    person: { zh: '个人', en: 'Person' },
  },
  'hs.cause': {
    illness: { zh: '大病', en: 'Serious illness' },
    epidemic: { zh: '因疫致困', en: 'Epidemic' },
    disability: { zh: '残疾', en: 'Disability' },
    single_parent: { zh: '单亲', en: 'Single parent' },
    unemployment: { zh: '失业', en: 'Unemployment' },
    education: { zh: '子女教育', en: "Children's education" },
    disaster: { zh: '灾害', en: 'Disaster' },
    accident: { zh: '意外事故', en: 'Accident' },
    low_income: { zh: '低收入', en: 'Low income' },
    other: { zh: '其他', en: 'Other' },
  },
  'hs.level': {
    deep: { zh: '深度困难', en: 'Deep hardship' },
    relative: { zh: '相对困难', en: 'Relative hardship' },
    accident: { zh: '意外致困', en: 'Sudden hardship' },
  },
  'hs.status': {
    draft: { zh: '待认定', en: 'Awaiting verification' },
    verified: { zh: '在档', en: 'On file' },
    expired: { zh: '已过期', en: 'Expired' },
    closed: { zh: '已销档', en: 'Closed' },
  },
  'stu.level': {
    grassroots: { zh: '基层', en: 'Grassroots' },
    district: { zh: '区级（局/集团级）', en: 'District (bureau/group)' },
    city: { zh: '市级', en: 'City' },
    city_demonstration: { zh: '市级示范', en: 'City demonstration' },
    national: { zh: '全国', en: 'National' },
  },
  'stu.status': {
    active: { zh: '有效', en: 'Active' },
    revoked: { zh: '已撤销', en: 'Revoked' },
    closed: { zh: '已关闭', en: 'Closed' },
  },
  'stu.rec.status': {
    submitted: { zh: '审核中', en: 'Under review' },
    approved: { zh: '已认定', en: 'Recognised' },
    rejected: { zh: '已驳回', en: 'Rejected' },
  },
  'mr.kind': {
    correction: { zh: '信息更正', en: 'Correction' },
    transfer: { zh: '转会', en: 'Transfer' },
  },
  'ip.sessionKind': {
    training: { zh: '培训', en: 'Training' },
    on_site: { zh: '现场指导', en: 'On-site guidance' },
    exchange: { zh: '交流研讨', en: 'Exchange' },
    other: { zh: '其他', en: 'Other' },
  },
  'ip.studio.pairStatus': {
    invited: { zh: '待确认', en: 'Invited' },
    accepted: { zh: '已结对', en: 'Paired' },
    declined: { zh: '已谢绝', en: 'Declined' },
  },
  'ledger.method': {
    bank: { zh: '银行卡', en: 'Bank account' },
    jingka: { zh: '京卡', en: 'Jingka card' },
  },
  'ip.status': {
    submitted: { zh: '待审核', en: 'Awaiting check' },
    published: { zh: '已发布', en: 'Published' },
    rejected: { zh: '已退回', en: 'Sent back' },
    claimed: { zh: '攻关中', en: 'In progress' },
    closed: { zh: '已结题', en: 'Closed' },
  },
  'rec.kind': {
    certificate: { zh: '职业资格证书', en: 'Certificate' },
    award: { zh: '竞赛获奖', en: 'Award' },
    training: { zh: '培训', en: 'Training' },
    patent: { zh: '专利', en: 'Patent' },
  },
  'sel.status': {
    nominating: { zh: '推荐中', en: 'Nominating' },
    judging: { zh: '评审中', en: 'Judging' },
    notice: { zh: '公示中', en: 'On public notice' },
    final: { zh: '已确定', en: 'Final' },
  },
  'st.kind': {
    home: { zh: '职工之家', en: "Workers' home" },
    outdoor: { zh: '户外劳动者驿站', en: 'Outdoor workers’ station' },
    nursing: { zh: '母婴室', en: 'Nursing room' },
    postal: { zh: '投递员之家', en: 'Postal carriers’ home' },
    other: { zh: '其他', en: 'Other' },
  },
  'st.service': {
    meal: { zh: '热饭', en: 'Hot meals' },
    charge: { zh: '充电', en: 'Charging' },
    water: { zh: '饮水', en: 'Drinking water' },
    rest: { zh: '休息', en: 'Rest' },
    toilet: { zh: '如厕', en: 'Toilet' },
    legal: { zh: '法律咨询', en: 'Legal advice' },
    consult: { zh: '工会业务咨询', en: 'Union advice' },
    firstaid: { zh: '应急药箱', en: 'First aid kit' },
    nursing: { zh: '哺乳', en: 'Nursing' },
  },
  'wel.instKind': {
    sanatorium: { zh: '疗养院', en: 'Sanatorium' },
    checkup_centre: { zh: '体检中心', en: 'Check-up centre' },
  },
  'wel.kind': {
    recuperation: { zh: '疗休养', en: 'Recuperation' },
    checkup: { zh: '健康体检', en: 'Health check' },
  },
  'mw.level': {
    national: { zh: '全国', en: 'National' },
    provincial: { zh: '省部级', en: 'Provincial' },
    city: { zh: '市级', en: 'City' },
    district: { zh: '区级', en: 'District' },
  },
  'mw.status': {
    active: { zh: '在职', en: 'Active' },
    retired: { zh: '退休', en: 'Retired' },
    deceased: { zh: '已故', en: 'Deceased' },
  },
  'mw.health': {
    good: { zh: '良好', en: 'Good' },
    fair: { zh: '一般', en: 'Fair' },
    poor: { zh: '较差', en: 'Poor' },
    critical: { zh: '病重', en: 'Critical' },
  },
  'mw.kind': {
    model: { zh: '劳动模范', en: 'Model worker' },
    advanced: { zh: '先进工作者', en: 'Advanced worker' },
    other: { zh: '其他荣誉', en: 'Other honour' },
  },
  'mr.status': {
    pending: { zh: '办理中', en: 'In progress' },
    accepted: { zh: '已同意', en: 'Accepted' },
    declined: { zh: '未同意', en: 'Declined' },
  },
  'cong.status': {
    filed: { zh: '征集附议', en: 'Collecting co-signatures' },
    accepted: { zh: '已立案', en: 'Accepted' },
    rejected: { zh: '不予立案', en: 'Declined' },
    merged: { zh: '已并案', en: 'Merged' },
    opinion: { zh: '已转为意见建议', en: 'Made an opinion' },
    assigned: { zh: '办理中', en: 'Being handled' },
    answered: { zh: '已答复', en: 'Answered' },
    closed: { zh: '已办结', en: 'Closed' },
  },
  'ach.patentType': {
    invention: { zh: '发明', en: 'Invention' },
    utility_model: { zh: '实用新型', en: 'Utility model' },
    design: { zh: '外观设计', en: 'Design' },
  },
};
