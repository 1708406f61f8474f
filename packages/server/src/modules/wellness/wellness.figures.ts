import type { NominationEvent, NominationEventRow } from './wellness.figures.repository.ts';

/**
 * A batch's (or a period's) nomination figures, added up from `countNominationEvents` by this one function, so the
 * batch's page and the statistics cannot count them differently (issue 41).
 */
export type NominationFigures = Record<NominationEvent, number>;

export const noFigures = (): NominationFigures => ({
  nominated: 0,
  substituted: 0,
  withdrawn: 0,
  attended: 0,
  noShows: 0,
});

/** Adds one row of events to the figures. */
export function addFigures(f: NominationFigures, row: Pick<NominationEventRow, 'event' | 'n'>): void {
  f[row.event] += row.n;
}

/** The figures of rows of events. */
export function figuresOf(rows: NominationEventRow[]): NominationFigures {
  const f = noFigures();
  for (const r of rows) addFigures(f, r);
  return f;
}
