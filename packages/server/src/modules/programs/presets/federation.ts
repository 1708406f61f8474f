import { all, member, type ProgramPreset, yuan } from './preset.types.ts';

/**
 * Seed 002: 北京市总工会's incentives for innovation. Studio and project programs take a union as the
 * applicant (the union the studio belongs to) and are limited per subject: the studio's page opens each about the
 * studio ('studio:12' for its recognition, 'studio:12:project:2021' for a year's project), so a union hosting
 * several studios gets each studio's grant, and a studio its recognition subsidy once.
 */
export const FEDERATION = '北京市总工会';

const standing = {
  periodLabel: '2020年起（常设）',
  periodStart: '2020-01-01',
  periodEnd: '2030-12-31',
  periodUnit: 'year' as const,
};
/**
 * The studio recognition subsidies ran before the 2020 rules that wrote them down: seed 002 and 昌平's five-year
 * account (seed 001, 2016–2020, nine studios promoted to city level) count them from 2016, so a union bringing its
 * past in records those recognitions with their subsidy in their year.
 */
const studioStanding = {
  periodLabel: '2016年起（常设）',
  periodStart: '2016-01-01',
  periodEnd: '2030-12-31',
  periodUnit: 'year' as const,
};

/** A subsidy for a studio newly recognised at a level: its union applies, once per studio, with the notice. */
const studioRecognition = (key: string, name: string, description: string, fen: number): ProgramPreset => ({
  key,
  owner: FEDERATION,
  seed: '002',
  input: {
    name,
    description,
    category: 'subsidy',
    ...studioStanding,
    applicantType: 'union',
    intakeModes: ['apply', 'batch'],
    limitMode: 'per_subject',
    reviewChain: [2, 1],
    requiredEvidence: [{ key: 'recognition_notice', zh: '认定文件', en: 'recognition notice' }],
    rule: member,
    amount: { kind: 'fixed', fen },
  },
});

export const FEDERATION_PRESETS: ProgramPreset[] = [
  {
    key: 'bjft-innovation-project',
    owner: FEDERATION,
    seed: '002',
    input: {
      name: '职工创新项目助推',
      description:
        '对区、局、集团（公司）级以上职工创新工作室的创新项目择优助推，分10万元、5万元、3万元三个等次，由市总工会终审选定。申请方为工作室所在工会。',
      category: 'subsidy',
      ...standing,
      applicantType: 'union',
      intakeModes: ['apply', 'batch'],
      limitMode: 'per_subject',
      reviewChain: [2, 1],
      requiredEvidence: [{ key: 'project_report', zh: '创新项目申报书', en: 'project proposal' }],
      rule: member,
      amount: {
        kind: 'tier',
        by: 'choice',
        tiers: [
          { key: 'tier1', fen: yuan(100_000), label: '一等（10万元）' },
          { key: 'tier2', fen: yuan(50_000), label: '二等（5万元）' },
          { key: 'tier3', fen: yuan(30_000), label: '三等（3万元）' },
        ],
      },
    },
  },
  {
    key: 'bjft-invention-patent',
    owner: FEDERATION,
    seed: '002',
    input: {
      name: '职工发明专利助推',
      description:
        '第一发明人为一线岗位职工的发明专利，每项助推3000元，每年不设数量限制；同一专利只助推一次。',
      category: 'subsidy',
      ...standing,
      intakeModes: ['apply', 'batch', 'proposal'],
      limitMode: 'per_subject',
      subjectKind: 'patent',
      reviewChain: [2, 1],
      requiredEvidence: [{ key: 'patent_certificate', zh: '发明专利证书', en: 'patent certificate' }],
      rule: all(
        member,
        { op: 'person', field: 'isFrontLine', cmp: 'eq', value: true },
        {
          op: 'has_record',
          kind: 'patent',
          where: [
            { field: 'type', cmp: 'eq', value: 'invention' },
            { field: 'inventorOrder', cmp: 'eq', value: 1 },
          ],
        },
      ),
      amount: { kind: 'per_unit', unitFen: yuan(3000) },
    },
  },
  studioRecognition(
    'bjft-studio-city',
    '市级职工创新工作室认定助推',
    '新认定的市级职工创新工作室给予3万元创新项目支持。申请方为工作室所在工会。',
    yuan(30_000),
  ),
  studioRecognition(
    'bjft-studio-demonstration',
    '市级示范性职工创新工作室认定助推',
    '新认定的市级示范性职工创新工作室给予5万元创新项目支持。申请方为工作室所在工会。',
    yuan(50_000),
  ),
  {
    key: 'bjft-mentoring',
    owner: FEDERATION,
    seed: '002',
    input: {
      name: '名师带徒助推',
      description:
        '市级职工创新工作室领军人担任名师，与2至4名徒弟结对，每年至少开展6次培训和现场指导，由所在工会推荐，每年助推一次（金额可调整）。',
      category: 'subsidy',
      ...standing,
      // 'proposal': the innovation module proposes the masters whose pairs and confirmed sessions qualify.
      intakeModes: ['nomination', 'batch', 'proposal'],
      limitMode: 'per_person_per_period',
      reviewChain: [2, 1],
      requiredEvidence: [
        {
          key: 'mentoring_agreement',
          zh: '师徒结对协议（2至4名徒弟）',
          en: 'mentoring agreement (2 to 4 apprentices)',
        },
        {
          key: 'session_log',
          zh: '带徒活动记录（每年不少于6次）',
          en: 'log of sessions (at least 6 a year)',
        },
      ],
      rule: member,
      amount: { kind: 'fixed', fen: yuan(6000) },
    },
  },
];
