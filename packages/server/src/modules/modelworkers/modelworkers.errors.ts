import { AppError, type ErrorKind } from '../../shared/errors.ts';
import { type Health, type HonourKind, LEVELS, type Level, type Status } from './modelworkers.vocabulary.ts';

export const LEVEL_ZH: Record<Level, string> = {
  national: '全国',
  provincial: '省部级',
  city: '市级',
  district: '区级',
};
export const KIND_ZH: Record<HonourKind, string> = {
  model: '劳动模范',
  advanced: '先进工作者',
  other: '其他荣誉',
};
export const HEALTH_ZH: Record<Health, string> = {
  good: '良好',
  fair: '一般',
  poor: '较差',
  critical: '病重',
};
export const STATUS_ZH: Record<Status, string> = { active: '在职', retired: '退休', deceased: '已故' };
/** The spellings a register's sheet uses for each status. */
export const STATUS_ALIASES: Record<Status, readonly string[]> = {
  active: ['在岗', '在职在岗', '正常', '在册'],
  retired: ['离退休', '已退休', '离休', '退休人员'],
  deceased: ['去世', '逝世', '病故', '死亡', '亡故', '已去世', '已逝世'],
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
  | 'MODELWORKER_NO_PERSON'
  | 'MODELWORKER_PERSON_MISMATCH'
  | 'MODELWORKER_STATUS_DAY';

export const err = (kind: ErrorKind, code: ModelWorkerErrorCode, zh: string, en: string, field?: string) =>
  new AppError(kind, code, { zh, en }, field ? { field } : undefined);

export const MODEL_WORKER = { zh: '劳模', en: 'Model worker' };
