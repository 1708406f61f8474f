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
  return { left, start };
}

/** The pause a refused code request names (429 `details.retryAfterSeconds`) when it is a resend's short one; else 0. */
export function resendPauseOf(err: unknown, most = 60): number {
  const wait =
    err instanceof ApiError ? (err.details as { retryAfterSeconds?: number })?.retryAfterSeconds : 0;
  return wait && wait <= most ? wait : 0;
}
