/**
 * Key benchmark (ADR 79). Two measures in one run:
 *  1. the cost per value of encrypting, decrypting and hashing an ID number under AES-256-GCM + HMAC-SHA256 (the
 *     default) and SM4-CTR + HMAC-SM3 (GONGHUI_CRYPTO=sm), over the same numbers, with their ratios;
 *  2. `keys rotate --to sm` over N persons (each with an ID, bank account and 京卡 number: three ciphers and three
 *     hashes a row) on a throw-away PostgreSQL: rows per second, batches of 500 as the command runs them.
 * Usage: npm run bench:keys [-- --values N --persons N]. The last line is one JSON object.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTempPostgres } from '../../../scripts/pg-temp.mjs';
import { openPostgres } from '../src/db/db.ts';
import { migrateAll } from '../src/db/schema.ts';
import {
  createKeyEntry,
  type KeyEntry,
  loadKeyring,
  refreshKeyState,
  rotateKeys,
} from '../src/modules/keys/index.ts';
import { intArg } from './args.ts';

const valueCount = intArg('values', 100_000);
const personCount = intArg('persons', 100_000);
const log = (msg: string) => console.error(msg);

const idNumber = (i: number) =>
  `110105${String(19500101 + (i % 500000)).slice(0, 8)}${String(i % 1000).padStart(3, '0')}X`;

/** Microseconds per value of each operation, best of three passes. */
function perValue(key: KeyEntry) {
  const numbers = Array.from({ length: valueCount }, (_, i) => idNumber(i));
  const time = (fn: () => void) => {
    let best = Number.POSITIVE_INFINITY;
    for (let pass = 0; pass < 3; pass++) {
      const t0 = process.hrtime.bigint();
      fn();
      best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1000 / valueCount);
    }
    return Math.round(best * 100) / 100;
  };
  let ciphers: string[] = [];
  const encryptUs = time(() => {
    ciphers = numbers.map((n) => key.encrypt(n));
  });
  const decryptUs = time(() => {
    for (const c of ciphers) key.decrypt(c);
  });
  const hashUs = time(() => {
    for (const n of numbers) key.hash(n);
  });
  return { encryptUs, decryptUs, hashUs };
}

const aes = perValue(createKeyEntry('k1', 'aes', Buffer.alloc(32, 1)));
const sm4 = perValue(createKeyEntry('k2', 'sm4', Buffer.alloc(32, 2)));
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
const costs = {
  aes,
  sm4,
  smOverAes: {
    encrypt: ratio(sm4.encryptUs, aes.encryptUs),
    decrypt: ratio(sm4.decryptUs, aes.decryptUs),
    hash: ratio(sm4.hashUs, aes.hashUs),
  },
};
log(`per value (µs): ${JSON.stringify(costs)}`);

const pg = await startTempPostgres();
const dataDir = mkdtempSync(join(tmpdir(), 'gonghui-keys-bench-'));
let rotation: { persons: number; seconds: number; rowsPerSecond: number };
try {
  const db = await openPostgres(pg.url, 4);
  await migrateAll(db);
  const ring = loadKeyring(Buffer.alloc(32, 9), { dataDir });
  await refreshKeyState(db, ring);
  const k0 = ring.keys.get('k0') as KeyEntry;
  log(`inserting ${personCount} persons…`);
  for (let start = 0; start < personCount; start += 5000) {
    const n = Math.min(5000, personCount - start);
    const cols: string[][] = Array.from({ length: 6 }, () => []);
    for (let i = start; i < start + n; i++) {
      const id = idNumber(i);
      const bank = `6222${String(i).padStart(15, '0')}`;
      const jk = `8888${String(i).padStart(12, '0')}`;
      const values = [
        k0.encrypt(id),
        k0.hash(id),
        k0.encrypt(bank),
        k0.hash(bank),
        k0.encrypt(jk),
        k0.hash(jk),
      ];
      for (const [c, v] of values.entries()) cols[c].push(v);
    }
    await db.query(
      `insert into persons (name, id_cipher, id_hash, id_masked, birth_date, gender, bank_account_cipher,
                            bank_account_hash, jingka_cipher, jingka_hash)
       select '测试', c, h, '110105**********0X', '1980-01-01', 'male', bc, bh, jc, jh
         from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) as t(c, h, bc, bh, jc, jh)`,
      cols,
    );
  }
  log('rotating to sm…');
  const t0 = process.hrtime.bigint();
  const report = await rotateKeys(db, ring, {
    to: 'sm',
    dataDir,
    clock: () => new Date(0),
    actor: null,
    batchSize: 500,
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (report.remaining !== 0) throw new Error(`${report.remaining} values left under the old key`);
  rotation = {
    persons: personCount,
    seconds: Math.round(seconds * 10) / 10,
    rowsPerSecond: Math.round(personCount / seconds),
  };
  log(`rotation: ${JSON.stringify(rotation)}`);
  await db.close();
} finally {
  await pg.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(JSON.stringify({ bench: 'keys', values: valueCount, ...costs, rotation }));
