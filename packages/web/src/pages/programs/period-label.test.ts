import { describe, expect, it } from 'vitest';
import { periodLabelIn } from './period-label.ts';

describe('a program period in the reader’s language', () => {
  it('says the labels the platform writes in English', () => {
    expect(periodLabelIn('2026年', 'en')).toBe('2026');
    expect(periodLabelIn('2024年度', 'en')).toBe('2024');
    expect(periodLabelIn('2022—2026年', 'en')).toBe('2022–2026');
    expect(periodLabelIn('每年（常设）', 'en')).toBe('Every year (standing)');
    expect(periodLabelIn('2020年起（常设）', 'en')).toBe('From 2020 (standing)');
  });
  it('keeps Chinese as stored, and a union’s own words as typed', () => {
    expect(periodLabelIn('2020年起（常设）', 'zh')).toBe('2020年起（常设）');
    expect(periodLabelIn('2026', 'en')).toBe('2026');
    expect(periodLabelIn('春节前后', 'en')).toBe('春节前后');
  });
});
