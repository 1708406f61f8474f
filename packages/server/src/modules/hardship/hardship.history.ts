import type { Sql } from '../../db/db.ts';
import { applicationsOfPersons } from '../programs/index.ts';

/** One line of a household's history: a relief grant (a program application) and what was paid on it. */
export interface HistoryItem {
  kind: 'grant';
  on: string;
  title: string;
  status: string;
  amountFen: number | null;
  paidFen: number;
}

/** What the unions did for the household's workers, oldest first: relief grants from programs. */
export async function fileHistory(sql: Sql, personIds: number[]): Promise<HistoryItem[]> {
  const grants = await applicationsOfPersons(sql, personIds);
  return grants.map((g) => ({
    kind: 'grant' as const,
    on: g.appliedOn,
    title: g.programName,
    status: g.status,
    amountFen: g.amountFen,
    paidFen: g.paidFen,
  }));
}
