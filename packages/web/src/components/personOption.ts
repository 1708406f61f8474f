import type { TFunction } from 'i18next';

/** What a member picker knows of a member found by the member search (GET /api/members). */
export interface FoundMember {
  name: string;
  orgName?: string | null;
  /** The ID number as the member list shows it (its first six and last four). */
  idMasked: string;
  phone?: string | null;
}

/**
 * A member picker's option: the name and union, with what tells two members of one name in one union apart and
 * reveals no more than the member list does — the masked ID number, as the list shows it, and the phone's last four
 * (as the nomination picker shows the masked number).
 */
export function memberOptionLabel(t: TFunction, p: FoundMember): string {
  const phone = p.phone?.replace(/\D/g, '') ?? '';
  const org = p.orgName ?? '—';
  return phone.length >= 4
    ? t('member.pickerOptionPhone', { name: p.name, org, id: p.idMasked, phone: phone.slice(-4) })
    : t('member.pickerOption', { name: p.name, org, id: p.idMasked });
}
