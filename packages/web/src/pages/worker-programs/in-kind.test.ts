import { describe, expect, it } from 'vitest';
import { isInKind, shownAmount } from './me-api.ts';

describe('an application as the worker sees it', () => {
  it('an in-kind flash claim (a ticket, a gift box) has a pickup code and shows no ¥0.00', () => {
    expect(isInKind({ intake: 'claim', amountFen: 0 })).toBe(true);
    expect(shownAmount({ intake: 'claim', amountFen: 0 })).toBeNull();
  });

  it('a money claim and every other application show their amount, even before payment', () => {
    expect(isInKind({ intake: 'claim', amountFen: 20_000 })).toBe(false);
    expect(shownAmount({ intake: 'claim', amountFen: 20_000 })).toBe(20_000);
    expect(shownAmount({ intake: 'apply', amountFen: 150_000 })).toBe(150_000);
    expect(shownAmount({ intake: 'apply', amountFen: 0 })).toBe(0);
    expect(shownAmount({ intake: 'apply', amountFen: null })).toBeNull();
  });
});
