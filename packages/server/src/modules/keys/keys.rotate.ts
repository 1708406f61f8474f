import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { Clock } from '../../shared/clock.ts';
import { recordAudit } from '../audit/index.ts';
import { generateKeyFile } from './keys.files.ts';
import { type HoldersWait, requireHolders } from './keys.holders.ts';
import { PERSON_HASHES, type PersonHash, PROTECTED_TABLES, type ProtectedTable } from './keys.registry.ts';
import {
  countHashesNotUnder,
  countNotUnder,
  findRunningRotation,
  finishRotation,
  hasRunningRotation,
  listKnownKeyIds,
  listPersonIds,
  listProgress,
  lockRowsToRewrite,
  type ProgressRow,
  replaceHashes,
  saveKeyState,
  saveProgress,
  updateRows,
  type ValueRow,
} from './keys.repository.ts';
import { decryptValue, getKey, type KeyAlgorithm, type KeyEntry, type Keyring } from './keys.ring.ts';
import { beginRotation, refreshKeyState } from './keys.state.ts';

export interface RotateOptions {
  /** The new key's algorithm: sm (SM4 + HMAC-SM3) or default (AES-256-GCM + HMAC-SHA256); by default the current one's. */
  to?: 'sm' | 'default';
  /** A key already in the ring to rotate to (distributed to every server first), instead of a new one. */
  keyId?: string;
  dataDir: string;
  batchSize?: number;
  clock: Clock;
  actor: Actor | null;
  /** After the new key is current: let running servers read it (they refresh every few seconds). */
  waitForServers?: () => Promise<void>;
  /** Before it is current: how long every serving process may take to find the key (ADR 153); none by default. */
  serversFind?: HoldersWait;
  /** Called after each committed batch (progress; a test interrupts the run here). */
  onBatch?: (step: string, rowsDone: number) => void;
}

export interface RotationReport {
  rotationId: number;
  toKey: string;
  resumed: boolean;
  /** Rows rewritten per table (or table.column for a person's hash), over the whole rotation. */
  steps: { step: string; rows: number }[];
  /** Values still under another key after the closing sweep (0: the old keys were retired). */
  remaining: number;
  retired: string[];
}

const NO_WAIT: HoldersWait = { seconds: 0, pause: async () => undefined };

/**
 * The key to rotate to, once every serving process holds it (ADR 153): the one named, else a new key file. None
 * while a rotation runs: that one is resumed.
 */
async function keyServersHold(
  db: Db,
  ring: Keyring,
  o: Pick<RotateOptions, 'keyId' | 'dataDir' | 'serversFind'>,
  algorithm: KeyAlgorithm,
) {
  if (await hasRunningRotation(db)) return o.keyId;
  const keyId = o.keyId ?? generateKeyFile(ring, o.dataDir, algorithm, await listKnownKeyIds(db));
  await requireHolders(db, getKey(ring, keyId), { dataDir: o.dataDir, wait: o.serversFind ?? NO_WAIT });
  return keyId;
}

/**
 * GONGHUI_CRYPTO=sm on a server whose current key is not SM4: an SM4 key becomes current for new values (the
 * older values stay readable; `keys rotate` re-encrypts them), once every serving process holds it (ADR 153): else
 * the start is refused and nothing changes. The SM4 key such a refused start left in DATA_DIR/keys is taken again,
 * so that copying it to the other servers and starting again is enough. Returns the new key, or null when nothing
 * changed.
 */
export async function ensureAlgorithm(
  db: Db,
  ring: Keyring,
  o: { crypto: 'default' | 'sm'; dataDir: string; now: Date; serversFind: HoldersWait },
): Promise<string | null> {
  await refreshKeyState(db, ring);
  // the default changes nothing: an SM4 key stays current until a rotation `--to default`
  if (o.crypto !== 'sm' || getKey(ring, ring.current).algorithm === 'sm4') return null;
  const unused = [...ring.keys.values()]
    .filter((k) => k.algorithm === 'sm4' && !ring.live.includes(k.id))
    .map((k) => k.id)
    .sort((a, b) => Number(b.slice(1)) - Number(a.slice(1)))[0];
  const keyId = await keyServersHold(db, ring, { ...o, keyId: unused }, 'sm4');
  const began = await beginRotation(db, ring, {
    algorithm: 'sm4',
    dataDir: o.dataDir,
    keyId,
    now: o.now,
    actor: null,
  });
  return began.toKey;
}

