import { describe, expect, it } from 'vitest';
import { PHONE_INPUT_MAX, phoneDigits } from './phone.ts';

describe('a mobile number as a phone types or pastes it', () => {
  it('is read as its 11 digits', () => {
    expect(phoneDigits('13912345678')).toBe('13912345678');
    expect(phoneDigits('139 1234 5678')).toBe('13912345678');
    expect(phoneDigits(' 139-1234-5678 ')).toBe('13912345678');
    expect(phoneDigits('+86 139 1234 5678')).toBe('13912345678');
    expect(phoneDigits('+86 (139) 1234 5678')).toBe('13912345678');
    expect(phoneDigits('8613912345678')).toBe('13912345678');
    expect(phoneDigits('１３９１２３４５６７８')).toBe('13912345678');
  });

  it('keeps a number still being typed as typed, less its spaces', () => {
    expect(phoneDigits('+86 139')).toBe('+86139');
    expect(phoneDigits('139 12')).toBe('13912');
    expect(phoneDigits('')).toBe('');
    expect(phoneDigits(undefined)).toBe('');
  });

  it('fits in the input: the longest usual way of writing one is not cut short', () => {
    expect('+86 139 1234 5678'.length).toBeLessThanOrEqual(PHONE_INPUT_MAX);
  });
});
