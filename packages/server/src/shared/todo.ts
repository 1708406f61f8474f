import { type Actor, can, type Permission, type Role } from '../access/access.ts';
import type { Sql } from '../db/db.ts';
import { daysBetween } from './dates.ts';

/**
 * The to-do contract (待办, ADR 75). A module with work that waits for someone gives a `TodoSource` as its
 * manifest's `todo` (SQL in its `<module>.todo.repository.ts`); a module where nothing waits says why there instead
 * (`todo: { nothingWaits }`, ADR 155), and the `todo` module lists every source. Each source answers, for one
 * account, a group per kind of waiting work — how many, the oldest, the nearest deadline — never the rows themselves.
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
  /**
   * What `dueOn` is: a day by which the work is to be done (`deadline`), or the day the nearest of them takes place
   * (`appointment`: a worker's booked session, a trip they go on), which is not theirs to meet.
   */
  dueIs: 'deadline' | 'appointment';
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

/** A kind of waiting work as the list names it: its key, its title, the page where it is done, what its day is. */
export type TodoKind = Pick<TodoGroup, 'kind' | 'title' | 'href' | 'dueIs'>;

/** The group of a kind's count row, or nothing when nothing waits. */
function todoGroup(kind: TodoKind, row: TodoCount | undefined): TodoGroup[] {
  const count = Number(row?.n ?? 0);
  if (!row || count === 0) return [];
  return [{ ...kind, count, oldestOn: row.oldest, dueOn: row.due }];
}

/** A kind of waiting work: its key, its title, the page where it is done and what its day is (a deadline unless told). */
export function todoKind(
  kind: string,
  title: { zh: string; en: string },
  href: string,
  dueIs: TodoGroup['dueIs'] = 'deadline',
): TodoKind {
  return { kind, title, href, dueIs };
}

/** A count row of a read answering several kinds at once, each row naming its kind. */
export type TodoCountOf = TodoCount & { kind?: string };

/**
 * One read of a source: whether the actor is one the work waits for, the kinds it counts and its count rows (one
 * row for a single kind, else a row per kind that has any, named by its `kind`). Made by `atUnion`, `overSubtree`,
 * `ofWorker` or `asRole`, which check the actor and hand the query the id it needs.
 */
export interface TodoRead {
  waitsFor(actor: Actor): boolean;
  kinds: TodoKind[];
  count(sql: Sql, actor: Actor, today: string): Promise<TodoCountOf[]>;
}

type CountOf<A> = (sql: Sql, actor: A, today: string) => Promise<TodoCountOf[]>;

/** Work at the actor's own union, for staff holding `permission`. */
export function atUnion(
  permission: Permission,
  kinds: TodoKind[],
  count: CountOf<Actor & { orgId: number }>,
): TodoRead {
  const waitsFor = (actor: Actor) => actor.orgId !== null && can(actor, permission);
  return { waitsFor, kinds, count: count as CountOf<Actor> };
}

/** Work at the unions of the actor's subtree, for staff holding `permission`. */
export function overSubtree(permission: Permission, kinds: TodoKind[], count: CountOf<Actor>): TodoRead {
  const waitsFor = (actor: Actor) => actor.scopePath !== null && can(actor, permission);
  return { waitsFor, kinds, count };
}

/** A worker's own work (their person, with `self.apply`). */
export function ofWorker(kinds: TodoKind[], count: CountOf<Actor & { personId: number }>): TodoRead {
  const waitsFor = (actor: Actor) => actor.personId !== null && can(actor, 'self.apply');
  return { waitsFor, kinds, count: count as CountOf<Actor> };
}

/** Work of an account of one role (a judge, a counsellor) holding `permission`. */
export function asRole(
  role: Role,
  permission: Permission,
  kinds: TodoKind[],
  count: CountOf<Actor>,
): TodoRead {
  const waitsFor = (actor: Actor) => can(actor, permission) && actor.role === role;
  return { waitsFor, kinds, count };
}

/** The count rows of a source's query. */
export async function todoCounts(sql: Sql, text: string, params: unknown[]): Promise<TodoCountOf[]> {
  return (await sql.query<TodoCountOf>(text, params)).rows;
}

/** A source declared as its reads, run one after another for the actors they wait for; empty groups left out. */
export function todoSource(module: string, reads: TodoRead[]): TodoSource {
  return {
    module,
    async list(sql, actor, today) {
      const out: TodoGroup[] = [];
      for (const read of reads) {
        if (!read.waitsFor(actor)) continue;
        const rows = await read.count(sql, actor, today);
        for (const k of read.kinds) {
          const row = read.kinds.length === 1 ? rows[0] : rows.find((r) => r.kind === k.kind);
          out.push(...todoGroup(k, row));
        }
      }
      return out;
    },
  };
}

/** Days past a deadline as of today. */
export function overdueDays(dueOn: string | null, today: string): number {
  return dueOn !== null && dueOn < today ? daysBetween(dueOn, today) : 0;
}
