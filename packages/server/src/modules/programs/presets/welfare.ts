import { all, any, member, type ProgramPreset, yuan } from './preset.types.ts';

/**
 * The relief grants of seeds 001 and 003 (送温暖, hardship relief, serious illness). Seed 003's 双千工程 (1,000
 * recuperation places and 1,000 free health checks a year) is the wellness module's, told once: as programs here
 * too, its places were counted in two places with two sets of figures. Seed 001's group accident insurance of
 * 北京邮政's outdoor workers is the insurance module's (its policies, insured and claims); the one program it needs
 * here is the payout a union pays through the ledger (`insurance-claim-payout`, ADR 62).
 */
export const TONGZHOU = '通州区总工会';
export const POSTAL = '北京邮政工会';

const standing = {
  periodLabel: '每年（常设）',
  periodStart: '2021-01-01',
  periodEnd: '2030-12-31',
  periodUnit: 'year' as const,
};

export const WELFARE_PRESETS: ProgramPreset[] = [
  {
    key: 'tongzhou-warmth-grant',
    owner: TONGZHOU,
    seed: '003',
    input: {
      name: '"两节"送温暖一次性慰问金',
      description: '元旦春节期间向困难职工和户外劳动者发放一次性慰问金，每人每年一次。',
      category: 'relief',
      ...standing,
      intakeModes: ['apply', 'batch', 'proposal'],
      limitMode: 'per_person_per_period',
      budgetFen: yuan(200_000),
      reviewChain: [4, 3, 2],
      requiredEvidence: [],
      rule: all(
        member,
        any(
          { op: 'person', field: 'hardshipActive', cmp: 'eq', value: true },
          { op: 'person', field: 'isOutdoor', cmp: 'eq', value: true },
        ),
      ),
      amount: { kind: 'fixed', fen: yuan(800) },
    },
  },
  {
    key: 'tongzhou-serious-illness',
    owner: TONGZHOU,
    seed: '001',
    input: {
      name: '大病职工一次性救助',
      description:
        '职工本人患重大疾病的，凭诊断证明和医疗费用票据申请一次性救助金（平台没有病情属性，以材料和审核为准）。',
      category: 'relief',
      ...standing,
      intakeModes: ['apply', 'batch'],
      limitMode: 'per_person_per_period',
      reviewChain: [4, 3, 2],
      requiredEvidence: [
        { key: 'diagnosis', zh: '诊断证明', en: 'diagnosis' },
        { key: 'medical_bills', zh: '医疗费用票据', en: 'medical bills' },
      ],
      rule: member,
      amount: { kind: 'fixed', fen: yuan(2000) },
    },
  },
  {
    key: 'tongzhou-hardship-relief',
    owner: TONGZHOU,
    seed: '003',
    input: {
      name: '困难职工帮扶救助',
      description: '在档困难职工按困难程度（深度困难、一般困难、相对困难）分档救助，由区总工会终审确定档次。',
      category: 'relief',
      ...standing,
      intakeModes: ['apply', 'batch', 'proposal'],
      limitMode: 'per_person_per_period',
      budgetFen: yuan(500_000),
      reviewChain: [4, 3, 2],
      requiredEvidence: [],
      rule: all(member, { op: 'person', field: 'hardshipActive', cmp: 'eq', value: true }),
      amount: {
        kind: 'tier',
        by: 'choice',
        tiers: [
          { key: 'deep', fen: yuan(5000), label: '深度困难' },
          { key: 'general', fen: yuan(3000), label: '一般困难' },
          { key: 'relative', fen: yuan(1000), label: '相对困难' },
        ],
      },
    },
  },
  {
    key: 'care-visit-grant',
    owner: '北京市总工会',
    seed: '001',
    input: {
      name: '走访慰问一次性慰问金',
      description:
        '送温暖走访中对困难劳模、困难职工、大病患者和户外劳动者发放的一次性慰问金，由走访的工会在登记走访时申请，' +
        '金额按登记的慰问金额，每次不超过5000元，经上级工会审核后发放。',
      category: 'relief',
      ...standing,
      applicantType: 'union',
      intakeModes: ['batch'],
      limitMode: 'per_person_per_period',
      reviewChain: [3, 2],
      requiredEvidence: [],
      rule: member,
      amount: { kind: 'fee_share', percent: 100, capFen: yuan(5000) },
    },
  },
  {
    key: 'insurance-claim-payout',
    owner: POSTAL,
    seed: '001',
    input: {
      name: '团体意外伤害医疗保险理赔垫付',
      description:
        '保单约定由工会向职工支付理赔金、再向保险公司结算的，保险公司核定赔付后，由投保工会按核定金额登记，' +
        '经账务发放给出险职工；每份理赔只发放一次。',
      category: 'insurance',
      ...standing,
      applicantType: 'union',
      intakeModes: ['batch'],
      limitMode: 'none',
      reviewChain: [2],
      requiredEvidence: [],
      rule: member,
      amount: { kind: 'fee_share', percent: 100 },
    },
  },
  {
    key: 'ganqing-education-grant',
    owner: '北京市总工会',
    seed: '003',
    input: {
      name: '淦清助学专项基金助学金',
      description:
        '淦清助学专项基金（2010年由北京中和珍贝科技有限公司发起设立）资助北京市单亲困难女职工的子女就学，' +
        '每户每年一次。平台没有"单亲"和子女属性：申请须附单亲情况证明和子女在学证明，由审核把关。',
      category: 'relief',
      ...standing,
      intakeModes: ['apply', 'batch'],
      limitMode: 'per_person_per_period',
      reviewChain: [2, 1],
      requiredEvidence: [
        { key: 'single_parent_proof', zh: '单亲情况证明', en: 'proof of single parenthood' },
        { key: 'enrolment_proof', zh: '子女在学证明', en: "proof of the child's enrolment" },
      ],
      rule: all(
        member,
        { op: 'person', field: 'isFemale', cmp: 'eq', value: true },
        { op: 'person', field: 'hardshipActive', cmp: 'eq', value: true },
      ),
      amount: { kind: 'fixed', fen: yuan(2000) },
    },
  },
];

/** Seed 001 (12351 app): limited stock, first come, one each; the claim logic lives in claims.*.ts. */
export function flashClaimPresets(year: number, now: Date): ProgramPreset[] {
  const hour = 3600_000;
  const opens = new Date(now.getTime() - hour).toISOString();
  const closes = new Date(now.getTime() + 30 * 24 * hour).toISOString();
  const item = (key: string, name: string, stock: number, lottery = false): ProgramPreset => ({
    key: `flash-${year}-${key}`,
    owner: '北京市总工会',
    seed: '001',
    input: {
      name,
      description: `"送温暖"活动：会员通过12351平台${lottery ? '报名参加抽签' : '先到先得'}，每人限领一份，共${stock}份。`,
      category: 'flash_claim',
      periodLabel: `${year}年`,
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
      periodUnit: 'year',
      intakeModes: ['claim'],
      limitMode: 'per_person_per_period',
      quota: stock,
      reviewChain: [],
      requiredEvidence: [],
      claimStartsAt: opens,
      claimEndsAt: closes,
      lottery,
      rule: member,
      amount: { kind: 'none' },
    },
  });
  return [
    item('drama', '话剧票（12351送温暖）', 50),
    item('apples', '苹果（12351送温暖）', 200),
    item('sweet-potatoes', '红薯（12351送温暖）', 200),
    item('dried-fruit', '干果礼盒（12351送温暖，抽签）', 100, true),
  ];
}
