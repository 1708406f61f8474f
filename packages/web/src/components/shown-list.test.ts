import { describe, expect, it } from 'vitest';
import en from '../i18n/counselling.en.json';
import zh from '../i18n/counselling.zh.json';
import { firstShown, SHOWN_STEP } from './shown-list.ts';

describe('a phone list shown a step at a time (the open slots, the nearest stations)', () => {
  it('shows the first twelve and offers the rest a press at a time', () => {
    const slots = Array.from({ length: 28 }, (_x, i) => i);
    expect(SHOWN_STEP).toBe(12);
    const first = firstShown(slots, SHOWN_STEP);
    expect(first.items).toHaveLength(12);
    expect(first.more).toBe(16);
    const second = firstShown(slots, SHOWN_STEP * 2);
    expect(second.items).toEqual(slots.slice(0, 24));
    expect(second.more).toBe(4);
    const all = firstShown(slots, SHOWN_STEP * 3);
    expect(all.items).toEqual(slots);
    expect(all.more).toBe(0);
    expect(firstShown(slots.slice(0, 5), SHOWN_STEP)).toEqual({ items: [0, 1, 2, 3, 4], more: 0 });
    expect(zh.csl.worker.moreSlots).toContain('{{n}}');
    expect(en.csl.worker.moreSlots).toContain('{{n}}');
  });

  it("shows the worker's nearest 12 stations and says how many more (trial 44)", () => {
    const all = Array.from({ length: 30 }, (_, i) => i);
    expect(firstShown(all, SHOWN_STEP)).toEqual({ items: all.slice(0, 12), more: 18 });
    expect(firstShown(all, 3 * SHOWN_STEP)).toEqual({ items: all, more: 0 });
    expect(firstShown(all.slice(0, 5), SHOWN_STEP).more).toBe(0);
  });
});
