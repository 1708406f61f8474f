import type { ListFilter } from './list-filters.ts';

/**
 * A mobile number as a phone types or pastes it — `139 1234 5678` from the contacts, `+86 139-1234-5678`,
 * full-width digits from a Chinese keyboard — read as the 11 digits the server takes: spaces, dashes and brackets
 * dropped, full-width made ordinary, and a +86 or 86 in front of an 11-digit number starting with 1 removed. The
 * member sheet reads phone cells the same way (server `parsePhone`). A number still being typed is kept as typed,
 * less its spaces, so a field normalised on every keystroke never fights the person typing.
 */
export function phoneDigits(raw: string | undefined | null): string {
  const text = (raw ?? '').normalize('NFKC').replace(/[\s\-–—()]/g, '');
  return text.replace(/^\+?86(?=1\d{10}$)/, '');
}

/** The most characters a phone-number input takes: `+86 139 1234 5678` with room to spare. */
export const PHONE_INPUT_MAX = 20;

/**
 * A phone number searched for (a list of messages sent): a box of 11 characters at most, kept under `phone`; the
 * list asks for it as `phoneFilterValue` reads it.
 */
export function phoneFilter(
  placeholder: string,
  o: { width?: number | string; testId?: string } = {},
): ListFilter {
  return { kind: 'search', param: 'phone', placeholder, width: o.width, maxLength: 11, testId: o.testId };
}

/** The number a `phoneFilter` holds as the server takes it: 1 to 11 digits, else none (the list unfiltered). */
export function phoneFilterValue(value: string | undefined): string | undefined {
  return value && /^\d{1,11}$/.test(value) ? value : undefined;
}
