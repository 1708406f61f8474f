import { describe, expect, it } from 'vitest';
import i18n, { MESSAGES } from './index.ts';

/**
 * English strings use English punctuation — no full-width brackets, colon or comma carried over from Chinese — and
 * count in the singular and the plural.
 */
const FULL_WIDTH = /[（）：，]/;

const strings = (o: unknown, path = ''): [string, string][] =>
  typeof o === 'string'
    ? [[path, o]]
    : o && typeof o === 'object'
      ? Object.entries(o).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k))
      : [];

describe('the English messages', () => {
  it('carry no full-width punctuation （）：，', () => {
    const all = strings(MESSAGES.en);
    expect(all.length).toBeGreaterThan(3000);
    expect(all.filter(([, s]) => FULL_WIDTH.test(s)).map(([k, s]) => `${k}: ${s}`)).toEqual([]);
  });

  it('say "1 lesson" and "2 lessons", and book a session "(online)"', () => {
    const en = i18n.getFixedT('en');
    expect(en('learn.me.lessonCount', { count: 1 })).toBe('1 lesson');
    expect(en('learn.me.lessonCount', { count: 2 })).toBe('2 lessons');
    expect(i18n.getFixedT('zh')('learn.me.lessonCount', { count: 1 })).toBe('1 课时');
    expect(en('csl.worker.bookIn.online')).toBe('Book (online)');
  });
});
