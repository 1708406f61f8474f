import { describe, expect, it } from 'vitest';
import { parseNumber } from './numberText.ts';

describe('a number typed by staff', () => {
  const lng = { min: 73, max: 136, decimals: 6 };
  const places = { min: 1, max: 100 };
  it.each([
    ['116.397128', lng, 116.397128],
    ['136', lng, 136],
    ['５０', places, 50],
    ['1,000', { min: 0, max: 10_000 }, 1000],
    ['-3', { min: -10, max: 10 }, -3],
    ['', { ...places, emptyAllowed: true }, null],
  ])('%s reads as its value', (text, bounds, value) => {
    expect(parseNumber(text, bounds)).toEqual({ ok: true, value });
  });

  it.each([
    ['500', lng, 'tooLarge'],
    ['10', lng, 'tooSmall'],
    ['116.1234567', lng, 'decimals'],
    ['-3', places, 'negative'],
    ['0', places, 'tooSmall'],
    ['2.5', places, 'notWhole'],
    ['1e3', places, 'format'],
    ['abc', places, 'format'],
    ['12,50', { min: 0, max: 10_000 }, 'comma'],
    ['1000,5', { min: 0, max: 10_000, decimals: 1 }, 'comma'],
    ['', places, 'required'],
    ['9999999999999999999', places, 'tooLarge'],
  ])('%s is refused, never clamped or rounded', (text, bounds, problem) => {
    expect(parseNumber(text, bounds)).toEqual({ ok: false, problem });
  });
});
