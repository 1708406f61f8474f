import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import { isResendPause, secondsLeft } from './useCountdown.ts';

describe('the resend countdown', () => {
  const start = 1_750_000_000_000;
  const until = start + 60_000;
  it('counts whole seconds down from 60 to 0 as the clock moves', () => {
    expect(secondsLeft(until, start)).toBe(60);
    expect(secondsLeft(until, start + 1)).toBe(60);
    expect(secondsLeft(until, start + 1000)).toBe(59);
    expect(secondsLeft(until, start + 59_001)).toBe(1);
    expect(secondsLeft(until, start + 60_000)).toBe(0);
    expect(secondsLeft(until, start + 3_600_000)).toBe(0);
  });
});

describe('a code asked for again too soon', () => {
  it('is the short resend pause, the last code still working; an hour’s limit or another refusal is not', () => {
    const soon = new ApiError(
      429,
      'ACTIVATION_RESEND_TOO_SOON',
      '请60秒后再获取验证码',
      'Ask again in 60 seconds',
      {
        retryAfterSeconds: 60,
      },
    );
    expect(isResendPause(soon)).toBe(true);
    const hour = new ApiError(429, 'ONBOARDING_THROTTLED', '请求过于频繁', 'Too many', {
      retryAfterSeconds: 3600,
    });
    expect(isResendPause(hour)).toBe(false);
    expect(isResendPause(new ApiError(400, 'VALIDATION', '手机号', 'Phone'))).toBe(false);
    expect(isResendPause(new Error('offline'))).toBe(false);
  });
});
