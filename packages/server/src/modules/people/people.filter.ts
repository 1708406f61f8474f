import type { IdProtector } from './id-protector.ts';
import { parseIdNumber } from './idcard.ts';
import { parsePhone } from './people.import.cells.ts';
import type { MemberFilter } from './people.list.repository.ts';

/**
 * What the member list (GET /api/members) and its export are asked: the flags, the state of the phone account and one
 * search text.
 */
export interface MemberQuery
  extends Pick<
    MemberFilter,
    'isFrontLine' | 'isOutdoor' | 'isNewEmployment' | 'female' | 'modelWorker' | 'hardship' | 'accountState'
  > {
  orgId?: number;
  q?: string;
  /** The people whose membership ended (已离会) instead of the members. */
  ended?: boolean;
  page?: number;
  pageSize?: number;
}

/**
 * The filter of the member list and of its export, the same for both: the search text is a whole ID number (as
 * typed, full-width or with spaces: matched by its normalised number), a whole phone number (as the phone fields
 * take it: spaces, dashes, +86), the last 4 to 11 digits of a phone or the last four or six characters of an ID
 * number (a text such as 1234 is looked for as both), or part of a name, wherever it stands. `today` is the day a
 * whole ID number is checked against.
 */
export function memberFilter(
  ids: Pick<IdProtector, 'hash' | 'lookups'>,
  q: MemberQuery,
  today: string,
): MemberFilter {
  const f: MemberFilter = {
    isFrontLine: q.isFrontLine,
    isOutdoor: q.isOutdoor,
    isNewEmployment: q.isNewEmployment,
    female: q.female,
    modelWorker: q.modelWorker,
    hardship: q.hardship,
    accountState: q.accountState,
    today,
  };
  const text = q.q?.trim();
  if (!text) return f;
  const id = parseIdNumber(text, today);
  if (id.ok) {
    f.idHash = ids.lookups(id.value.number);
    return f;
  }
  const phone = parsePhone(text);
  if (phone.ok) {
    f.phone = phone.value;
    return f;
  }
  // digits as typed or read out: full-width made ordinary, spaces and dashes dropped
  const compact = text
    .normalize('NFKC')
    .replace(/[\s\-–—()]/g, '')
    .toUpperCase();
  if (/^\d{4,11}$/.test(compact)) f.phoneEnd = compact;
  if (/^(\d{3}|\d{5})[\dX]$/.test(compact)) f.idEnd = compact;
  if (f.phoneEnd === undefined && f.idEnd === undefined) f.namePart = text;
  return f;
}
