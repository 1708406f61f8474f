import { describe, expect, it } from 'vitest';
import { oneAtATime } from './useBusy.ts';

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
