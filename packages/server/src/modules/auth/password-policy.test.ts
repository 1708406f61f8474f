import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors.ts';
import { checkPasswordPolicy, checkStaffPassword } from './password-policy.ts';

const STAFF = { minLength: 8, minClasses: 3 };

/** The reason a password is refused for, or null when the staff rules accept it. */
function refusal(password: string, username = 'zhangsan'): string | null {
  try {
    checkStaffPassword(password, username, STAFF);
    return null;
  } catch (err) {
    if (err instanceof AppError) return String((err.details as { reason?: string }).reason);
    throw err;
  }
}

describe('common passwords', () => {
  it('refuses the common ones that mix the classes a staff password needs (a word, a symbol, digits)', () => {
    for (const pw of [
      'Admin@123',
      'Admin@2024',
      'Password123!',
      'P@ssw0rd!',
      'Passw0rd#2026',
      'Qwer@1234',
      'Abc@123456',
      'Aa123456!',
      'Root@123',
      'Huawei@123',
      'Welcome1!',
      'Gonghui@2026',
      '123Admin!',
      'Admin!@#123',
    ]) {
      expect(refusal(pw), pw).toBe('common');
    }
  });

  it('still refuses the plain ones, and for workers too', () => {
    expect(refusal('P@ssw0rd')).toBe('common');
    expect(() => checkPasswordPolicy('password123')).toThrow(/常见|common/);
    expect(() => checkPasswordPolicy('Admin@123')).toThrow(/常见|common/);
  });

  it('accepts passwords that merely contain a common word among others', () => {
    for (const pw of [
      'Sec-own-2026#',
      'Admin-pass-2026',
      'Separate-duties-1',
      'Test-password-1',
      'Sys-admin-2026',
    ]) {
      expect(refusal(pw), pw).toBeNull();
    }
  });
});
