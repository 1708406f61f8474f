/**
 * The to-do list (待办, issue 45, ADR 75): everything waiting for an account across the modules, each module's
 * `TodoSource` (exported from its index) asked in turn; a module without one is listed with its reason.
 */
export { todoRoutes } from './todo.routes.ts';
export { createTodoService, listTodo, type TodoList, type TodoService } from './todo.service.ts';
export { TODO_SOURCES, WITHOUT_TODO } from './todo.sources.ts';
