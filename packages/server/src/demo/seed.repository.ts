import type { Db, Sql } from '../db/db.ts';
import { insertRow } from '../db/insert.ts';

/**
 * The demo's own statements. They write and read other modules' tables directly (people's `persons` and
 * `memberships`, auth's `users`) for speed and because the demo builds the world those modules start from.
 */

/**
 * Inserts persons from column arrays (name, ID hash, cipher, masked, birth date, gender, phone, front line,
 * outdoor, new employment, model worker level, hardship level, union), each with the federation of their union;
 * answers each new person's id, union and federation.
 */
export async function insertPersonRows(sql: Sql, columns: unknown[][]) {
  const { rows } = await sql.query<{ id: number; org_id: number; federation_id: number }>(
    `with input as (
       select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::date[], $6::text[], $7::text[],
         $8::bool[], $9::bool[], $10::bool[], $11::text[], $12::text[], $13::bigint[])
         with ordinality as t(name, id_hash, id_cipher, id_masked, birth_date, gender, phone, fl, od, ne, mw, hl, org_id, n)
     ), ins as (
       insert into persons (name, id_hash, id_cipher, id_masked, birth_date, gender, phone, is_front_line,
         is_outdoor, is_new_employment, model_worker_level, hardship_level, hardship_from, federation_id)
       select i.name, i.id_hash, i.id_cipher, i.id_masked, i.birth_date, i.gender, i.phone, i.fl, i.od, i.ne,
              i.mw, i.hl, case when i.hl is not null then date '2020-01-01' end, split_part(o.path, '/', 2)::bigint
         from input i join orgs o on o.id = i.org_id order by i.n
       returning id, id_hash, federation_id
     )
     select ins.id, input.org_id, ins.federation_id from ins join input using (id_hash)`,
    columns,
  );
  return rows;
}

/** An active membership of each person in their union, joined on a random day of 2015–2020. */
export async function insertActiveMemberships(
  sql: Sql,
  rows: { id: number; org_id: number; federation_id: number }[],
): Promise<void> {
  await sql.query(
    `insert into memberships (person_id, org_id, joined_on, federation_id)
     select p, o, date '2015-01-01' + (random() * 2000)::int, f
       from unnest($1::bigint[], $2::bigint[], $3::bigint[]) as t(p, o, f)`,
    [rows.map((x) => x.id), rows.map((x) => x.org_id), rows.map((x) => x.federation_id)],
  );
}

/** The persons who have a user account, by id. */
export async function listPersonIdsWithAccounts(sql: Sql): Promise<number[]> {
  const { rows } = await sql.query<{ id: number }>(
    `select p.id from persons p join users u on u.person_id = p.id order by p.id`,
  );
  return rows.map((r) => r.id);
}

export async function countOrgs(sql: Sql): Promise<number> {
  const { rows } = await sql.query<{ n: number }>('select count(*) as n from orgs');
  return rows[0].n;
}

export async function insertDemoUser(
  sql: Sql,
  u: {
    username: string;
    displayName: string;
    passwordHash: string;
    personId: number | null;
    phone: string | null;
  },
): Promise<number> {
  return insertRow(sql, 'users', 'username, display_name, password_hash, person_id, phone', u);
}

export async function findUserId(sql: Sql, username: string): Promise<number | undefined> {
  const { rows } = await sql.query<{ id: number }>('select id from users where username = $1', [username]);
  return rows[0]?.id;
}

/** Whether the demo's accounts are there to print (a database set up empty has its own accounts, not these). */
export async function hasDemoAccounts(db: Db, username: string): Promise<boolean> {
  const { rows } = await db.query<{ n: number }>('select count(*)::int as n from users where username = $1', [
    username,
  ]);
  return rows[0].n > 0;
}

/**
 * The moments of the programs' activity the demo plays on the days it happened (`programIds`: 顺义's 2020 plan,
 * proposed on 1 December, approved on the 28th, paid on the 30th), put on those days instead of the seed's: each
 * application entered the day it was applied for (09:00 China time), its first event on that day, every other
 * event and its batch at 10:00 on the day each took effect, and the worker's messages at their decision's or their
 * payment's time. So 我的申请 and 消息 agree with the payment day the messages name.
 */
export async function datePastActivity(sql: Sql, programIds: number[]): Promise<void> {
  if (!programIds.length) return;
  // a China day's hour as a moment: the day's midnight in China is 16:00 UTC the day before
  const at = (day: string, hour: number) =>
    `((${day})::date + interval '${hour - 8} hours') at time zone 'UTC'`;
  const apps = 'select id from applications where program_id = any($1::bigint[])';
  await sql.query(
    `update application_events e set effective_on = a.applied_on
       from applications a
      where a.id = e.application_id and a.program_id = any($1::bigint[])
        and e.id = (select min(f.id) from application_events f where f.application_id = a.id)`,
    [programIds],
  );
  await sql.query(
    `update application_events e
        set at = case when e.id = (select min(f.id) from application_events f where f.application_id = e.application_id)
                      then ${at('e.effective_on', 9)} else ${at('e.effective_on', 10)} end
      where e.application_id in (${apps})`,
    [programIds],
  );
  await sql.query(
    `update payment_batches set created_at = ${at('effective_on', 10)},
            exported_at = case when exported_at is null then null else ${at('effective_on', 10)} end
      where program_id = any($1::bigint[])`,
    [programIds],
  );
  await sql.query(
    `update application_files set created_at = ${at('(select applied_on from applications a where a.id = application_id)', 9)}
      where application_id in (${apps})`,
    [programIds],
  );
  // the payment of each application: the batch its ledger entry was paid in
  const paid = `(select max(b.created_at) from ledger_entries l join payment_items i on i.ledger_entry_id = l.id
                   join payment_batches b on b.id = i.batch_id
                  where l.application_id = a.id and b.status = 'paid')`;
  await sql.query(
    `update applications a set created_at = ${at('a.applied_on', 9)},
            updated_at = greatest((select max(e.at) from application_events e where e.application_id = a.id), ${paid})
      where a.program_id = any($1::bigint[])`,
    [programIds],
  );
  await sql.query(
    `update messages m set created_at = case when m.kind = 'payment.paid' then coalesce(${paid}, m.created_at)
                                           else ${at("(a.decided_at at time zone 'UTC') + interval '8 hours'", 10)} end
       from applications a
      where m.entity = 'application' and m.entity_id = a.id and a.program_id = any($1::bigint[])
        and (m.kind = 'payment.paid' or a.decided_at is not null)`,
    [programIds],
  );
}
