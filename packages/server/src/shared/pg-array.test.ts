import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb } from '../../test/test-db.ts';
import type { Db } from '../db/db.ts';
import { numberArray, textArray } from './pg-array.ts';

let db: Db;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => db?.close());

describe('array literals', () => {
  it('read back as the values they were made of, quotes, backslashes, braces, commas, blanks and nulls included', async () => {
    const texts = [
      'a',
      '',
      ' x ',
      'say "hi"',
      'back\\slash',
      '{a,b}',
      'NULL',
      null,
      '工会、团队',
      'two\nlines',
    ];
    const numbers = [1, -2, null, 9007199254740991, 0];
    const { rows } = await db.query<{ t: (string | null)[]; n: (number | null)[]; d: (string | null)[] }>(
      'select $1::text[] as t, $2::bigint[] as n, $3::date[]::text[] as d',
      [textArray(texts), numberArray(numbers), textArray(['2024-02-29', null])],
    );
    expect(rows[0].t).toEqual(texts);
    expect(rows[0].n.map((v) => (v === null ? null : Number(v)))).toEqual(numbers);
    expect(rows[0].d).toEqual(['2024-02-29', null]);
  });

  it('reads back a column without newlines (made from the JSON text) as it was, and numbers with nulls', async () => {
    const texts = ['say "hi"', 'back\\slash', '{a,b}', '', null, '工会、团队', 'NULL'];
    const { rows } = await db.query<{ t: (string | null)[] }>('select $1::text[] as t', [textArray(texts)]);
    expect(rows[0].t).toEqual(texts);
    expect(numberArray([3, null, undefined])).toBe('{3,null,null}');
  });

  it('an empty column is an empty array', async () => {
    const { rows } = await db.query<{ n: number }>('select cardinality($1::text[]) as n', [textArray([])]);
    expect(Number(rows[0].n)).toBe(0);
  });
});
