import type { Actor } from '../../access/access.ts';
import type { Db, Sql } from '../../db/db.ts';
import { recordAudit } from '../audit/index.ts';
import { generateKeyFile } from './keys.files.ts';
import {
  findKeyState,
  findRunningRotation,
  insertRotation,
  lockRotations,
  saveKeyState,
} from './keys.repository.ts';
import { getKey, type KeyAlgorithm, type Keyring } from './keys.ring.ts';

/**
 * Which key is current and which are live is kept in the database, for every process at once; each process
 * reads it at start and again every few seconds (KEY_STATE_REFRESH_SECONDS), so a rotation started by the
 * command line reaches the running servers without a restart.
 */
export const KEY_STATE_REFRESH_SECONDS = 5;

/**
 * Reads the shared state into the ring. A key the ring lacks is looked for among the key files (a rotation started
 * since this process loaded them); one still missing fails loudly: this server cannot read its values.
 */
export async function refreshKeyState(sql: Sql, ring: Keyring): Promise<void> {
  const state = await findKeyState(sql);
  if (!state) return;
  for (const id of new Set([state.current, ...state.live])) if (!ring.keys.has(id)) ring.load?.(id);
  for (const id of state.live) getKey(ring, id);
  getKey(ring, state.current);
  ring.current = state.current;
  ring.live = [state.current, ...state.live.filter((k) => k !== state.current)];
}

export interface BeganRotation {
  id: number;
  toKey: string;
  fromKeys: string[];
  resumed: boolean;
}

/**
 * Starts a rotation: a new key (or `keyId`, one already in the ring) becomes current for every new value, the
 * keys in use stay live for reading and look-ups. A rotation already running is resumed instead.
 */
export async function beginRotation(
  db: Db,
  ring: Keyring,
  o: { algorithm: KeyAlgorithm; dataDir: string; keyId?: string; now: Date; actor: Actor | null },
): Promise<BeganRotation> {
  return db.tx(async (sql) => {
    // one rotation at a time, whoever starts it: the first one takes the lock, the others find it running
    await lockRotations(sql);
    await refreshKeyState(sql, ring);
    const running = await findRunningRotation(sql);
    if (running) return { ...running, resumed: true };
    const toKey = o.keyId ?? generateKeyFile(ring, o.dataDir, o.algorithm);
    getKey(ring, toKey);
    const fromKeys = ring.live.filter((k) => k !== toKey);
    const id = await insertRotation(sql, fromKeys, toKey, o.now);
    await saveKeyState(sql, { current: toKey, live: [toKey, ...fromKeys] }, o.now);
    ring.current = toKey;
    ring.live = [toKey, ...fromKeys];
    await recordAudit(sql, o.actor, {
      action: 'keys.rotation.start',
      entity: 'key',
      entityId: toKey,
      after: { key: toKey, algorithm: getKey(ring, toKey).algorithm, from: fromKeys },
    });
    return { id, toKey, fromKeys, resumed: false };
  });
}
