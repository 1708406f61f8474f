import type { todoZh } from './todo.zh.ts';

/** English strings of the to-do list. */
export const todoEn: typeof todoZh = {
  todo: {
    nav: 'To do',
    title: 'To do',
    empty: 'Nothing is waiting for you',
    due: 'Due {{day}}',
    overdue: '{{count}} days overdue',
    since: 'Since {{day}}',
    mine: 'My to-dos',
  },
};
