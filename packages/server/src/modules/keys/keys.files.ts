import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createKeyEntry,
  KEY_ID_RE,
  type KeyAlgorithm,
  KeyError,
  type Keyring,
  LEGACY_KEY,
  singleKeyring,
} from './keys.ring.ts';

/**
 * Where the keys are (docs/deploy.md, "Keys"): `k0` is GONGHUI_ID_KEY or DATA_DIR/id-key as before; every later
 * key is a file DATA_DIR/keys/<id>.key holding `<aes|sm4>:<base64 of 32 bytes>`, or an entry of GONGHUI_ID_KEYS
 * (`k1=sm4:<base64>,k2=aes:<base64>`) for servers that share no disk. Which key is current is in the database.
 */
const LINE_RE = /^(aes|sm4):([A-Za-z0-9+/=]+)$/;

function parseKey(id: string, text: string, where: string) {
  const m = LINE_RE.exec(text.trim());
  const master = m ? Buffer.from(m[2], 'base64') : undefined;
  if (!m || !master || master.length !== 32)
    throw new KeyError(`${where}: a key is "aes:" or "sm4:" and the base64 of 32 bytes`);
  return createKeyEntry(id, m[1] as KeyAlgorithm, master);
}

export function loadKeyring(
  legacyKey: Buffer,
  config: { dataDir: string; idKeys?: string | undefined },
): Keyring {
  const ring = singleKeyring(legacyKey);
  const dir = join(config.dataDir, 'keys');
  const load = (id: string) => {
    const file = join(dir, `${id}.key`);
    if (!KEY_ID_RE.test(id) || id === LEGACY_KEY || !existsSync(file)) return false;
    ring.keys.set(id, parseKey(id, readFileSync(file, 'utf8'), file));
    return true;
  };
  ring.load = load;
  ring.reload = () => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      const id = name.replace(/\.key$/, '');
      if (!name.endsWith('.key') || ring.keys.has(id)) continue;
      load(id);
    }
  };
  ring.reload();
  for (const item of (config.idKeys ?? '').split(',').filter((s) => s.trim())) {
    const entry = item.trim();
    const eq = entry.indexOf('=');
    const id = eq < 0 ? entry : entry.slice(0, eq);
    const value = eq < 0 ? '' : entry.slice(eq + 1);
    if (!KEY_ID_RE.test(id) || id === LEGACY_KEY || !value)
      throw new KeyError(
        `GONGHUI_ID_KEYS: each entry is <id>=<aes|sm4>:<base64>, the id k1, k2, …; got "${id}"`,
      );
    ring.keys.set(id, parseKey(id, value, `GONGHUI_ID_KEYS ${id}`));
  }
  return ring;
}

/**
 * A new key: the next id free in the ring and among `taken` (the ids other processes announced), written to
 * DATA_DIR/keys/<id>.key (mode 600). Returns its id.
 */
export function generateKeyFile(
  ring: Keyring,
  dataDir: string,
  algorithm: KeyAlgorithm,
  taken: string[] = [],
): string {
  const ids = [...ring.keys.keys(), ...taken.filter((k) => KEY_ID_RE.test(k))];
  const next = Math.max(0, ...ids.map((k) => Number(k.slice(1)))) + 1;
  const id = `k${next}`;
  const master = randomBytes(32);
  const dir = join(dataDir, 'keys');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeFileSync(join(dir, `${id}.key`), `${algorithm}:${master.toString('base64')}\n`, {
    mode: 0o600,
    flag: 'wx',
  });
  ring.keys.set(id, createKeyEntry(id, algorithm, master));
  return id;
}
