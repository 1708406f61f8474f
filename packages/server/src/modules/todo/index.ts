/**
 * The to-do list (待办, issue 45, ADR 75): everything waiting for an account across the modules, each module's
 * `TodoSource` (its manifest's `todo`, handed in by the kernel) asked in turn; a module without one says why in its
 * manifest (ADR 155).
 */
import { defineModule } from '../../module-manifest.ts';
import { todoRoutes } from './todo.routes.ts';
import { createTodoService } from './todo.service.ts';

export { todoRoutes } from './todo.routes.ts';
export { createTodoService, listTodo, type TodoList, type TodoService } from './todo.service.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'todo',
  todo: { nothingWaits: 'the list itself' },
  description:
    'no tables — the to-do list (待办, ADR 75, `GET /api/todo`): what waits for the signed-in account across the modules, a group per kind with its count, oldest day, nearest deadline and days overdue; the manifest of each module gives its `TodoSource` (`shared/todo.ts`, SQL in its `*.todo.repository.ts`) or why nothing of it waits (`todo: { nothingWaits }`, ADR 155), the kernel hands the sources here',
  /** What waits for an account across every module (待办). */
  services: ({ db, clock, todoSources }) => ({ todo: createTodoService(db, clock, todoSources) }),
  routes: (app, s) => todoRoutes(app, s),
});
