import { describe, expect, it } from 'vitest';
import { stepsToSave } from './campaign-steps.ts';

const words = { greetings: '线上慰问', visits: '走访慰问', goods: '送物资', funds: '专项资金' } as const;

describe('a new campaign’s steps', () => {
  it('keeps the step the form opens with, its words left empty, under its kind’s name', () => {
    expect(stepsToSave([{ kind: 'visits', title: '' }], (k) => words[k])).toEqual([
      { kind: 'visits', title: '走访慰问' },
    ]);
  });

  it('keeps the words typed, trimmed, and every step in its order', () => {
    const steps = [
      { kind: 'goods' as const, title: ' 为企业送物资 ' },
      { kind: 'funds' as const, title: '  ' },
    ];
    expect(stepsToSave(steps, (k) => words[k])).toEqual([
      { kind: 'goods', title: '为企业送物资' },
      { kind: 'funds', title: '专项资金' },
    ]);
  });
});
