import { describe, expect, it } from 'vitest';
import { NAV } from './nav.tsx';

describe('the staff side menu', () => {
  it('gives every entry its own place, so a module keeps its list and its statistics together', () => {
    const orders = NAV.map((e) => e.order);
    expect(new Set(orders).size).toBe(orders.length);
    const sorted = [...NAV].sort((a, b) => a.order - b.order).map((e) => e.path);
    expect(sorted.indexOf('/contest-stats') - sorted.indexOf('/contests')).toBe(1);
    expect(sorted.indexOf('/agreement-stats') - sorted.indexOf('/agreements')).toBe(1);
    expect(sorted.indexOf('/case-stats') - sorted.indexOf('/cases')).toBe(1);
  });
});
