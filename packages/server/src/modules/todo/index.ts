/**
 * The to-do list (待办, issue 45, ADR 75): everything waiting for an account across the modules, each module's
 * `TodoSource` (exported from its index) asked in turn; a module without one is listed with its reason.
 */
import { defineModule } from '../../module-manifest.ts';
import { todoRoutes } from './todo.routes.ts';
import { createTodoService } from './todo.service.ts';

export { todoRoutes } from './todo.routes.ts';
export { createTodoService, listTodo, type TodoList, type TodoService } from './todo.service.ts';
export { TODO_SOURCES, WITHOUT_TODO } from './todo.sources.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'todo',
  description:
    'no tables — the to-do list (待办, ADR 75, `GET /api/todo`): what waits for the signed-in account across the modules, a group per kind with its count, oldest day, nearest deadline and days overdue; each module where work waits exports a `TodoSource` from its index (`shared/todo.ts`, SQL in its `*.todo.repository.ts`), the modules without one are listed with their reasons (`WITHOUT_TODO`) and a test fails on a module in neither list',
  /** What waits for an account across every module (待办). */
  services: ({ db, clock }) => ({ todo: createTodoService(db, clock) }),
  routes: (app, s) => todoRoutes(app, s),
});
