import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/db.ts';
import { planSignupRows } from '../src/modules/activities/activities.import.ts';
import { personIdsByHash } from '../src/modules/cases/cases.repository.ts';
import { teamFinder } from '../src/modules/innovation/achievements/achievements.import.team.ts';
import { type Keyring, keyOfHash, rotateKeys } from '../src/modules/keys/index.ts';
import { findModelWorkerIdsByKeys } from '../src/modules/modelworkers/modelworkers.repository.ts';
import type { OrgRow } from '../src/modules/org/index.ts';
import { findPersonsByHash } from '../src/modules/people/index.ts';
import { findMembersByIdHash } from '../src/modules/records/records.repository.ts';
import { fixedClock, TEST_TODAY } from './clock.ts';
import { openKeyringContext, type TestContext } from './factories.ts';

/**
 * Look-ups by keyed hash while `keys rotate` is half done (issue 44, ADR 79): persons are under two keys, and every
 * path that finds a person by an ID number finds both those already rewritten and those still under the previous
 * key — the register imports' shared read, each import's own, member search and activation.
 */

const clock = fixedClock();
let db: Db;
let dir: string;
let ring: Keyring;
let ctx: TestContext;
let close: () => Promise<void>;
let org: OrgRow;
type Member = { personId: number; idNumber: string; phone: string; name: string };
/** A member whose row the rotation has rewritten (current key), and one still under the previous key. */
let fresh: Member;
let stale: Member;

beforeAll(async () => {
  ({ db, dir, ring, ctx, close } = await openKeyringContext(7, { clock }));
  const root = await ctx.newRoot();
  org = await ctx.newOrg(root);
  const members: Member[] = [];
  for (let i = 0; i < 6; i++) {
    const idNumber = ctx.newIdNumber();
    const phone = ctx.newPhone();
    const p = await ctx.newPerson(org, { idNumber, phone });
    members.push({ personId: p.id, idNumber, phone, name: p.name });
  }
  // the model workers register holds a row of the first member, under the key of the time
  await db.query(
    `insert into modelworkers (org_id, name, id_cipher, id_hash, level, registered_on)
     select $1, '劳模' || i, $2, h, 'city', $4 from unnest($3::text[]) with ordinality as u(h, i)`,
    [
      org.id,
      ctx.services.ids.encrypt('x'),
      members.map((m) => ctx.services.ids.hash(m.idNumber)),
      TEST_TODAY,
    ],
  );
  // a rotation killed after its first batch: some persons under the new key, the others under the old
  await expect(
    rotateKeys(db, ring, {
      to: 'sm',
      dataDir: dir,
      batchSize: 3,
      clock,
      actor: null,
      onBatch: () => {
        throw new Error('killed');
      },
    }),
  ).rejects.toThrow('killed');
  expect(ring.live).toEqual(['k1', 'k0']);
  const { rows } = await db.query<{ id: number; h: string }>('select id, id_hash as h from persons');
  const keyOf = new Map(rows.map((r) => [Number(r.id), keyOfHash(r.h)]));
  fresh = members.find((m) => keyOf.get(m.personId) === 'k1') as Member;
  stale = members.find((m) => keyOf.get(m.personId) === 'k0') as Member;
  expect([fresh, stale].every(Boolean)).toBe(true);
});

afterAll(async () => close?.());

const ids = () => ctx.services.ids;
const admin = () => ctx.actor('admin', null);

describe('a person looked up by ID number while a key rotation is half done', () => {
  it('is found by the register imports’ shared read (activities, wellness, insurance, model workers, teams)', async () => {
    const found = await findPersonsByHash(
      db,
      [fresh, stale].map((m) => ids().lookups(m.idNumber)),
    );
    expect(found.get(ids().hash(fresh.idNumber))?.id).toBe(fresh.personId);
    expect(found.get(ids().hash(stale.idNumber))?.id).toBe(stale.personId);
  });

  it('is signed up from an activity register by ID number', async () => {
    const errors: never[] = [];
    const rows = [fresh, stale].map((m, i) => ({
      rowNo: i + 2,
      values: { memberNo: null, idNumber: m.idNumber, name: m.name } as never,
    }));
    const planned = await planSignupRows(db, admin(), ids(), rows, errors, TEST_TODAY);
    expect(errors).toEqual([]);
    expect(planned.map((p) => p.personId)).toEqual([fresh.personId, stale.personId]);
  });

  it('is named in an achievement’s team by ID number', async () => {
    const entry = (m: Member) => ({ text: m.idNumber, name: m.name, idNumber: m.idNumber });
    const find = await teamFinder(
      db,
      admin(),
      ids(),
      [fresh, stale].map((m) => ({ unionPath: org.path, entry: entry(m) })),
      TEST_TODAY,
    );
    expect(find(org.path, org.name, entry(fresh))).toEqual({ personId: fresh.personId });
    expect(find(org.path, org.name, entry(stale))).toEqual({ personId: stale.personId });
  });

  it('is known on the model workers register (its own rows half rotated too)', async () => {
    const found = await findModelWorkerIdsByKeys(
      db,
      org.id,
      [fresh, stale].map((m) => ids().lookups(m.idNumber)),
      [],
    );
    expect(found.map((f) => f.idHash).sort()).toEqual(
      [ids().hash(fresh.idNumber), ids().hash(stale.idNumber)].sort(),
    );
  });

  it('is found by the requests (cases) import and the records import', async () => {
    const lookups = [fresh, stale].map((m) => ids().lookups(m.idNumber));
    const cases = await personIdsByHash(db, lookups);
    expect(cases.get(ids().hash(stale.idNumber))?.id).toBe(stale.personId);
    expect(cases.get(ids().hash(fresh.idNumber))?.id).toBe(fresh.personId);
    const records = await findMembersByIdHash(db, lookups);
    expect(records.get(ids().hash(stale.idNumber))?.id).toBe(stale.personId);
    expect(records.get(ids().hash(fresh.idNumber))?.id).toBe(fresh.personId);
  });

  it('is found by the members search and can activate an account', async () => {
    for (const m of [fresh, stale]) {
      const page = await ctx.services.people.listMembers(admin(), { q: m.idNumber });
      expect(page.items.map((p: { id: number }) => p.id)).toEqual([m.personId]);
    }
    await ctx.services.activation.startActivation(
      { name: stale.name, idNumber: stale.idNumber, phone: stale.phone },
      '10.8.0.1',
    );
    const { rows } = await db.query<{ n: number }>(
      'select count(*)::int as n from activation_codes where phone = $1',
      [stale.phone],
    );
    expect(rows[0].n).toBe(1);
  });
});
