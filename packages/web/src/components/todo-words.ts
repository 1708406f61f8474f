import type { TFunction } from 'i18next';
import type { Answer } from '../api/types.ts';

type TodoItem = Answer<'/api/todo'>['items'][number];

/**
 * The day a to-do card names: the nearest deadline (期限), or — a worker's booked session, a trip they go on — the day
 * the nearest of them takes place (最近一次), which is no deadline of theirs; else the day the oldest began waiting.
 */
export function todoDayWords(
  t: TFunction | ((key: string, values: { day: string }) => string),
  item: TodoItem,
) {
  if (item.dueOn)
    return t(item.dueIs === 'appointment' ? 'todo.next' : 'todo.due', { day: item.dueOn }) as string;
  return item.oldestOn ? (t('todo.since', { day: item.oldestOn }) as string) : null;
}
