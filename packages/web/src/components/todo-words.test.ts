import { describe, expect, it } from 'vitest';
import type { Answer } from '../api/types.ts';
import en from '../i18n/todo.en.json';
import zh from '../i18n/todo.zh.json';
import { todoDayWords } from './todo-words.ts';

type TodoItem = Answer<'/api/todo'>['items'][number];

/** The words of a key in one language, its {{day}} filled in. */
const words = (dict: { todo: Record<string, string> }) => (key: string, values: { day: string }) =>
  dict.todo[key.replace(/^todo\./, '')].replace('{{day}}', values.day);

const item = (over: Partial<TodoItem>): TodoItem => ({
  module: 'counselling',
  kind: 'booking',
  title: { zh: '我预约的咨询', en: 'My booked sessions' },
  count: 1,
  oldestOn: '2026-11-30',
  dueOn: '2026-12-01',
  dueIs: 'deadline',
  overdueDays: 0,
  href: '/m/counselling',
  ...over,
});

describe('the day a to-do card names', () => {
  it('calls a booked session’s or a trip’s day the next one, not a deadline', () => {
    const booking = item({ dueIs: 'appointment' });
    expect(todoDayWords(words(zh), booking)).toBe('最近一次 2026-12-01');
    expect(todoDayWords(words(en), booking)).toBe('Next on 2026-12-01');
  });

  it('keeps a deadline a deadline, and names the oldest where there is none', () => {
    expect(todoDayWords(words(zh), item({}))).toBe('期限 2026-12-01');
    expect(todoDayWords(words(zh), item({ dueOn: null }))).toBe('最早 2026-11-30');
    expect(todoDayWords(words(zh), item({ dueOn: null, oldestOn: null }))).toBeNull();
  });
});
