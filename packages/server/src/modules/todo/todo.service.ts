import { type Actor, requireAccess } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { todayInChina } from '../../shared/dates.ts';
import { overdueDays, type TodoItem, type TodoSource } from '../../shared/todo.ts';

export interface TodoList {
  items: TodoItem[];
  /** The things waiting in all (the sum of the counts). */
  total: number;
}

/**
 * Everything waiting for the actor (待办, ADR 75): each module's source (its manifest's `todo`) asked on `today`, the groups most overdue
 * first, then by the nearest deadline, then the oldest.
 */
export async function listTodo(
  db: Db,
  actor: Actor,
  today: string,
  sources: readonly TodoSource[],
): Promise<TodoList> {
  requireAccess(actor, 'todo.read');
  const lists = await Promise.all(
    sources.map(async (s) =>
      (await s.list(db, actor, today)).map(
        (g): TodoItem => ({ module: s.module, ...g, overdueDays: overdueDays(g.dueOn, today) }),
      ),
    ),
  );
  const items = lists
    .flat()
    .sort(
      (a, b) =>
        b.overdueDays - a.overdueDays ||
        (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') ||
        (a.oldestOn ?? '9999').localeCompare(b.oldestOn ?? '9999') ||
        a.module.localeCompare(b.module),
    );
  return { items, total: items.reduce((n, i) => n + i.count, 0) };
}

/** `sources`: every module's manifest's `todo` that is a source (the kernel's `todoSources`). */
export function createTodoService(db: Db, clock: Clock, sources: readonly TodoSource[]) {
  return {
    list: (actor: Actor) => listTodo(db, actor, todayInChina(clock()), sources),
  };
}

export type TodoService = ReturnType<typeof createTodoService>;
