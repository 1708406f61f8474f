import { all, member, type ProgramPreset, yuan } from './preset.types.ts';

/**
 * Seed 000: 顺义区总工会《经济技术创新工作三年助推计划实施方案（2020年-2022年）》. The page prints who was
 * paid (170 certificates, 19 award winners — 2 above city level, 17 at city level —, 5 secondary unions,
 * 310 trainees with fees in full) but not the amounts: the tiers below are this preset's choice, editable.
 */
export const SHUNYI = '顺义区总工会';

/** The four courses whose fees the district paid in full. */
export const SHUNYI_TRAINING_COURSES = [
  '计算机辅助设计（CAD）',
  '平面设计师',
  '三维设计师',
  '电子商务师—网站建设与运营',
] as const;

const PLAN = '经济技术创新工作三年助推计划';
/** Yearly periods; each year's application counts that year's records (the default evidence window). */
const period = {
  periodLabel: '2020—2022年',
  periodStart: '2020-01-01',
  periodEnd: '2022-12-31',
  periodUnit: 'year' as const,
};

export function certificateTiers() {
  return {
    kind: 'tier' as const,
    by: 'certificate.grade' as const,
    tiers: [
      { key: '5', fen: yuan(300), label: '五级/初级工' },
      { key: '4', fen: yuan(500), label: '四级/中级工' },
      { key: '3', fen: yuan(1000), label: '三级/高级工' },
      { key: '2', fen: yuan(1500), label: '二级/技师' },
      { key: '1', fen: yuan(2000), label: '一级/高级技师' },
    ],
  };
}

