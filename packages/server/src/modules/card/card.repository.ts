import type { JsonWebKey } from 'node:crypto';
import type { Sql } from '../../db/db.ts';

/** SQL for card_key and card_photos only. */

export async function findCardKey(sql: Sql) {
  const { rows } = await sql.query<{ privatePkcs8: string; publicJwk: JsonWebKey }>(
    `select private_pkcs8 as "privatePkcs8", public_jwk as "publicJwk" from card_key where id = 1`,
  );
  return rows[0];
}

/** Stores a new key pair unless another instance stored one first (then that one is used). */
export async function insertCardKey(sql: Sql, privatePkcs8: string, publicJwk: JsonWebKey) {
  await sql.query(
    `insert into card_key (id, private_pkcs8, public_jwk) values (1, $1, $2::jsonb) on conflict (id) do nothing`,
    [privatePkcs8, JSON.stringify(publicJwk)],
  );
}

export async function upsertPhoto(sql: Sql, p: { personId: number; mime: string; bytes: Buffer }) {
  await sql.query(
    `insert into card_photos (person_id, federation_id, mime, bytes)
     select $1, p.federation_id, $2, $3 from persons p where p.id = $1
     on conflict (person_id) do update set mime = excluded.mime, bytes = excluded.bytes, updated_at = now()`,
    [p.personId, p.mime, p.bytes],
  );
}

export async function findPhoto(sql: Sql, personId: number) {
  const { rows } = await sql.query<{ mime: string; bytes: Uint8Array }>(
    'select mime, bytes from card_photos where person_id = $1',
    [personId],
  );
  // PGlite answers bytea as a Uint8Array, node-postgres as a Buffer
  return rows[0] && { mime: rows[0].mime, bytes: Buffer.from(rows[0].bytes) };
}

export async function hasPhoto(sql: Sql, personId: number): Promise<boolean> {
  const { rows } = await sql.query('select 1 from card_photos where person_id = $1', [personId]);
  return rows.length > 0;
}
