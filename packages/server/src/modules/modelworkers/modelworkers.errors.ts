import { AppError, type ErrorKind } from '../../shared/errors.ts';

/** The levels of a title, highest first: 全国, 省部级, 市级, 区级. A model worker's level is their highest title's. */
export const LEVELS = ['national', 'provincial', 'city', 'district'] as const;
export type Level = (typeof LEVELS)[number];
export const LEVEL_ZH: Record<Level, string> = {
  national: '全国',
  provincial: '省部级',
  city: '市级',
  district: '区级',
};
/** 劳动模范, 先进工作者, or another title (工匠, 最美劳动者, 五一劳动奖章 …). */
export const KINDS = ['model', 'advanced', 'other'] as const;
export type HonourKind = (typeof KINDS)[number];
export const KIND_ZH: Record<HonourKind, string> = {
  model: '劳动模范',
  advanced: '先进工作者',
  other: '其他荣誉',
};
export const HEALTH = ['good', 'fair', 'poor', 'critical'] as const;
export type Health = (typeof HEALTH)[number];
export const HEALTH_ZH: Record<Health, string> = {
  good: '良好',
  fair: '一般',
  poor: '较差',
  critical: '病重',
};
export const SOURCES = ['selection', 'external'] as const;
export type HonourSource = (typeof SOURCES)[number];

/** The higher of two levels. */
export const higherLevel = (a: Level, b: Level): Level => (LEVELS.indexOf(a) <= LEVELS.indexOf(b) ? a : b);
export const highestLevel = (levels: Level[]): Level => levels.reduce(higherLevel, 'district');

/** The module's error codes (web maps each to zh/en; the message carries both languages too). */
export type ModelWorkerErrorCode =
  | 'MODELWORKER_DUPLICATE'
  | 'MODELWORKER_ID_INVALID'
  | 'MODELWORKER_STUDIO_UNKNOWN'
  | 'MODELWORKER_AWARD_UNKNOWN'
  | 'MODELWORKER_HONOUR_DUPLICATE'
  | 'MODELWORKER_NO_PERSON';

export const err = (kind: ErrorKind, code: ModelWorkerErrorCode, zh: string, en: string, field?: string) =>
  new AppError(kind, code, { zh, en }, field ? { field } : undefined);

export const MODEL_WORKER = { zh: '劳模', en: 'Model worker' };
