import { describe, expect, it } from 'vitest';
import en from '../../i18n/wellness.en.json';
import zh from '../../i18n/wellness.zh.json';
import { nomineeStatusKey } from './nominee-status.ts';

/** The words of a key in one dictionary. */
const words = (dict: object, key: string) =>
  key.split('.').reduce<unknown>((at, k) => (at as Record<string, unknown>)[k], dict) as string;

describe('a nominee’s status on the batch’s list', () => {
  const nominee = { status: 'nominated' as const, attendance: null };
  it('says nominated while the batch is still to begin, not 未登记 (not signed up)', () => {
    const key = nomineeStatusKey(nominee, '2026-12-20', '2026-11-30');
    expect(words(zh, key)).toBe('已推荐');
    expect(words(en, key)).toBe('Nominated');
  });

  it('says attendance is not recorded once the batch has begun, then what was marked', () => {
    expect(words(zh, nomineeStatusKey(nominee, '2026-12-20', '2026-12-20'))).toBe('到场情况未登记');
    expect(words(en, nomineeStatusKey(nominee, '2026-12-20', '2026-12-21'))).toBe('Attendance not recorded');
    const went = { status: 'nominated' as const, attendance: 'attended' as const };
    expect(words(zh, nomineeStatusKey(went, '2026-12-20', '2026-12-21'))).toBe('已到场');
    const replaced = { status: 'replaced' as const, attendance: null };
    expect(words(zh, nomineeStatusKey(replaced, '2026-12-20', '2026-11-30'))).toBe('已替换');
  });
});
