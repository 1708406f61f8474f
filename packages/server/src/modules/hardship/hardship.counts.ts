import { dayAfter } from '../../shared/dates.ts';
import type { CountDelta } from '../reporting/index.ts';

/**
 * The counts a file keeps in the reporting layer (subjects, all by union):
 * - 'hardship.files' (dim level) and 'hardship.causes' (dim cause): files in force, a state — +1 on the day of
 *   verification, −1 the day after expiry (dated ahead) or on the day of closing;
 * - 'hardship.expired' (dim level): files past expiry neither reviewed nor closed, a state — +1 the day after
 *   expiry, −1 on the day of the review or closing that ends it;
 * - 'hardship.verified' (dim level): verifications, a flow on their date.
 * A review or closing retracts the deltas of the file's current span and adds the span cut at that day.
 */
export interface Span {
  orgId: number;
  level: string;
  causes: string[];
  from: string;
  expires: string;
  /** The first day the span no longer holds (a review or closing); open when absent. */
  end?: string;
}

export function spanDeltas(s: Span, sign: 1 | -1): CountDelta[] {
  const out: CountDelta[] = [];
  const lapse = dayAfter(s.expires);
  const stop = s.end !== undefined && s.end < lapse ? s.end : lapse;
  const add = (subject: string, dim: string, on: string, n: number) =>
    out.push({ subject, orgId: s.orgId, on, dim, n: n * sign });
  for (const [subject, dims] of [
    ['hardship.files', [s.level]],
    ['hardship.causes', s.causes],
  ] as const) {
    for (const dim of dims) {
      add(subject, dim, s.from, 1);
      add(subject, dim, stop, -1);
    }
  }
  if (s.end === undefined || s.end > lapse) {
    add('hardship.expired', s.level, lapse, 1);
    if (s.end !== undefined) add('hardship.expired', s.level, s.end, -1);
  }
  return out;
}

/** The deltas of ending `current` on `day` (exclusive) and, on a review, starting `next`. */
export function changeSpan(current: Span, day: string, next?: Span): CountDelta[] {
  return [
    ...spanDeltas(current, -1),
    ...spanDeltas({ ...current, end: day }, 1),
    ...(next ? spanDeltas(next, 1) : []),
  ];
}

export function verifiedDelta(orgId: number, level: string, on: string): CountDelta {
  return { subject: 'hardship.verified', orgId, on, dim: level, n: 1 };
}
