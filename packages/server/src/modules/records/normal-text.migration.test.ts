/**
 * Migration 002 normalises the text of records already stored with SQL; it must give exactly what
 * shared/text.ts normaliseText gives new records, or old and new rows would not meet. Its function is
 * recreated here (in pg_temp) and compared on generated strings.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../../test/test-db.ts';
import type { Db } from '../../db/db.ts';
import { splitStatements } from '../../db/migrate.ts';
import { normaliseText } from '../../shared/text.ts';

let db: Db;

beforeAll(async () => {
  db = await createTestDb();
  const text = readFileSync(new URL('./migrations/002_result_and_normal_text.sql', import.meta.url), 'utf8');
  const create = splitStatements(text).find((s) => s.startsWith('create function records_normal_text'));
  if (!create) throw new Error('migration 002 no longer creates records_normal_text');
  await db.query(
    create.replace('create function records_normal_text', 'create function pg_temp.normal_text'),
  );
  // The comparison keys of text kept as typed (org migration 005's text_key) must agree with it too.
  const keyText = readFileSync(new URL('../org/migrations/005_text_key.sql', import.meta.url), 'utf8');
  const createKey = splitStatements(keyText).find((s) => s.startsWith('create function text_key'));
  if (!createKey) throw new Error('org migration 005 no longer creates text_key');
  await db.query(createKey.replace('create function text_key', 'create function pg_temp.key_text'));
});
afterAll(async () => db?.close());

const sqlNormal = async (values: string[]) => {
  const { rows } = await db.query<{ n: string; k: string }>(
    `select pg_temp.normal_text(v) as n, pg_temp.key_text(v) as k
       from unnest($1::text[]) with ordinality as t(v, i) order by i`,
    [values],
  );
  expect(rows.map((r) => r.k)).toEqual(rows.map((r) => r.n));
  return rows.map((r) => r.n);
};

describe('the SQL normaliser of migration 002', () => {
  it('agrees with normaliseText on the variants clerks type', async () => {
    const samples = [
      '计算机辅助设计（ＣＡＤ）',
      ' 计算机辅助设计 （CAD） ',
      '电子商务师—网站建设与运营',
      '电工\u3000 初级',
      'Computer  Aided\tDesign',
      'Design ( CAD )',
      '２０２０年第１期－Ａ班',
      '焊工–中级\u00a0',
    ];
    expect(await sqlNormal(samples)).toEqual(samples.map(normaliseText));
  });

  it('agrees with normaliseText on generated strings', async () => {
    const alphabet = fc.constantFrom(
      ...'aZ1 \u3000\t（）()[]{}【】—–－-‐,，:：电工计算机ＡＢ１２ｘ'.split(''),
      '\u00a0',
      '\u2212',
      '\ufe63',
      '\n',
    );
    const samples = fc.sample(
      fc.array(alphabet, { maxLength: 24 }).map((a) => a.join('')),
      300,
    );
    expect(await sqlNormal(samples)).toEqual(samples.map(normaliseText));
  });
});
