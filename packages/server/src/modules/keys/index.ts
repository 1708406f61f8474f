/**
 * The keyring of the protected values (ID, bank account and 京卡 numbers): AES-256-GCM or SM4 with an SM3 HMAC,
 * every value carrying its key; which key is current, shared by every process; and the rotation that re-encrypts
 * every protected column while the server serves. ADR 79; docs/deploy.md "Keys"; docs/security.md.
 */
import { defineModule } from '../../module-manifest.ts';

export { checkKeysOpenValues, refuseNewKeyOverData } from './keys.check.ts';
export { generateKeyFile, loadKeyring } from './keys.files.ts';
export {
  announceKeys,
  forgetHolder,
  HOLDER_GONE_SECONDS,
  requireHolders,
  SERVERS_FIND,
} from './keys.holders.ts';
export { NOT_PROTECTED, PERSON_HASHES, PROTECTED_TABLES } from './keys.registry.ts';
export { sampleProtectedValues } from './keys.repository.ts';
export {
  createKeyEntry,
  decryptValue,
  getKey,
  type KeyAlgorithm,
  type KeyEntry,
  KeyError,
  type Keyring,
  keyOfCipher,
  keyOfHash,
  LEGACY_KEY,
  singleKeyring,
} from './keys.ring.ts';
export {
  ensureAlgorithm,
  findRotation,
  type RotateOptions,
  type RotationReport,
  rotateKeys,
  settleRotation,
} from './keys.rotate.ts';
export { beginRotation, KEY_STATE_REFRESH_SECONDS, refreshKeyState } from './keys.state.ts';

/** The module's manifest (ADR 89): found by modules.gen.ts. */
export const manifest = defineModule({
  name: 'keys',
  todo: { nothingWaits: 'a key rotation runs by itself from the command line' },
  description:
    "`key_state`, `key_rotations`, `key_rotation_progress`, `key_holders` — the keyring of the protected values (ID, bank account, 京卡 numbers): AES-256-GCM + HMAC-SHA256 by default, SM4-CTR + HMAC-SM3 with `GONGHUI_CRYPTO=sm`, each value carrying its algorithm and key; the current key shared by every process; `keys rotate` re-encrypts every column of `keys.registry.ts` (other modules' tables: the one writer across ownership, ADR 79) in resumable batches, once every serving process announces it holds the new key (ADR 153)",
  migrations: new URL('./migrations/', import.meta.url),
});
