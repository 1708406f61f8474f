import { describe, expect, it } from 'vitest';
import { oneAtATime, oneKeyAtATime } from './useBusy.ts';

/** A promise and the function that settles it, for an action the test finishes when it chooses. */
function pending() {
  let settle = () => {};
  const done = new Promise<void>((resolve) => {
    settle = resolve;
  });
  return { done, settle };
}

describe('one action at a time (useAct)', () => {
  it('turns a second press away while the first runs, and takes the next once it has finished', async () => {
    const once = oneAtATime();
    const first = pending();
    const sent: string[] = [];
    const a = once(async () => {
      sent.push('first');
      await first.done;
    });
    await once(async () => {
      sent.push('second');
    });
    expect(sent).toEqual(['first']);
    first.settle();
    await a;
    await once(async () => {
      sent.push('third');
    });
    expect(sent).toEqual(['first', 'third']);
  });

  it('takes the next press after one that failed', async () => {
    const once = oneAtATime();
    await expect(
      once(async () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    let ran = false;
    await once(async () => {
      ran = true;
    });
    expect(ran).toBe(true);
  });
});

describe("the key of the action running (useAct's busy)", () => {
  it('is the pressed key while it runs, is kept through a press turned away, and is null once it has finished', async () => {
    const told: (string | null)[] = [];
    const once = oneKeyAtATime<string>((key) => told.push(key));
    const first = pending();
    const a = once('withdraw', () => first.done);
    expect(told).toEqual(['withdraw']);
    let sent = false;
    await once('pass', async () => {
      sent = true;
    });
    expect(sent).toBe(false);
    expect(told).toEqual(['withdraw']);
    first.settle();
    await a;
    expect(told).toEqual(['withdraw', null]);
    await once('pass', async () => {});
    expect(told).toEqual(['withdraw', null, 'pass', null]);
  });

  it('is null again after an action that failed', async () => {
    const told: (number | null)[] = [];
    const once = oneKeyAtATime<number>((key) => told.push(key));
    await expect(
      once(7, async () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(told).toEqual([7, null]);
  });
});
