import type { HardshipLevel } from '../people/index.ts';
import type { Cause, FileLevel } from './hardship.vocabulary.ts';

/**
 * The level program rules see (persons.hardship_level, ordered 相对 < 一般 < 深度): a sudden hardship (意外致困)
 * ranks between the two, as 一般困难 (ADR 0023).
 */
export const RULE_LEVEL: Record<FileLevel, HardshipLevel> = {
  deep: 'deep',
  relative: 'relative',
  accident: 'general',
};

/** A file's status as shown: a verified file past its expiry is 'expired' and no longer counts for rules. */
export const FILE_STATUSES = ['draft', 'verified', 'expired', 'closed'] as const;
export type FileStatus = (typeof FILE_STATUSES)[number];

/** How long a verification or review holds: one year (the yearly review). */
export function yearAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Chinese names, for exports: the words the hardship pages use (hardship.zh.json's status). */
export const STATUS_ZH: Record<FileStatus, string> = {
  draft: '待认定',
  verified: '在档',
  expired: '已过期',
  closed: '已销档',
};

export const LEVEL_ZH: Record<FileLevel, string> = {
  deep: '深度困难',
  relative: '相对困难',
  accident: '意外致困',
};
export const CAUSE_ZH: Record<Cause, string> = {
  illness: '大病',
  epidemic: '因疫致困',
  disability: '残疾',
  single_parent: '单亲',
  unemployment: '失业',
  education: '子女教育',
  disaster: '灾害',
  accident: '意外事故',
  low_income: '低收入',
  other: '其他',
};
/** The causes in English, as the pages name them: what an English message lists, and a clerk may type. */
export const CAUSE_EN: Record<Cause, string> = {
  illness: 'serious illness',
  epidemic: 'epidemic',
  disability: 'disability',
  single_parent: 'single parent',
  unemployment: 'unemployment',
  education: "children's education",
  disaster: 'disaster',
  accident: 'accident',
  low_income: 'low income',
  other: 'other',
};
/** The levels in English, as the pages name them. */
export const LEVEL_EN: Record<FileLevel, string> = {
  deep: 'deep hardship',
  relative: 'relative hardship',
  accident: 'sudden hardship',
};
