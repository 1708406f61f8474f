import type { Category } from './pledges.vocabulary.ts';

export const STATUSES = ['planned', 'in_progress', 'completed', 'cancelled'] as const;
export type PledgeStatus = (typeof STATUSES)[number];

export const CATEGORY_ZH: Record<Category, string> = {
  skills: '技能提升',
  conditions: '生产生活条件',
  relief: '帮扶救助',
  welfare: '福利体系',
  special_groups: '特殊群体',
};