/**
 * Re-encrypts every protected value under a new key while the server keeps serving (ADR 79): the new key is
 * current for new values at once; then each table is rewritten in batches, each batch one short transaction over
 * rows locked `for update skip locked`, its progress saved with it, so an interrupted run resumes after the last
 * batch done. A closing sweep takes the rows skipped or written by a server that had not yet seen the new key;
 * the old keys are retired only when no value uses them.
 */
export async function rotateKeys(db: Db, ring: Keyring, o: RotateOptions): Promise<RotationReport> {
  const algorithm = o.to === 'sm' ? 'sm4' : o.to === 'default' ? 'aes' : getKey(ring, ring.current).algorithm;
  const began = await beginRotation(db, ring, {
    algorithm,
    dataDir: o.dataDir,
    keyId: await keyServersHold(db, ring, o, algorithm),
    now: o.clock(),
    actor: o.actor,
  });
  if (!began.resumed) await o.waitForServers?.();
  const to = getKey(ring, began.toKey);
  const progress = new Map((await listProgress(db, began.id)).map((p) => [p.step, p]));
  const step = (name: string): ProgressRow =>
    progress.get(name) ?? { step: name, lastId: 0, rowsDone: 0, done: false };
  const batch = o.batchSize ?? 500;

  for (const t of PROTECTED_TABLES) {
    const p = step(t.table);
    while (!p.done) {
      await db.tx(async (sql) => {
        const rows = await lockRowsToRewrite(sql, t, p.lastId, batch, header(to), `${to.id}.`, false);
        if (rows.length) {
          await updateRows(sql, t, rows, rewrite(ring, to, t, rows));
          p.lastId = rows[rows.length - 1].id;
          p.rowsDone += rows.length;
        }
        p.done = rows.length < batch;
        await saveProgress(sql, began.id, p);
      });
      o.onBatch?.(t.table, p.rowsDone);
    }
    progress.set(t.table, p);
  }
  for (const h of PERSON_HASHES) {
    const name = `${h.table}.${h.column}`;
    const p = step(name);
    const from = began.fromKeys.map((k) => ring.keys.get(k)).filter((k): k is KeyEntry => !!k);
    while (!p.done) {
      await db.tx(async (sql) => {
        const ids = await listPersonIds(sql, p.lastId, batch);
        p.rowsDone += await rehashPersons(sql, h, ids, from, to);
        if (ids.length) p.lastId = ids[ids.length - 1];
        p.done = ids.length < batch;
        await saveProgress(sql, began.id, p);
      });
      o.onBatch?.(name, p.rowsDone);
    }
    progress.set(name, p);
  }
  const from = began.fromKeys.map((k) => ring.keys.get(k)).filter((k): k is KeyEntry => !!k);
  const remaining = await closingSweep(db, ring, from, to, batch);
  const retired = remaining === 0 ? began.fromKeys : [];
  const steps = [...progress.values()].map((p) => ({ step: p.step, rows: p.rowsDone }));
  if (remaining === 0) {
    await db.tx(async (sql) => {
      const now = o.clock();
      await saveKeyState(sql, { current: to.id, live: [to.id] }, now);
      await finishRotation(sql, began.id, retired, now);
      await recordAudit(sql, o.actor, {
        action: 'keys.rotation.finish',
        entity: 'key',
        entityId: to.id,
        after: { key: to.id, retired, rows: Object.fromEntries(steps.map((s) => [s.step, s.rows])) },
      });
    });
    ring.live = [to.id];
  }
  return { rotationId: began.id, toKey: to.id, resumed: began.resumed, steps, remaining, retired };
}

