import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverageChange, coverageSteps, type Span, type Step } from './coverage.steps.ts';

/** The coverage on `day`: the sum of the steps up to it. */
const valueOn = (steps: Step[], day: string) =>
  steps
    .filter((s) => s.on <= day)
    .reduce(
      (v, s) => ({
        enterprises: v.enterprises + s.enterprises,
        workers: v.workers + s.workers,
        women: v.women + s.women,
      }),
      {
        enterprises: 0,
        workers: 0,
        women: 0,
      },
    );

const day = (n: number) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);
const spanArb = fc
  .record({
    from: fc.integer({ min: 0, max: 60 }),
    length: fc.integer({ min: 1, max: 40 }),
    workers: fc.integer({ min: 0, max: 50 }),
  })
  .map(
    ({ from, length, workers }): Span => ({
      from: day(from),
      until: day(from + length),
      workers,
      women: Math.floor(workers / 3),
    }),
  );

describe('coverage as dated steps', () => {
  it('counts an enterprise once while any agreement covers it, with the largest figures listed', () => {
    const steps = coverageSteps([
      { from: '2026-01-01', until: '2029-01-01', workers: 40, women: 10 },
      { from: '2026-06-01', until: '2027-06-01', workers: 50, women: 12 },
    ]);
    expect(valueOn(steps, '2026-03-01')).toEqual({ enterprises: 1, workers: 40, women: 10 });
    expect(valueOn(steps, '2026-07-01')).toEqual({ enterprises: 1, workers: 50, women: 12 });
    expect(valueOn(steps, '2027-07-01')).toEqual({ enterprises: 1, workers: 40, women: 10 });
    expect(valueOn(steps, '2029-01-01')).toEqual({ enterprises: 0, workers: 0, women: 0 });
  });

  it('turns any coverage into any other: the change added to the steps before gives the steps after', () => {
    fc.assert(
      fc.property(
        fc.array(spanArb, { maxLength: 4 }),
        fc.array(spanArb, { maxLength: 4 }),
        fc.integer({ min: 0, max: 110 }),
        (before, after, d) => {
          const changed = [...coverageSteps(before), ...coverageChange(before, after)];
          expect(valueOn(changed, day(d))).toEqual(valueOn(coverageSteps(after), day(d)));
        },
      ),
    );
  });

  it('a covered enterprise is 0 or 1 on every day, however many agreements list it', () => {
    fc.assert(
      fc.property(fc.array(spanArb, { maxLength: 6 }), fc.integer({ min: 0, max: 110 }), (spans, d) => {
        const live = spans.filter((s) => s.from <= day(d) && day(d) < s.until);
        expect(valueOn(coverageSteps(spans), day(d)).enterprises).toBe(live.length ? 1 : 0);
      }),
    );
  });
});
