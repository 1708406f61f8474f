import type { IdProtector } from './id-protector.ts';
import { parseIdNumber } from './idcard.ts';
import type { MemberFilter } from './people.list.repository.ts';

/** What the member list (GET /api/members) and its export are asked: the flags and one search text. */
export interface MemberQuery
  extends Pick<
    MemberFilter,
    'isFrontLine' | 'isOutdoor' | 'isNewEmployment' | 'female' | 'modelWorker' | 'hardship'
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
 * typed, full-width or with spaces: matched by its normalised number), a phone number, an ID number's last four,
 * or the beginning of a name. `today` is the day a whole ID number is checked against.
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
    today,
  };
  const text = q.q?.trim();
  if (!text) return f;
  const id = parseIdNumber(text, today);
  if (id.ok) f.idHash = ids.lookups(id.value.number);
  else if (/^\d{11}$/.test(text)) f.phone = text;
  else if (/^\d{3}[\dXx]$/.test(text)) f.idLastFour = text.toUpperCase();
  else f.namePrefix = text;
  return f;
}
