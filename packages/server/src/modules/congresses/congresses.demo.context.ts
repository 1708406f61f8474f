import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import { demoClerk } from '../../shared/demo-actors.ts';
import { type CongressesService, createCongressesService } from './congresses.service.ts';
import type { DelegateCategory } from './congresses.vocabulary.ts';

/** The delegates' categories, in the order the demo seats them (mostly front-line, as the law asks). */
export const CATEGORIES: DelegateCategory[] = [
  'frontline',
  'frontline',
  'frontline',
  'frontline',
  'frontline',
  'technician',
  'technician',
  'manager',
  'other',
  'frontline',
];

/** What the demo's parts share: the service on a clock the demo moves (`at`), the days around today, the actors. */
export interface CongressDemo {
  db: Db;
  svc: CongressesService;
  year: number;
  /** The day `n` days from today. */
  day(n: number): string;
  /** Moves the clock to 09:00 of the day `n` days from today (back to today with `at(0)`). */
  at(n: number): void;
  clerk(org: { id: number; path: string }, name: string): Actor;
  worker(personId: number): Actor;
}

export function congressDemo(db: Db, today: string): CongressDemo {
  const base = Date.parse(`${today}T00:00:00Z`);
  const day = (n: number) => new Date(base + n * 86_400_000).toISOString().slice(0, 10);
  let now = new Date(`${today}T09:00:00+08:00`);
  return {
    db,
    svc: createCongressesService(db, () => now),
    year: Number(today.slice(0, 4)),
    day,
    at: (n) => {
      now = new Date(`${day(n)}T09:00:00+08:00`);
    },
    clerk: demoClerk,
    worker: (personId) => ({
      userId: 0,
      username: 'demo-worker',
      displayName: '职工代表',
      role: 'worker',
      orgId: null,
      scopePath: null,
      personId,
    }),
  };
}
