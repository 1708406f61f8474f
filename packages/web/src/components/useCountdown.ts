import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/client.ts';

/** Whole seconds left until `until` (ms since the epoch) at `now`; 0 once it has passed. */
export function secondsLeft(until: number, now: number): number {
  return Math.max(0, Math.ceil((until - now) / 1000));
}

/**
 * A countdown the page drives (a code's resend pause): `start(seconds)` begins it, `left` is the whole seconds
 * remaining, re-read from the clock every second, so a test that moves the page's clock moves it too.
 */
export function useCountdown(now: () => number = Date.now) {
  const [until, setUntil] = useState(0);
  const [left, setLeft] = useState(0);
  useEffect(() => {
    if (until === 0) return;
    setLeft(secondsLeft(until, now()));
    const timer = setInterval(() => {
      const n = secondsLeft(until, now());
      setLeft(n);
      if (n === 0) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [until, now]);
  const start = useCallback((seconds: number) => setUntil(now() + seconds * 1000), [now]);
  /**
   * Asks for a code: the countdown starts from the pause the answer names, or from the short resend pause a refused
   * request names; the refusal is thrown on, for the page to show.
   */
  const ask = useCallback(
    async <T extends { resendAfterSeconds: number }>(request: () => Promise<T>): Promise<T> => {
      try {
        const answer = await request();
        start(answer.resendAfterSeconds);
        return answer;
      } catch (err) {
        const wait = resendPauseOf(err);
        if (wait) start(wait);
        throw err;
      }
    },
    [start],
  );
  return { left, start, ask };
}

/**
 * Whether a refused code request is the short pause after the last code (asked again within the minute): that code
 * was sent and still works, so a page asking for it shows its box (a page reloaded, or left and come back to, after
 * the code came had no way to type it in, only the refusal).
 */
export function isResendPause(err: unknown): boolean {
  return resendPauseOf(err) > 0;
}

/** The pause a refused code request names (429 `details.retryAfterSeconds`) when it is a resend's short one; else 0. */
function resendPauseOf(err: unknown, most = 60): number {
  const wait =
    err instanceof ApiError ? (err.details as { retryAfterSeconds?: number })?.retryAfterSeconds : 0;
  return wait && wait <= most ? wait : 0;
}
