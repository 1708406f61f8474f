import type { Sql } from '../../db/db.ts';
import type { ChainFields, ChainRow } from './audit.chain.types.ts';

/** A place in the chain and the hash of the row there ('' before the first row). */
export interface ChainHead {
  seq: number;
  hash: string;
}

/** The row's fields as text, as the chain hashes them (audit.chain.ts canonicalText). */
export const CHAIN_FIELDS = `id::text as id,
  to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as at,
  user_id::text as "userId", username, action, entity, entity_id as "entityId", org_id::text as "orgId",
  federation_id::text as "federationId", before::text as before, after::text as after, ip,
  actor_name as "actorName"`;

/** Locks the chain's head row for the transaction (sealers take turns) and answers it. */
export async function lockChainHead(sql: Sql): Promise<ChainHead> {
  const { rows } = await sql.query<{ seq: number; hash: string }>(
    'select head_seq as seq, head_hash as hash from audit_chain where id = 1 for update',
  );
  return { seq: Number(rows[0].seq), hash: rows[0].hash };
}

/** The committed rows not yet sealed, oldest first. */
export async function listUnsealedRows(sql: Sql, limit: number): Promise<ChainFields[]> {
  const { rows } = await sql.query<ChainFields>(
    `select ${CHAIN_FIELDS} from audit_log where hash is null order by audit_log.id limit ${limit}`,
  );
  return rows;
}

/** Fills the chain columns of these rows (the one update the table allows) and moves the head. */
export async function saveSeals(
  sql: Sql,
  seals: { id: string; seq: number; prevHash: string; hash: string }[],
  head: ChainHead,
): Promise<void> {
  await sql.query(
    `update audit_log a set seq = s.seq, prev_hash = s.prev_hash, hash = s.hash
       from unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[]) as s(id, seq, prev_hash, hash)
      where a.id = s.id and a.hash is null`,
    [seals.map((s) => s.id), seals.map((s) => s.seq), seals.map((s) => s.prevHash), seals.map((s) => s.hash)],
  );
  await sql.query('update audit_chain set head_seq = $1, head_hash = $2 where id = 1', [head.seq, head.hash]);
}

/** The chain's two ends: the anchor (the last archived row) and the head (the last sealed row). */
export async function findChainEnds(
  sql: Sql,
): Promise<{ anchor: ChainHead; head: ChainHead; anchorFile: string | null }> {
  const { rows } = await sql.query<{
    anchorSeq: number;
    anchorHash: string;
    headSeq: number;
    headHash: string;
    anchorFile: string | null;
  }>(
    `select anchor_seq as "anchorSeq", anchor_hash as "anchorHash", head_seq as "headSeq", head_hash as "headHash",
            anchor_file as "anchorFile"
       from audit_chain where id = 1`,
  );
  const r = rows[0];
  return {
    anchor: { seq: Number(r.anchorSeq), hash: r.anchorHash },
    head: { seq: Number(r.headSeq), hash: r.headHash },
    anchorFile: r.anchorFile,
  };
}

/** Sealed rows in chain order after (seq, id), a page at a time. */
export async function listChainRows(
  sql: Sql,
  after: { seq: number; id: string },
  limit: number,
): Promise<ChainRow[]> {
  const { rows } = await sql.query<ChainRow>(
    `select ${CHAIN_FIELDS}, seq::text as seq, prev_hash as "prevHash", hash
       from audit_log where seq is not null and (seq, id) > ($1::bigint, $2::bigint)
      order by audit_log.seq, audit_log.id limit ${limit}`,
    [after.seq, after.id],
  );
  return rows;
}

/** The last place whose row and every row before it were written before `day` (China time). */
export async function findArchivableThrough(sql: Sql, day: string): Promise<number> {
  const { rows } = await sql.query<{ through: number | null }>(
    `select coalesce(
        (select min(seq) - 1 from audit_log
          where seq is not null and at >= ($1::date)::timestamp at time zone 'Asia/Shanghai'),
        (select head_seq from audit_chain where id = 1)) as through`,
    [day],
  );
  return Number(rows[0].through ?? 0);
}

/** Archived rows in chain order (seq ≤ through), a page at a time. */
export async function listRowsThrough(
  sql: Sql,
  after: { seq: number; id: string },
  through: number,
  limit: number,
): Promise<ChainRow[]> {
  const { rows } = await sql.query<ChainRow>(
    `select ${CHAIN_FIELDS}, seq::text as seq, prev_hash as "prevHash", hash
       from audit_log where seq <= $3 and (seq, id) > ($1::bigint, $2::bigint)
      order by audit_log.seq, audit_log.id limit ${limit}`,
    [after.seq, after.id, through],
  );
  return rows;
}

/** Removes the rows through this place, keeping the last one's hash as the anchor (audit_archive, migration 004). */
export async function archiveRowsThrough(sql: Sql, through: number, file: string): Promise<number> {
  const { rows } = await sql.query<{ n: number }>('select audit_archive($1, $2) as n', [through, file]);
  return Number(rows[0].n);
}

/** The row at a place of the chain (the first by id, should the place repeat): its id and time. */
export async function findChainRowAt(
  sql: Sql,
  seq: number,
): Promise<{ seq: number; id: number; at: string } | null> {
  const { rows } = await sql.query<{ id: string; at: Date | string }>(
    'select id::text as id, at from audit_log where seq = $1 order by id limit 1',
    [seq],
  );
  const r = rows[0];
  return r ? { seq, id: Number(r.id), at: new Date(r.at).toISOString() } : null;
}
