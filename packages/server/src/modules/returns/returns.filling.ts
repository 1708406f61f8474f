import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { createFillingNotReported, createFillingSubmission } from './returns.filling.decisions.ts';
import { createFillingEntry } from './returns.filling.entry.ts';
import { createFillingView } from './returns.filling.view.ts';

export function createFillingService(db: Db, clock: Clock) {
  return {
    ...createFillingView(db, clock),
    ...createFillingEntry(db, clock),
    ...createFillingSubmission(db, clock),
    ...createFillingNotReported(db, clock),
  };
}

export type FillingService = ReturnType<typeof createFillingService>;
