import { describe, expect, it } from 'vitest';
import { randomPassword } from './usersApi.ts';

/** The character classes of the staff password rule (lower case, capitals, digits, others) a password holds. */
const classesOf = (pw: string) =>
  [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(pw)).length;

describe('the password 随机生成 fills in', () => {
  it('always meets the staff rules, so it may be kept as the final password', () => {
    for (let i = 0; i < 300; i++) {
      const pw = randomPassword();
      expect(pw).toHaveLength(12);
      expect(classesOf(pw), pw).toBeGreaterThanOrEqual(3);
    }
  });
});
