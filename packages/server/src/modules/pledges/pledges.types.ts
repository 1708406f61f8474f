/** 技能提升, 生产生活条件, 帮扶救助, 福利体系, 特殊群体 (the areas seed 001 names). */
export const CATEGORIES = ['skills', 'conditions', 'relief', 'welfare', 'special_groups'] as const;
export type Category = (typeof CATEGORIES)[number];

export const STATUSES = ['planned', 'in_progress', 'completed', 'cancelled'] as const;
export type PledgeStatus = (typeof STATUSES)[number];

export const CATEGORY_ZH: Record<Category, string> = {
  skills: '技能提升',
  conditions: '生产生活条件',
  relief: '帮扶救助',
  welfare: '福利体系',
  special_groups: '特殊群体',
};
