import type { AgreementKind, AgreementLevel } from './agreements.vocabulary.ts';
export const KIND_NAMES: Record<AgreementKind, { zh: string; en: string }> = {
  general: { zh: '综合集体合同', en: 'collective agreement' },
  wage: { zh: '工资专项集体合同', en: 'wage agreement' },
  women: { zh: '女职工特殊权益保护专项协议', en: "women workers' special protection agreement" },
  safety: { zh: '劳动安全卫生专项集体合同', en: 'occupational safety agreement' },
};

export const LEVEL_NAMES: Record<AgreementLevel, { zh: string; en: string }> = {
  area: { zh: '区域', en: 'area' },
  industry: { zh: '行业', en: 'industry' },
  enterprise: { zh: '企业', en: 'enterprise' },
};

/** Clauses of the checklist; women workers' clauses first. */
export const CLAUSES = [
  'health_check',
  'maternity',
  'menstrual',
  'pregnancy_duties',
  'nursing_room',
  'equal_pay',
  'harassment',
  'wages',
  'hours',
  'leave',
  'safety',
  'insurance',
  'training',
] as const;
export type Clause = (typeof CLAUSES)[number];
export const CLAUSE_NAMES: Record<Clause, { zh: string; en: string }> = {
  health_check: { zh: '女职工专项健康体检', en: "women's special health checks" },
  maternity: { zh: '孕期、产期、哺乳期保护', en: 'pregnancy, maternity and nursing protection' },
  menstrual: { zh: '经期保护', en: 'menstrual-period protection' },
  pregnancy_duties: { zh: '孕期调整岗位与禁忌劳动', en: 'lighter duties during pregnancy' },
  nursing_room: { zh: '哺乳室（爱心妈咪小屋）', en: 'nursing room' },
  equal_pay: { zh: '男女同工同酬', en: 'equal pay for women and men' },
  harassment: { zh: '防治性骚扰', en: 'prevention of sexual harassment' },
  wages: { zh: '工资分配与增长', en: 'wages and pay rises' },
  hours: { zh: '工作时间', en: 'working hours' },
  leave: { zh: '休息休假', en: 'rest and leave' },
  safety: { zh: '劳动安全卫生', en: 'occupational safety and health' },
  insurance: { zh: '保险福利', en: 'insurance and welfare' },
  training: { zh: '职业技能培训', en: 'vocational training' },
};

/** Agreements expiring within this many days are due for renewal. */
export const RENEWAL_DAYS = 90;
