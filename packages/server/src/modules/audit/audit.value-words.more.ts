import type { Label } from '../../vocabulary.ts';

/**
 * More of the modules' coded values, as MODULE_VALUE_WORDS (audit.value-words.modules.ts) holds them: the lists of
 * the modules whose audit rows came to carry codes later (an insurance claim's status, a call's result, a
 * counselling booking's channel …), each the words of the web's message list of its name, which the web's
 * audit-value-words.test.ts holds alike. audit-fields.test.ts fails on a code a field's type allows unsaid.
 */
export const MORE_MODULE_VALUE_WORDS: Readonly<Record<string, Readonly<Record<string, Label>>>> = {
  'agr.clause': {
    health_check: { zh: '女职工专项健康体检', en: "Women's special health checks" },
    maternity: { zh: '孕期、产期、哺乳期保护', en: 'Pregnancy, maternity and nursing protection' },
    menstrual: { zh: '经期保护', en: 'Menstrual-period protection' },
    pregnancy_duties: { zh: '孕期调整岗位与禁忌劳动', en: 'Lighter duties during pregnancy' },
    nursing_room: { zh: '哺乳室（爱心妈咪小屋）', en: 'Nursing room' },
    equal_pay: { zh: '男女同工同酬', en: 'Equal pay for women and men' },
    harassment: { zh: '防治性骚扰', en: 'Prevention of sexual harassment' },
    wages: { zh: '工资分配与增长', en: 'Wages and pay rises' },
    hours: { zh: '工作时间', en: 'Working hours' },
    leave: { zh: '休息休假', en: 'Rest and leave' },
    safety: { zh: '劳动安全卫生', en: 'Occupational safety and health' },
    insurance: { zh: '保险福利', en: 'Insurance and welfare' },
    training: { zh: '职业技能培训', en: 'Vocational training' },
  },
  'agr.kind': {
    general: { zh: '综合集体合同', en: 'Collective agreement' },
    wage: { zh: '工资专项集体合同', en: 'Wage agreement' },
    women: { zh: '女职工特殊权益保护专项协议', en: "Women workers' special protection agreement" },
    safety: { zh: '劳动安全卫生专项集体合同', en: 'Occupational safety agreement' },
  },
  'agr.level': {
    area: { zh: '区域', en: 'Area' },
    industry: { zh: '行业', en: 'Industry' },
    enterprise: { zh: '企业', en: 'Enterprise' },
  },
  'calls.result': {
    first: { zh: '一等奖', en: 'First prize' },
    second: { zh: '二等奖', en: 'Second prize' },
    third: { zh: '三等奖', en: 'Third prize' },
    merit: { zh: '优秀奖', en: 'Merit award' },
    exhibit: { zh: '入展', en: 'Exhibited' },
    none: { zh: '未入选', en: 'Not chosen' },
  },
  'calls.status': {
    submitted: { zh: '待审核', en: 'Awaiting review' },
    returned: { zh: '已退回', en: 'Returned' },
    passed: { zh: '审核通过', en: 'Passed' },
  },
  'care.visit.receiptKind': {
    photo: { zh: '照片', en: 'Photo' },
    receipt: { zh: '签收单', en: 'Receipt' },
  },
  'cong.disclosure': {
    finance: { zh: '财务', en: 'Finance' },
    welfare: { zh: '福利', en: 'Welfare' },
    safety: { zh: '安全', en: 'Safety' },
    performance: { zh: '绩效', en: 'Performance' },
    wages: { zh: '工资', en: 'Wages' },
    other: { zh: '其他', en: 'Other' },
  },
  'cong.motionKind': {
    resolution: { zh: '决议', en: 'Resolution' },
    agreement: { zh: '集体合同草案', en: 'Collective agreement draft' },
    welfare: { zh: '福利方案', en: 'Welfare plan' },
    other: { zh: '其他事项', en: 'Other matter' },
  },
  'cong.rating': {
    satisfied: { zh: '满意', en: 'Satisfied' },
    basic: { zh: '基本满意', en: 'Mostly satisfied' },
    dissatisfied: { zh: '不满意', en: 'Dissatisfied' },
  },
  'cong.result': {
    passed: { zh: '通过', en: 'Passed' },
    failed: { zh: '未通过', en: 'Not passed' },
    no_quorum: { zh: '不足法定人数', en: 'No quorum' },
  },
  'csl.cancelledBy': {
    worker: { zh: '职工取消', en: 'by the worker' },
    counsellor: { zh: '咨询师取消', en: 'by the counsellor' },
    staff: { zh: '工会代为取消', en: 'by the union' },
  },
  'csl.channel': {
    app: { zh: '手机预约', en: 'Phone' },
    hotline: { zh: '热线代约', en: 'Hotline' },
  },
  'csl.kind': {
    counsellor: { zh: '心理咨询师', en: 'Counsellor' },
    volunteer: { zh: '心理关爱志愿者', en: 'Trained volunteer' },
  },
  'csl.mode': {
    online: { zh: '线上', en: 'Online' },
    in_person: { zh: '面谈', en: 'In person' },
    either: { zh: '线上或面谈', en: 'Online or in person' },
  },
  endReason: {
    retired: { zh: '退休', en: 'Retired' },
    left_unit: { zh: '离开单位', en: 'Left the unit' },
    died: { zh: '去世', en: 'Died' },
    other: { zh: '其他', en: 'Other' },
  },
  'ins.kind': {
    medical: { zh: '意外医疗', en: 'Accident medical' },
    disability: { zh: '意外伤残', en: 'Accident disability' },
    death: { zh: '意外身故', en: 'Accidental death' },
  },
  'ins.status': {
    filed: { zh: '已报案', en: 'Filed' },
    returned: { zh: '已退回', en: 'Returned' },
    forwarded: { zh: '已报送保险公司', en: 'With the insurer' },
    approved: { zh: '已核赔', en: 'Approved' },
    rejected: { zh: '拒赔', en: 'Rejected' },
    paid: { zh: '已赔付', en: 'Paid' },
    withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  },
  'learn.level': {
    national: { zh: '全国', en: 'National' },
    provincial: { zh: '省级', en: 'Provincial' },
    district: { zh: '区县级', en: 'District' },
    enterprise: { zh: '企业', en: 'Enterprise' },
  },
  'learn.lessonKind': {
    video: { zh: '视频', en: 'Video' },
    document: { zh: '文档', en: 'Document' },
    link: { zh: '链接', en: 'Link' },
  },
  'learn.masterTitle': {
    model_worker: { zh: '劳模', en: 'Model worker' },
    craftsman: { zh: '工匠', en: 'Craftsman' },
  },
  'learn.resourceKind': {
    ebook: { zh: '电子书', en: 'E-book' },
    video: { zh: '视频', en: 'Video' },
    audio: { zh: '音频', en: 'Audio' },
    document: { zh: '文档', en: 'Document' },
  },
  'mw.source': {
    selection: { zh: '评选结果', en: 'Selection result' },
    external: { zh: '外部授予', en: 'From outside' },
  },
  'pl.category': {
    skills: { zh: '技能提升', en: 'Skills' },
    conditions: { zh: '生产生活条件', en: 'Working and living conditions' },
    relief: { zh: '帮扶救助', en: 'Relief and assistance' },
    welfare: { zh: '福利体系', en: 'Welfare' },
    special_groups: { zh: '特殊群体', en: 'Special groups' },
  },
  'rec.level': {
    enterprise: { zh: '企业级', en: 'Enterprise' },
    district: { zh: '区级', en: 'District' },
    city: { zh: '市级', en: 'City' },
    national: { zh: '国家级', en: 'National' },
    international: { zh: '国际级', en: 'International' },
  },
  'rec.source': {
    staff: { zh: '手工录入', en: 'Entered by staff' },
    import: { zh: '批量导入', en: 'Imported' },
    event: { zh: '活动', en: 'Event' },
    contest: { zh: '竞赛成绩发布', en: 'Contest results' },
    selection: { zh: '评选结果', en: 'Selection results' },
    learning: { zh: '学习完成', en: 'Course completed' },
    innovation: { zh: '创新成果', en: 'Innovation' },
  },
  'sel.objections.status': {
    open: { zh: '待处理', en: 'Open' },
    upheld: { zh: '异议成立', en: 'Upheld' },
    dismissed: { zh: '异议不成立', en: 'Dismissed' },
  },
  'stu.grants.kinds': {
    project: { zh: '创新项目', en: 'Innovation project' },
    support: { zh: '工作室建设助推', en: "Support of the studio's work" },
    city: { zh: '市级认定助推', en: 'City-level recognition subsidy' },
    city_demonstration: { zh: '市级示范认定助推', en: 'City-demonstration recognition subsidy' },
    expert_fees: { zh: '专家费', en: 'Expert fees' },
    mentoring: { zh: '带徒津贴', en: 'Mentoring stipends' },
  },
  'stu.reev.outcomes': {
    pass: { zh: '合格', en: 'Pass' },
    rectify: { zh: '限期整改', en: 'Rectify by a deadline' },
    revoke: { zh: '撤销', en: 'Revoke' },
  },
};