export const SHUNYI_2020: ProgramPreset[] = [
  {
    key: 'shunyi-2020-certificate',
    owner: SHUNYI,
    seed: '000',
    input: {
      name: '职业资格等级证书助推',
      description: `${PLAN}：对职工当年取得的职业资格等级证书发放助推金，按证书等级分档，每本证书一次。`,
      category: 'subsidy',
      ...period,
      intakeModes: ['apply', 'batch', 'proposal'],
      limitMode: 'per_subject',
      subjectKind: 'certificate',
      reviewChain: [4, 3, 2],
      requiredEvidence: [{ key: 'certificate_scan', zh: '证书扫描件', en: 'certificate scan' }],
      rule: all(member, { op: 'has_record', kind: 'certificate', where: [] }),
      amount: certificateTiers(),
    },
  },
  {
    key: 'shunyi-2020-award',
    owner: SHUNYI,
    seed: '000',
    input: {
      name: '职业技能竞赛获奖助推',
      description: `${PLAN}：职工在市级及以上职业技能竞赛中获奖，按竞赛级别发放助推金（市级；市级以上）。`,
      category: 'subsidy',
      ...period,
      intakeModes: ['apply', 'batch', 'proposal'],
      limitMode: 'per_subject',
      subjectKind: 'award',
      reviewChain: [4, 3, 2],
      requiredEvidence: [{ key: 'award_notice', zh: '获奖证书或通知', en: 'award certificate or notice' }],
      rule: all(member, {
        op: 'has_record',
        kind: 'award',
        where: [{ field: 'level', cmp: 'gte', value: 'city' }],
      }),
      amount: {
        kind: 'tier',
        by: 'award.level',
        tiers: [
          { key: 'city', fen: yuan(2000), label: '市级' },
          { key: 'national', fen: yuan(5000), label: '国家级' },
          { key: 'international', fen: yuan(10000), label: '国际级' },
        ],
      },
    },
  },
  {
    key: 'shunyi-2020-union-competition',
    owner: SHUNYI,
    seed: '000',
    input: {
      name: '二级工会举办技能竞赛助推',
      description: `${PLAN}：街道、乡镇（二级）工会举办职工技能竞赛，按届发放竞赛助推资金。申请方为工会。`,
      category: 'subsidy',
      ...period,
      applicantType: 'union',
      intakeModes: ['apply', 'batch'],
      limitMode: 'per_person_per_period',
      reviewChain: [2],
      requiredEvidence: [
        { key: 'competition_report', zh: '竞赛方案及总结', en: 'competition plan and report' },
      ],
      rule: all(member, { op: 'union_level', cmp: 'eq', value: 3 }),
      amount: { kind: 'fixed', fen: yuan(20000) },
    },
  },
  {
    key: 'shunyi-2020-training',
    owner: SHUNYI,
    seed: '000',
    input: {
      name: '职工技能培训费全额助推',
      description: `${PLAN}：区总工会组织的计算机辅助设计（CAD）、平面设计师、三维设计师、电子商务师—网站建设与运营四项培训，考核合格的，培训费全额助推。`,
      category: 'subsidy',
      ...period,
      intakeModes: ['apply', 'batch', 'proposal'],
      limitMode: 'per_subject',
      subjectKind: 'training',
      reviewChain: [4, 2],
      requiredEvidence: [],
      rule: all(member, {
        op: 'has_record',
        kind: 'training',
        where: [
          { field: 'course', cmp: 'in', value: [...SHUNYI_TRAINING_COURSES] },
          { field: 'result', cmp: 'eq', value: 'passed' },
        ],
      }),
      amount: { kind: 'fee_share', percent: 100 },
    },
  },
  {
    key: 'shunyi-2020-studio',
    owner: SHUNYI,
    seed: '000',
    input: {
      name: '区级职工创新工作室助推',
      description: `${PLAN}：新申报并认定的区级职工创新工作室，由所在基层工会申请。申请方为工会（工作室的依托单位工会）。`,
      category: 'subsidy',
      ...period,
      applicantType: 'union',
      intakeModes: ['apply', 'batch'],
      limitMode: 'per_person_per_period',
      reviewChain: [3, 2],
      requiredEvidence: [{ key: 'studio_application', zh: '工作室申报书', en: 'studio application form' }],
      rule: all(member, { op: 'union_level', cmp: 'gte', value: 4 }),
      amount: { kind: 'fixed', fen: yuan(10000) },
    },
  },
  {
    key: 'shunyi-2020-innovation',
    owner: SHUNYI,
    seed: '000',
    input: {
      name: '职工自主创新成果助推',
      description: `${PLAN}：职工自主创新成果经评审择优助推，分三个等次，由区总工会在终审时选定。`,
      category: 'subsidy',
      ...period,
      intakeModes: ['apply', 'batch', 'nomination'],
      limitMode: 'per_person_per_period',
      reviewChain: [4, 3, 2],
      requiredEvidence: [{ key: 'achievement_report', zh: '创新成果报告', en: 'achievement report' }],
      rule: member,
      amount: {
        kind: 'tier',
        by: 'choice',
        tiers: [
          { key: 'first', fen: yuan(5000), label: '一等' },
          { key: 'second', fen: yuan(3000), label: '二等' },
          { key: 'third', fen: yuan(1000), label: '三等' },
        ],
      },
    },
  },
];

/**
 * This year's edition of the certificate subsidy (the plan renewed), so a worker can apply on the phone
 * today: certificates obtained this year or last.
 */
export function currentCertificateEdition(year: number): ProgramPreset {
  return {
    key: `shunyi-${year}-certificate`,
    owner: SHUNYI,
    seed: '000',
    input: {
      name: `职业资格等级证书助推（${year}年度）`,
      description: '延续三年助推计划：职工上年度或本年度取得职业资格等级证书的，按等级发放助推金。',
      category: 'subsidy',
      periodLabel: `${year}年`,
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
      periodUnit: 'year',
      // Certificates of the year before and of the year itself.
      evidenceWindow: { kind: 'years', before: 1 },
      intakeModes: ['apply', 'batch', 'proposal'],
      limitMode: 'per_subject',
      subjectKind: 'certificate',
      reviewChain: [4, 3, 2],
      budgetFen: yuan(300_000),
      requiredEvidence: [{ key: 'certificate_scan', zh: '证书扫描件', en: 'certificate scan' }],
      rule: all(member, { op: 'has_record', kind: 'certificate', where: [] }),
      amount: certificateTiers(),
    },
  };
}
