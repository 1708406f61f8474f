import { describe, expect, it } from 'vitest';
import { toApiError } from '../api/client.ts';
import { refusedField } from './fieldRefusal.ts';

/** A refusal as the server answers it (error-handler.ts's errorBody). */
const refusal = (status: number, code: string, details?: unknown) =>
  toApiError(status, {
    error: {
      code,
      message: '… / …',
      messageZh: '密码过于常见，容易被猜中，请换一个',
      messageEn: 'Too common',
      details,
    },
  });

const weak = refusal(400, 'PASSWORD_TOO_WEAK', { field: 'password', reason: 'common' });

describe('the field a refused request names', () => {
  it('is the form field of the same name', () => {
    expect(refusedField(weak, ['token', 'username', 'displayName', 'password', 'password2'])).toBe(
      'password',
    );
    const taken = refusal(409, 'USERNAME_TAKEN', { field: 'username' });
    expect(refusedField(taken, ['username', 'displayName', 'password'])).toBe('username');
  });

  it('is the form field the server name is mapped to, where the form calls it otherwise', () => {
    const fields = ['currentPassword', 'newPassword', 'newPassword2'];
    expect(refusedField(weak, fields, { password: 'newPassword' })).toBe('newPassword');
    expect(refusedField(weak, fields)).toBeUndefined();
  });

  it('is none when the form has no such field, and the form says the refusal its own way', () => {
    expect(refusedField(weak, ['username', 'displayName'])).toBeUndefined();
  });

  it('is none when the refusal names no field', () => {
    const fields = ['currentPassword', 'newPassword'];
    expect(refusedField(refusal(400, 'WRONG_CURRENT_PASSWORD'), fields)).toBeUndefined();
    // a schema's refusal lists its issues, not one field
    const schema = refusal(400, 'VALIDATION_FAILED', {
      issues: [{ field: 'body/newPassword', rule: 'minLength' }],
    });
    expect(refusedField(schema, fields)).toBeUndefined();
    expect(refusedField(new Error('network'), fields)).toBeUndefined();
  });

  it('is the path of a field inside a list the form holds, the line counted from 0', () => {
    const short = refusal(409, 'STATION_STOCK_SHORT', { field: 'goods.1.quantity' });
    expect(refusedField(short, ['handedOn', 'goods'])).toEqual(['goods', 1, 'quantity']);
    expect(refusedField(short, ['handedOn'])).toBeUndefined();
  });
});
