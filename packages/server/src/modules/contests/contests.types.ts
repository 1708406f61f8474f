import type { AwardLevel } from '../records/index.ts';
import type { ContestLevel, ContestStatus, EntryMode } from './contests.vocabulary.ts';

/**
 * The award level a contest's prizes are recorded at. A system or industry union (系统/行业工会) sits in the
 * union tree at the level of a district union, so its contests count as district-level awards.
 */
export const AWARD_LEVEL_OF: Record<ContestLevel, AwardLevel> = {
  national: 'national',
  city: 'city',
  district: 'district',
  industry: 'district',
  enterprise: 'enterprise',
};

export const LEVEL_TEXT: Record<ContestLevel, { zh: string; en: string }> = {
  national: { zh: '国家级', en: 'national' },
  city: { zh: '市级', en: 'city' },
  district: { zh: '区级', en: 'district' },
  industry: { zh: '系统/行业', en: 'system or industry' },
  enterprise: { zh: '企业级', en: 'enterprise' },
};

/** 技能竞赛 (with trades), 劳动竞赛 (between units). */
export const CONTEST_KINDS = ['skills', 'labour'] as const;
export type ContestKind = (typeof CONTEST_KINDS)[number];

export const MODE_TEXT: Record<EntryMode, { zh: string; en: string }> = {
  individual: { zh: '个人', en: 'individual' },
  team: { zh: '团队', en: 'team' },
  unit: { zh: '单位', en: 'unit' },
};

export interface ContestEvent {
  id: number;
  name: string;
  mode: EntryMode;
  limitPerUnion: number | null;
  teamSize: number | null;
}

export interface ContestRow {
  id: number;
  orgId: number;
  orgName: string;
  orgPath: string;
  name: string;
  level: ContestLevel;
  kind: ContestKind;
  startsOn: string;
  endsOn: string;
  limitPerUnion: number | null;
  status: ContestStatus;
  publishedAt: string | null;
  /** The day the results were published (China time). */
  publishedOn: string | null;
  /** When that publication was recorded (later than its day when entered after the fact). */
  publishedRecordedAt: string | null;
  /** The day registration closed (null while open, and for registrations closed before it was kept). */
  registrationClosedOn: string | null;
  entryCount: number;
  /** Results changed since the last publication (a republication is due). */
  hasUnpublishedChanges: boolean;
}

export interface ContestDetail extends ContestRow {
  events: ContestEvent[];
}

export interface EntryMember {
  personId: number;
  name: string;
  idMasked: string;
}

export interface EntryRow {
  id: number;
  contestId: number;
  eventId: number;
  eventName: string;
  mode: EntryMode;
  /** The day it was registered (China time). */
  enteredOn: string;
  orgId: number;
  orgName: string;
  name: string | null;
  members: EntryMember[];
  rank: number | null;
  score: number | null;
  prize: string | null;
  publishedPrize: string | null;
}

/** The reporting subjects this module keeps (docs/glossary.md). */
export const SUBJECTS = {
  /** Unions taking part: +1 when a union registers its first entry in a contest, −1 when its last is withdrawn. */
  units: 'contests.units',
  /** Entries, dim = entry mode (individual/team/unit), dim2 = contest level. */
  entries: 'contests.entries',
  /** Persons entered (individuals and team members), dim = contest level. */
  people: 'contests.people',
  /** Prizes published, dim = contest level, dim2 = the prize. */
  prizes: 'contests.prizes',
} as const;