const header = (to: KeyEntry) => `v2.${to.algorithm}.${to.id}.`;

/** The new values of a batch's rows: each cipher decrypted (under whichever key) and encrypted under `to`. */
function rewrite(ring: Keyring, to: KeyEntry, t: ProtectedTable, rows: ValueRow[]) {
  const values = new Map<string, (string | null)[]>();
  for (const c of t.columns) {
    const ciphers: (string | null)[] = [];
    const hashes: (string | null)[] = [];
    for (const r of rows) {
      const old = r[c.cipher] as string | null;
      const plain = old === null ? null : decryptValue(ring, old);
      ciphers.push(plain === null ? null : old?.startsWith(header(to)) ? old : to.encrypt(plain));
      if (c.hash) hashes.push(plain === null ? (r[c.hash] as string | null) : to.hash(plain));
    }
    values.set(c.cipher, ciphers);
    if (c.hash) values.set(c.hash, hashes);
  }
  return values;
}

async function rehashPersons(
  sql: Parameters<typeof replaceHashes>[0],
  h: PersonHash,
  ids: number[],
  from: KeyEntry[],
  to: KeyEntry,
): Promise<number> {
  const olds: string[] = [];
  const news: string[] = [];
  for (const id of ids) {
    const fresh = to.hash(h.text(id));
    for (const k of from) {
      olds.push(k.hash(h.text(id)));
      news.push(fresh);
    }
  }
  return replaceHashes(sql, h, olds, news);
}

/** Rewrites what the batches left (rows then locked, values written under an older key since), then counts. */
async function closingSweep(
  db: Db,
  ring: Keyring,
  from: KeyEntry[],
  to: KeyEntry,
  batch: number,
): Promise<number> {
  let remaining = 0;
  for (const t of PROTECTED_TABLES) {
    let after = 0;
    for (;;) {
      const rows = await db.tx(async (sql) => {
        const found = await lockRowsToRewrite(sql, t, after, batch, header(to), `${to.id}.`, true);
        if (found.length) await updateRows(sql, t, found, rewrite(ring, to, t, found));
        return found;
      });
      if (rows.length < batch) break;
      after = rows[rows.length - 1].id;
    }
    remaining += await countNotUnder(db, t, header(to), `${to.id}.`);
  }
  for (const h of PERSON_HASHES) {
    // hashes written under an older key after their person was passed: walk the persons once more
    for (let after = 0; (await countHashesNotUnder(db, h, `${to.id}.`)) > 0; ) {
      const ids = await listPersonIds(db, after, batch);
      if (!ids.length) break;
      await db.tx((sql) => rehashPersons(sql, h, ids, from, to));
      after = ids[ids.length - 1];
    }
    remaining += await countHashesNotUnder(db, h, `${to.id}.`);
  }
  return remaining;
}

/**
 * A rotation begun where no value is under its old keys (a new installation started with GONGHUI_CRYPTO=sm) is
 * finished at once: otherwise the member import would wait for a `keys rotate` with nothing to do.
 */
export async function settleRotation(db: Db, ring: Keyring, now: Date): Promise<boolean> {
  const running = await findRotation(db);
  if (!running) return false;
  const to = getKey(ring, running.toKey);
  let remaining = 0;
  for (const t of PROTECTED_TABLES) remaining += await countNotUnder(db, t, header(to), `${to.id}.`);
  for (const h of PERSON_HASHES) remaining += await countHashesNotUnder(db, h, `${to.id}.`);
  if (remaining) return false;
  await db.tx(async (sql) => {
    await saveKeyState(sql, { current: to.id, live: [to.id] }, now);
    await finishRotation(sql, running.id, running.fromKeys, now);
  });
  ring.live = [to.id];
  return true;
}

/** The rotation running now, if any. */
export const findRotation = (db: Db) => db.tx((sql) => findRunningRotation(sql));
