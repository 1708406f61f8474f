import { normaliseText } from '../../../shared/text.ts';
import type { AchievementStage, AchievementType } from '../innovation.vocabulary.ts';
import type { AchievementOnRecord, PatentOnRecord } from './achievements.import.repository.ts';
import type { AchievementKey } from './achievements.import.sheet.ts';

/** An achievement as the import holds it between reading its rows and settling it (achievements.import.gather.ts). */
export interface Conversion {
  partner: string;
  convertedOn: string;
  valueFen: number;
}

/**
 * An achievement as its rows give it, held until the whole file is read (a register of 100,000 holds 100,000):
 * kept small — its team and days as flat lists of numbers and texts, not an object each, its union's text the
 * one text of every row naming it (issue 45).
 */
export interface Group {
  /** The first row: its type is the achievement's. */
  rowNo: number;
  orgId: number;
  orgPath: string;
  unionText: string;
  studioId: number | null;
  studioIndustry: string | null;
  title: string;
  type: AchievementType;
  year: number | null;
  industry: string | null;
  abstract: string | null;
  stage: AchievementStage | null;
  publishedOn: string | null;
  /** The row each single value was first given in, when not the first row (mostly none: null). */
  givenAt: Partial<Record<AchievementKey, number>> | null;
  /** The members in order, each with the row naming them first: person id, row, person id, row … */
  team: number[];
  patent: (PatentOnRecord & { rowNo: number }) | null;
  conversions: (Conversion & { rowNo: number })[];
  /** Each day its rows give: row, column, day, row, column, day … */
  dates: (number | string)[];
}

/** A group's members in order, each with the row naming them first. */
export function teamOf(g: Group): { personId: number; rowNo: number }[] {
  const out: { personId: number; rowNo: number }[] = [];
  for (let i = 0; i < g.team.length; i += 2) out.push({ personId: g.team[i], rowNo: g.team[i + 1] });
  return out;
}

/** The days a group's rows give, each with its row and column. */
export function datesOf(g: Group): { rowNo: number; key: AchievementKey; on: string }[] {
  const out: { rowNo: number; key: AchievementKey; on: string }[] = [];
  for (let i = 0; i < g.dates.length; i += 3) {
    out.push({
      rowNo: g.dates[i] as number,
      key: g.dates[i + 1] as AchievementKey,
      on: g.dates[i + 2] as string,
    });
  }
  return out;
}

/**
 * The achievements of a file, gathered: by key (union|studio|normalised name), and the achievements on record of the
 * unions the rows name, by the same key (read as each union is first named, before anything is written).
 */
export interface Gathered {
  groups: Map<string, Group>;
  onRecord: Map<string, AchievementOnRecord[]>;
}

/** The key of an achievement: union, studio and normalised name. */
export const achievementKey = (orgId: number, studioId: number | null, title: string) =>
  `${orgId}|${studioId ?? ''}|${normaliseText(title)}`;

/**
 * Thrown by a streamed gathering (`Stream`) when a row joins an achievement already handed on: the file must be
 * gathered whole (ADR 97).
 */
export class AchievementSpread extends Error {}

/**
 * A gathering that hands the oldest achievements on while the file is read (ADR 97): once `hold` are held, the
 * first `chunk` gathered go to `take`, and are let go.
 */
export interface Stream {
  hold: number;
  chunk: number;
  take: (chunk: Gathered) => Promise<void>;
}
