import { join } from 'node:path';
import type { Db } from '../../db/db.ts';
import { deleteHolder, listHoldersLacking, saveHolder } from './keys.repository.ts';
import { type KeyEntry, KeyError, type Keyring } from './keys.ring.ts';
import { KEY_STATE_REFRESH_SECONDS } from './keys.state.ts';

/**
 * Which keys each serving process can read (ADR 153). A server announces its keys each time it reads the key state;
 * `keys rotate` makes a key current only once every process seen lately holds it, so that a key written to a
 * DATA_DIR the servers do not share stops the command, not the servers.
 */

/** A process not seen for this long is gone: three missed announcements. */
export const HOLDER_GONE_SECONDS = KEY_STATE_REFRESH_SECONDS * 3;

/**
 * A key as a process announces it: its id and a fingerprint of its bytes (a keyed hash of a fixed text, which tells
 * nothing of the key), so that two different keys given one id in two folders are not taken for one.
 */
export const keyMark = (key: KeyEntry) => `${key.id}:${key.sign('key_holders').slice(0, 16)}`;

/**
 * This process's keys (key files that appeared in its DATA_DIR since it started included), as of now. The embedded
 * database serves one process: nobody to tell.
 */
export async function announceKeys(db: Db, holder: string, ring: Keyring): Promise<void> {
  if (db.kind === 'pglite') return;
  ring.reload?.();
  await saveHolder(db, holder, [...ring.keys.values()].map(keyMark).sort());
}

/** A stopping process is no longer waited for. */
export const forgetHolder = deleteHolder;

export interface HoldersWait {
  /** How long the servers may take to find the key (they look every KEY_STATE_REFRESH_SECONDS). */
  seconds: number;
  pause: (seconds: number) => Promise<void>;
}

/** Long enough for every server to look for new key files twice (the command line's and a start's wait). */
export const SERVERS_FIND: HoldersWait = {
  seconds: KEY_STATE_REFRESH_SECONDS * 2 + 1,
  pause: (seconds) => new Promise<void>((done) => setTimeout(done, seconds * 1000)),
};

/**
 * Waits until every serving process holds `key`, or refuses naming those that do not and how to give it to them.
 * The embedded database has no other process while the command line holds it: nothing to wait for.
 */
export async function requireHolders(
  db: Db,
  key: KeyEntry,
  o: { dataDir: string; wait: HoldersWait },
): Promise<void> {
  if (db.kind === 'pglite') return;
  const keyId = key.id;
  const lacking = () => listHoldersLacking(db, keyMark(key), HOLDER_GONE_SECONDS);
  let left = await lacking();
  for (let waited = 0; left.length && waited < o.wait.seconds; waited++) {
    await o.wait.pause(1);
    left = await lacking();
  }
  if (!left.length) return;
  const file = join(o.dataDir, 'keys', `${keyId}.key`);
  const who = left.join(', ');
  throw new KeyError(
    `运行中的服务器 ${who} 读不到密钥 ${keyId}，未做任何更改：请把 ${file} 复制到这些服务器的 DATA_DIR/keys/（或写入它们的 GONGHUI_ID_KEYS 后重启），再运行 keys rotate --key ${keyId} / ` +
      `the running server(s) ${who} cannot read the key ${keyId}; nothing was changed: copy ${file} to their DATA_DIR/keys/ (or add it to their GONGHUI_ID_KEYS and restart them), then run keys rotate --key ${keyId}`,
  );
}
