import type { Db } from '../src/db/db.ts';
import { createRootOrg, insertOrg, type OrgRow } from '../src/modules/org/index.ts';

/**
 * Workers signed in, made set-based for races over HTTP (the flash and activities benchmarks, the two-servers
 * test): persons, memberships spread over the given unions, worker accounts and sessions whose token is
 * `<salt>.<userId>` (the database keeps base64url(sha256(token)), as auth does). `prefix` keeps each caller's
 * rows apart (usernames `<prefix><personId>`, id hashes `<prefix>:<i>`).
 */
export async function seedWorkerSessions(
  db: Db,
  o: { count: number; salt: string; unionIds: number[]; prefix: string },
): Promise<{ userId: number; personId: number; orgId: number }[]> {
  await db.query(
    `insert into persons (name, id_hash, id_cipher, id_masked, birth_date, gender, is_front_line)
     select '职工' || i, $2 || ':' || i, 'x', '110***********' || lpad((i % 10000)::text, 4, '0'),
            date '1970-01-01' + (i % 12000), case when i % 2 = 0 then 'male' else 'female' end, i % 3 = 0
       from generate_series(1, $1::int) as i`,
    [o.count, o.prefix],
  );
  await db.query(
    `insert into memberships (person_id, org_id, joined_on)
     select p.id, ($1::bigint[])[1 + (p.id % array_length($1::bigint[], 1))], date '2015-01-01'
       from persons p where p.id_hash like $2 || ':%'`,
    [o.unionIds, o.prefix],
  );
  await db.query(
    `insert into users (username, display_name, password_hash, person_id)
     select $1 || p.id, p.name, 'no-login', p.id from persons p where p.id_hash like $1 || ':%'`,
    [o.prefix],
  );
  await db.query(
    `insert into role_assignments (user_id, role) select id, 'worker' from users where username like $1 || '%'`,
    [o.prefix],
  );
  await db.query(
    `insert into sessions (token_hash, user_id, assignment_id, expires_at)
     select translate(encode(sha256(convert_to($1 || '.' || u.id, 'UTF8')), 'base64'), '+/=', '-_'), u.id, a.id,
            now() + interval '12 hours'
       from users u join role_assignments a on a.user_id = u.id and a.role = 'worker'
      where u.username like $2 || '%'`,
    [o.salt, o.prefix],
  );
  const { rows } = await db.query<{ userId: number; personId: number; orgId: number }>(
    `select u.id as "userId", u.person_id as "personId", m.org_id as "orgId"
       from users u join memberships m on m.person_id = u.person_id
      where u.username like $1 || '%' order by u.id`,
    [o.prefix],
  );
  return rows.map((r) => ({
    userId: Number(r.userId),
    personId: Number(r.personId),
    orgId: Number(r.orgId),
  }));
}

/**
 * A union's manager signed in, with a session token `<salt>.<userId>` as `seedWorkerSessions` makes them: its user id.
 */
export async function seedManagerSession(
  db: Db,
  o: { username: string; displayName: string; orgId: number; salt: string },
): Promise<number> {
  const { rows } = await db.query<{ id: number }>(
    `with u as (insert into users (username, display_name, password_hash) values ($3, $4, 'no-login') returning id),
          a as (insert into role_assignments (user_id, role, org_id) select id, 'manager', $1 from u returning id, user_id)
     insert into sessions (token_hash, user_id, assignment_id, expires_at)
     select translate(encode(sha256(convert_to($2 || '.' || a.user_id, 'UTF8')), 'base64'), '+/=', '-_'), a.user_id,
            a.id, now() + interval '12 hours' from a
     returning user_id as id`,
    [o.orgId, o.salt, o.username, o.displayName],
  );
  return Number(rows[0].id);
}

/** A federation, a district and ten towns of ten grassroots unions each: where the benchmarks' workers belong. */
export async function seedBenchUnions(db: Db): Promise<{ district: OrgRow; unions: OrgRow[] }> {
  return db.tx(async (sql) => {
    const fed = await createRootOrg(sql, null, { name: '北京市总工会（压测）', kind: 'federation' });
    const d = await insertOrg(
      sql,
      { parentId: fed.id, level: 2, kind: 'district', name: '压测区总工会' },
      fed.path,
    );
    const list: OrgRow[] = [];
    for (let t = 0; t < 10; t++) {
      const town = await insertOrg(
        sql,
        { parentId: d.id, level: 3, kind: 'town', name: `压测镇${t}总工会` },
        d.path,
      );
      for (let g = 0; g < 10; g++) {
        list.push(
          await insertOrg(
            sql,
            { parentId: town.id, level: 4, kind: 'grassroots', name: `压测企业${t}-${g}工会` },
            town.path,
          ),
        );
      }
    }
    return { district: d, unions: list };
  });
}
