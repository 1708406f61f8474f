import { decryptValue, KeyError, type Keyring, keyOfCipher } from './keys.ring.ts';

const WHERE_KEYS_ARE = {
  zh: 'DATA_DIR/id-key、DATA_DIR/keys/ 或环境变量 GONGHUI_ID_KEY、GONGHUI_ID_KEYS',
  en: 'DATA_DIR/id-key, DATA_DIR/keys/ or GONGHUI_ID_KEY, GONGHUI_ID_KEYS',
};

/**
 * A server that finds ID numbers already stored but no key file of its own, and was given none, stops rather than
 * make a new key that opens none of them (a backup restored without its keys, docs/deploy.md "Keys").
 */
export function refuseNewKeyOverData(): KeyError {
  return new KeyError(
    `数据库中已有加密的身份证号，但没有找到它们的密钥（${WHERE_KEYS_ARE.zh}）：恢复备份时须一同恢复密钥，服务器未启动，也未生成新密钥。 / ` +
      `The database holds encrypted ID numbers but their key was not found (${WHERE_KEYS_ARE.en}): restore the keys with the backup. The server did not start and made no new key.`,
  );
}

/**
 * Each stored sample opens under the key it names: a key that is there but is not the one the values were written
 * with (a backup restored beside another installation's key) stops the server at start, naming the key, instead
 * of a server that says it is ready and cannot read or find any ID number.
 */
export function checkKeysOpenValues(ring: Keyring, samples: readonly string[]): void {
  for (const value of samples) {
    const id = keyOfCipher(value);
    if (!id || !ring.keys.has(id)) continue; // a missing key is refused by refreshKeyState, naming it
    try {
      decryptValue(ring, value);
    } catch {
      throw new KeyError(
        `密钥 ${id} 打不开数据库中已加密的身份证号：它不是写入这些数据时的密钥（${WHERE_KEYS_ARE.zh}）。恢复备份时须一同恢复原来的密钥；服务器未启动。 / ` +
          `Key ${id} does not open the encrypted ID numbers in the database: it is not the key they were written with (${WHERE_KEYS_ARE.en}). Restore the original keys with the backup; the server did not start.`,
      );
    }
  }
}
