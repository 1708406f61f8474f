import { member, type ProgramPreset, yuan } from './preset.types.ts';

/**
 * Seed 001: 昌平区总工会 has paid ¥1.567 million of subsidies of every kind to its innovation studios over five
 * years. Besides the federation's recognition and project subsidies, the district supports each district-level
 * studio's work from its own funds; the page prints no rule, so this one (actual spending, up to ¥50,000 per
 * studio, once) is chosen here and stays editable.
 */
export const CHANGPING_PRESETS: ProgramPreset[] = [
  {
    key: 'changping-studio-support',
    owner: '昌平区总工会',
    seed: '001',
    input: {
      name: '区级职工创新工作室建设助推',
      description:
        '昌平区总工会对区级职工创新工作室的建设和创新活动按实际支出给予支持，每个工作室一次，最高5万元。申请方为工作室所在工会。',
      category: 'subsidy',
      periodLabel: '2016年起（常设）',
      periodStart: '2016-01-01',
      periodEnd: '2030-12-31',
      periodUnit: 'year',
      applicantType: 'union',
      intakeModes: ['apply', 'batch'],
      // 每个工作室一次: once per studio (the subject its application names), not once per union and year.
      limitMode: 'per_subject',
      reviewChain: [2],
      requiredEvidence: [{ key: 'expense_report', zh: '经费使用报告', en: 'report of the money spent' }],
      rule: member,
      amount: { kind: 'fee_share', percent: 100, capFen: yuan(50_000) },
    },
  },
];
