import { routeMould } from '../../http/route-mould.ts';
import type { App } from '../../http/types.ts';
import { TodoListSchema } from './todo.schemas.ts';
import type { TodoService } from './todo.service.ts';

/** The signed-in account's to-do list (待办): every role holds todo.read; each answers only its own work. */
export function todoRoutes(app: App, { todo }: { todo: TodoService }): void {
  const on = routeMould(app, ['todo']);
  on.get('/api/todo', {
    config: { permission: 'todo.read' },
    summary:
      'What waits for me across every module, a group per kind with its count, oldest day, nearest deadline ' +
      'and days overdue, most overdue first',
    response: TodoListSchema,
    use: todo.list,
  });
}
