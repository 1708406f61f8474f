import type { Sql } from '../../db/db.ts';

/** SQL for an account's phone following its member's (account-phone.ts, ADR 147): auth's own tables. */

/**
 * Of these (person, new number) pairs, those of a person who has an account (a member without one may share a family
 * phone with another's account), each told whether an account not the person's holds the number as phone or login
 * name.
 */
export async function findAccountPhoneClaims(
  sql: Sql,
  wanted: { personId: number; phone: string }[],
): Promise<{ personId: number; phone: string; taken: boolean }[]> {
  const { rows } = await sql.query<{ personId: number | string; phone: string; taken: boolean }>(
    `select n.person_id as "personId", n.phone,
            exists (select 1 from users u
                     where (u.phone = n.phone or u.username = n.phone)
                       and u.person_id is distinct from n.person_id) as taken
       from unnest($1::bigint[], $2::text[]) n(person_id, phone)
      where exists (select 1 from users mine where mine.person_id = n.person_id)`,
    [wanted.map((w) => w.personId), wanted.map((w) => w.phone)],
  );
  return rows.map((r) => ({ ...r, personId: Number(r.personId) }));
}

/**
 * Each person's accounts take the person's new phone (null when it was cleared); a login name that was the old
 * number becomes the new one (kept when the phone is cleared). Codes sent to an old number and not used are removed.
 */
export async function movePersonPhones(
  sql: Sql,
  changes: { personId: number; from: string | null; to: string | null }[],
): Promise<void> {
  await sql.query(
    `update users u set phone = c.to_phone,
            username = case when u.username = c.from_phone and c.to_phone is not null
                            then c.to_phone else u.username end,
            updated_at = now()
       from unnest($1::bigint[], $2::text[], $3::text[]) c(person_id, from_phone, to_phone)
      where u.person_id = c.person_id`,
    [changes.map((c) => c.personId), changes.map((c) => c.from), changes.map((c) => c.to)],
  );
  // only the old numbers of people with an account: another account may hold a number a member without one gave up
  await sql.query(
    `delete from sign_in_codes
      where used_at is null
        and phone in (select c.from_phone from unnest($1::bigint[], $2::text[]) c(person_id, from_phone)
                       where exists (select 1 from users u where u.person_id = c.person_id))`,
    [changes.map((c) => c.personId), changes.map((c) => c.from)],
  );
}
