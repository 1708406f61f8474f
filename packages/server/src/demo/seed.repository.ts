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
