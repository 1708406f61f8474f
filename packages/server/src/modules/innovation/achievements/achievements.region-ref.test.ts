/**
 * An achievement's district is checked per statement (innovation migration 019, ADR 95), as a key checked it: a
 * district that is not there refuses the statement under the key's name; a district still named is kept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../db/db.ts';
import type { OrgRow } from '../../org/index.ts';
import { achievementsImportWorld } from './achievements.import.test-kit.ts';

let db: Db;
let firm: OrgRow;
let district: OrgRow;

beforeAll(async () => {
  ({ db, firm, district } = await achievementsImportWorld('区域', []));
});
afterAll(async () => db?.close());

const insert = (region: number) =>
  db.query(
    `insert into innovation_achievements (org_id, region_id, title, type, year)
     values ($1, $2, '区域成果', 'other', 2020) returning id`,
    [firm.id, region],
  );

describe("an achievement's district", () => {
  it('refuses a district that is not there, by the name of the key it replaced', async () => {
    const e = await insert(-1).catch((x: unknown) => x as { code?: string; message?: string });
    expect(e).toMatchObject({ code: '23503' });
    expect((e as { message: string }).message).toContain('innovation_achievements_region_id_fkey');
  });

  it('keeps a district still named', async () => {
    await insert(district.id);
    const e = await db
      .query('delete from orgs where id = $1', [district.id])
      .catch((x: unknown) => x as { code?: string; message?: string });
    expect(e).toMatchObject({ code: '23503' });
    expect((e as { message: string }).message).toContain('innovation_achievements_region_id_fkey');
  });
});
