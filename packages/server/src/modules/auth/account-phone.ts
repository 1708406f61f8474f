import type { Sql } from '../../db/db.ts';
import { AppError } from '../../shared/errors.ts';
import { findAccountPhoneClaims, movePersonPhones } from './account-phone.repository.ts';

/** A member's phone before and after a change, as the register writes it. */
export interface MemberPhoneChange {
  personId: number;
  from: string | null;
  to: string | null;
}

/** The new number is another account's phone or login name: refused, naming the field. */
export const phoneTaken = (phone: string) =>
  new AppError(
    'conflict',
    'PHONE_TAKEN',
    {
      zh: `手机号 ${phone} 已是另一个账号的手机号或登录名，未作修改`,
      en: `Phone number ${phone} is already another account's phone or login name; nothing was changed`,
    },
    { field: 'phone' },
  );

/**
 * The one rule (ADR 147): a worker account's phone follows its member's phone. Every write of a member's phone
 * (the worker's own change, a correction the union accepted, a staff edit, a member import, an enrolment filling a
 * missing phone) calls this in its own transaction, after writing the register. The accounts of each person take
 * the new number; a login name that was the old number becomes the new one, so the new number signs in (by code and
 * by password) and the old one signs no one in; codes sent to the old number stop working. A new number that another
 * account holds (as phone or login name) refuses the whole change (the caller's transaction rolls back).
 */
export async function followMemberPhones(sql: Sql, changes: MemberPhoneChange[]): Promise<void> {
  const moved = changes.filter((c) => c.from !== c.to);
  if (!moved.length) return;
  const wanted = moved.flatMap((c) => (c.to === null ? [] : [{ personId: c.personId, phone: c.to }]));
  const taken = wanted.length ? (await findAccountPhoneClaims(sql, wanted)).filter((c) => c.taken) : [];
  if (taken.length) throw phoneTaken(taken[0].phone);
  await movePersonPhones(sql, moved);
}

/**
 * The rule asked before writing, for a writer that refuses row by row (the member import, its dry run too): of these
 * (person, new number) pairs, those of a member with an account, each told whether another account holds the number.
 * Pairs of a member without one are left out: they may give any number.
 */
export async function checkMemberPhones(
  sql: Sql,
  wanted: { personId: number; phone: string }[],
): Promise<{ personId: number; phone: string; taken: boolean }[]> {
  return wanted.length ? findAccountPhoneClaims(sql, wanted) : [];
}
