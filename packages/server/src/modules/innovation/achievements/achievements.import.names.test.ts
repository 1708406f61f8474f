/**
 * The achievements register's team members named by name are looked up once per union for the whole register
 * (issue 42): a later batch naming the same people reads nothing again, and answers as a fresh look-up would — the
 * same member, the same refusal for a name two members share or none holds, per union.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestContext } from '../../../../test/factories.ts';
import type { Actor } from '../../../access/access.ts';
import type { Db, Sql } from '../../../db/db.ts';
import type { RegisterRowError } from '../../../shared/register-sheet.ts';
import type { OrgRow } from '../../org/index.ts';
import { planAchievements } from './achievements.import.plan.ts';
import { achievementRow, achievementsImportWorld } from './achievements.import.test-kit.ts';

let db: Db;
let t: TestContext;
let firm: OrgRow;
let other: OrgRow;
let staff: Actor;
let member: string;
let shared: string;
let idNumber: string;
let byId: number;

beforeAll(async () => {
  const world = await achievementsImportWorld('名册', ['成员']);
  ({ db, t, firm, staff } = world);
  [member] = world.members;
  other = await t.newOrg(world.district, 'grassroots', `名册另一工会${t.unique()}`);
  // Two members of the firm share a name; a member of another union bears the first member's name.
  shared = `同名${t.unique()}`;
  await t.newPerson(firm, { name: shared });
  await t.newPerson(firm, { name: shared });
  await t.newPerson(other, { name: member });
  idNumber = t.newIdNumber();
  byId = (await t.newPerson(firm, { name: `证号${t.unique()}`, idNumber })).id;
});
afterAll(async () => db?.close());

const row = (rowNo: number, union: string, title: string, team: string) =>
  achievementRow(rowNo, union, team, { title });

describe('team members named by name across the batches of one register', () => {
  it('looks a name up once per union, and answers each later row as the first look-up did', async () => {
    const asked: string[][] = [];
    const counting: Sql = {
      query(text, params, options) {
        if (/person_name_key\(p\.name\) = any/.test(text))
          asked.push([...((params ?? [])[0] as string[])].sort());
        return db.query(text, params, options);
      },
    };
    const missing = `无此人${t.unique()}`;
    async function* batches() {
      yield [row(2, firm.name, '名册成果一', member), row(3, firm.name, '名册成果二', missing)];
      yield [
        row(4, firm.name, '名册成果三', `${member}、${shared}`),
        row(5, firm.name, '名册成果四', missing),
      ];
      yield [row(6, other.name, '名册成果五', member), row(7, firm.name, '名册成果六', member)];
    }
    const errors: RegisterRowError[] = [];
    const plans = await planAchievements(counting, staff, t.services.ids, batches(), errors, '2026-01-01');
    // Batch two reads only the name not asked before; batch three only the first name under the other union.
    expect(asked).toEqual([[member, missing].sort(), [shared], [member]]);
    expect(errors.map((e) => [e.rowNo, e.column, e.messageEn])).toEqual([
      [3, '团队成员', expect.stringContaining(`is named ${missing}`)],
      [4, '团队成员', `2 members of "${firm.name}" are named ${shared}; add the ID number after the name`],
      [5, '团队成员', expect.stringContaining(`is named ${missing}`)],
    ]);
    const team = (title: string) => plans.find((p) => p.title === title)?.newMembers;
    const { rows } = await db.query<{ id: number; org: number }>(
      `select p.id::int as id, m.org_id::int as org from persons p join memberships m on m.person_id = p.id
        where p.name = $1`,
      [member],
    );
    const inFirm = rows.find((r) => r.org === firm.id)?.id;
    const inOther = rows.find((r) => r.org === other.id)?.id;
    expect(inFirm).toBeDefined();
    expect(inOther).not.toBe(inFirm);
    expect([team('名册成果一'), team('名册成果五'), team('名册成果六')]).toEqual([
      [inFirm],
      [inOther],
      [inFirm],
    ]);
  });

  it('looks an ID number up once, and answers each later row as the first look-up did', async () => {
    let reads = 0;
    const counting: Sql = {
      query(text, params, options) {
        if (/p\.id_hash = any/.test(text)) reads++;
        return db.query(text, params, options);
      },
    };
    const malformed = '11010119900307123';
    async function* batches() {
      yield [
        row(2, firm.name, '证号成果一', idNumber),
        row(3, firm.name, '证号成果二', `某人 ${malformed}X9`),
      ];
      yield [
        row(4, firm.name, '证号成果三', idNumber),
        row(5, firm.name, '证号成果四', `某人 ${malformed}X9`),
      ];
    }
    const errors: RegisterRowError[] = [];
    const plans = await planAchievements(counting, staff, t.services.ids, batches(), errors, '2026-01-01');
    expect(reads).toBe(1);
    expect(errors.map((e) => [e.rowNo, e.messageEn])).toEqual([
      [3, '"某人 110101*******7123X9": ID number must have 18 characters'],
      [5, '"某人 110101*******7123X9": ID number must have 18 characters'],
    ]);
    const team = (title: string) => plans.find((p) => p.title === title)?.newMembers;
    expect([team('证号成果一'), team('证号成果三')]).toEqual([[byId], [byId]]);
  });
});
