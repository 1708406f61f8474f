import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

/**
 * The six-digit codes sent by SMS (account activation, signing in by code): kept only as a salted hash
 * (`<salt>.<sha256>`), compared in constant time.
 */
export const newSmsCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

const hashWith = (salt: string, code: string) =>
  `${salt}.${createHash('sha256').update(`${salt}:${code}`).digest('base64url')}`;

/** A code's hash under a fresh salt, as it is stored. */
export const hashSmsCode = (code: string) => hashWith(randomBytes(9).toString('base64url'), code);

/** Whether a typed code is the one a stored hash was made of. */
export function smsCodeMatches(stored: string, code: string): boolean {
  const [salt] = stored.split('.');
  const a = Buffer.from(hashWith(salt, code));
  const b = Buffer.from(stored);
  return a.length === b.length && timingSafeEqual(a, b);
}
