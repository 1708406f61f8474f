import { describe, expect, it } from 'vitest';
import { countCharacterClasses } from '../../../../server/src/modules/auth/password-policy.ts';
import { randomPassword } from './usersApi.ts';

describe('the password 随机生成 fills in', () => {
  it('always meets the staff rules, so it may be kept as the final password', () => {
    for (let i = 0; i < 300; i++) {
      const pw = randomPassword();
      expect(pw).toHaveLength(12);
      expect(countCharacterClasses(pw), pw).toBeGreaterThanOrEqual(3);
    }
  });
});
