import { Type } from 'typebox';
import * as S from '../../http/schema.ts';

const day = (description: string) =>
  Type.String({ format: 'date', description: `${description} (YYYY-MM-DD)` });

export const TodoItemSchema = Type.Object({
  module: Type.String({ description: 'the module the work is in, e.g. cases' }),
  kind: Type.String({ description: 'the kind of work within the module, e.g. accept, answer, review' }),
  title: Type.Object({ zh: Type.String(), en: Type.String() }),
  count: Type.Integer({ minimum: 1, description: 'how many wait' }),
  oldestOn: S.Nullable(day('the day the longest-waiting one began waiting')),
  dueOn: S.Nullable(day('the nearest deadline among them (null: none)')),
  dueIs: S.StrEnum(['deadline', 'appointment'] as const, {
    description: 'what dueOn is: a deadline, or the day the nearest of them takes place (a session, a trip)',
  }),
  overdueDays: Type.Integer({ minimum: 0, description: 'days past dueOn today (0: not overdue)' }),
  href: Type.String({ description: 'the page where the work is done' }),
});

export const TodoListSchema = Type.Object({
  items: Type.Array(TodoItemSchema),
  total: Type.Integer({ minimum: 0, description: 'everything waiting: the sum of the counts' }),
});
