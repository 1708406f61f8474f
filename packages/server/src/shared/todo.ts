import type { Actor } from '../access/access.ts';
import type { Sql } from '../db/db.ts';
import { daysBetween } from './dates.ts';

/**
 * The to-do contract (待办, ADR 75). A module with work that waits for someone exports a `TodoSource` from its
 * index (SQL in its `<module>.todo.repository.ts`); the `todo` module lists every source, and a test fails when a
 * module is neither a source nor listed as one where nothing waits. Each source answers, for one account, a group
 * per kind of waiting work — how many, the oldest, the nearest deadline — never the rows themselves.
 */
export interface TodoGroup {
  /** Stable within the module: `review`, `accept`, `answer`, … */
  kind: string;
  title: { zh: string; en: string };
  count: number;
  /** The day the longest-waiting one began waiting. */
  oldestOn: string | null;
  /** The nearest deadline among them (null: no deadline). */
  dueOn: string | null;
  /** The web page where the work is done. */
  href: string;
}

export interface TodoItem extends TodoGroup {
  module: string;
  /** Days past `dueOn` as of today (0 when not yet due or without deadline). */
  overdueDays: number;
}

export interface TodoSource {
  module: string;
  /**
   * The groups waiting for `actor` on `today`: scoped to the actor's union or subtree and to the permissions
   * the work needs (an account without them gets none); empty groups are left out.
   */
  list(sql: Sql, actor: Actor, today: string): Promise<TodoGroup[]>;
}

/** A count row of a source's query: how many, the oldest day, the nearest deadline. */
export interface TodoCount {
  n: number | string;
  oldest: string | null;
  due: string | null;
}

/** The group of a count row, or nothing when nothing waits. */
export function todoGroup(
  kind: string,
  title: { zh: string; en: string },
  href: string,
  row: TodoCount | undefined,
): TodoGroup[] {
  const count = Number(row?.n ?? 0);
  if (!row || count === 0) return [];
  return [{ kind, title, count, oldestOn: row.oldest, dueOn: row.due, href }];
}

/** Days past a deadline as of today. */
export function overdueDays(dueOn: string | null, today: string): number {
  return dueOn !== null && dueOn < today ? daysBetween(dueOn, today) : 0;
}
