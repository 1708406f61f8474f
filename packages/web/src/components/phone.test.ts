import { describe, expect, it } from 'vitest';
import { filterValues } from './list-filters.ts';
import { PHONE_INPUT_MAX, phoneDigits, phoneFilter, phoneFilterValue } from './phone.ts';

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

describe('phoneFilter', () => {
  it('is a box of 11 characters at most under `phone`, read trimmed', () => {
    const phone = phoneFilter('手机号', { width: 220 });
    expect(phone).toEqual({
      kind: 'search',
      param: 'phone',
      placeholder: '手机号',
      width: 220,
      maxLength: 11,
      testId: undefined,
    });
    expect(filterValues([phone], new URLSearchParams({ phone: ' 1380013 ' }))).toEqual({ phone: '1380013' });
  });

  it('asks for 1 to 11 digits only: anything else leaves the list unfiltered', () => {
    expect(phoneFilterValue('13800138000')).toBe('13800138000');
    expect(phoneFilterValue('138')).toBe('138');
    expect(phoneFilterValue(undefined)).toBeUndefined();
    expect(phoneFilterValue('138-0013')).toBeUndefined();
    expect(phoneFilterValue('138001380001')).toBeUndefined();
  });
});
