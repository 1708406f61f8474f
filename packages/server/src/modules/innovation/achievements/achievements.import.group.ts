import type { PatentOnRecord } from './achievements.import.repository.ts';
import type { AchievementKey } from './achievements.import.sheet.ts';
import type { AchievementStage, AchievementType } from './achievements.schemas.ts';

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
