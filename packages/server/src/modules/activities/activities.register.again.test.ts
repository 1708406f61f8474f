/**
 * A ledger of past activities sent again whole, grown by a year (issue 32): the activities on record as the file
 * gives them are skipped and counted (`onRecord`), the new ones imported; one on record that the file gives
 * otherwise (another kind, counts, a participant more or less, taking part or not) is refused, naming its row and
 * what differs, and nothing is overwritten.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../test/clock.ts';
import { registerKit } from '../../../test/register-kit.ts';
import { appWorld } from '../../../test/world-kit.ts';
import { ACTIVITIES_REGISTER } from './activities.register.ts';

const w = appWorld({
  app: { clock: fixedClock() },
  tree: { district: ['root/district', '台账区总工会'], firm: ['district/grassroots', '台账基层工会'] },
  users: { staff: ['staff', 'district'] },
});
const people: { name: string; idNumber: string }[] = [];

beforeAll(async () => {
  for (const name of ['钱一', '孙二', '周三']) {
    const idNumber = w.t.ctx.newIdNumber();
    await w.t.ctx.newPerson(w.firm, { name, idNumber });
    people.push({ name, idNumber });
  }
});

/** The w.firm's activities on record. */
async function count(): Promise<number> {
  const sql = 'select count(*)::int as n from activities where org_id = $1';
  return (await w.t.db.query<{ n: number }>(sql, [w.firm.id])).rows[0].n;
}
const kit = registerKit({
  app: () => w.t,
  cookie: () => w.staff,
  importUrl: '/api/activities/import',
  register: ACTIVITIES_REGISTER,
  count,
});

type Cells = (string | number)[];
const listed = (title: string, day: string, p: { name: string; idNumber: string }, came = '是'): Cells => [
  title,
  w.firm.name,
  '文体',
  day,
  p.idNumber,
  p.name,
  '',
  '',
  came,
];
/** The members, made in beforeAll. */
const [a, b, c] = [0, 1, 2].map((i) => ({
  get name() {
    return people[i].name;
  },
  get idNumber() {
    return people[i].idNumber;
  },
}));
const counted = (title: string, day: string, signups: number, attendance: number): Cells => [
  title,
  w.firm.name,
  '观影/演出',
  day,
  '',
  '',
  '',
  '',
  '',
  signups,
  attendance,
];

describe('a ledger of past activities sent again with new rows', () => {
  const OLD = () => [
    listed('2019年登山', '2019-04-06', a),
    listed('2019年登山', '2019-04-06', b, '否'),
    counted('2019年观影', '2019-10-01', 40, 35),
  ];

  it('skips and counts the activities on record as given, and imports the new ones', async () => {
    await kit.imported(kit.sheet(OLD()), { created: 2, onRecord: 0 });
    const grown = [
      ...OLD(),
      listed('2020年登山', '2020-04-11', c),
      counted('2020年观影', '2020-10-01', 30, 30),
    ];
    // the new activities imported, the rest skipped; the same ledger once more holds nothing new
    await kit.importedGrown(kit.sheet(grown), { created: 2, onRecord: 2, signups: 31, attendance: 31 }, {});
  });

  it('refuses an activity on record that the file gives otherwise, naming the row and what differs', async () => {
    const changed = [
      // the same person now taking part, and a participant more
      listed('2019年登山', '2019-04-06', a),
      listed('2019年登山', '2019-04-06', b),
      listed('2019年登山', '2019-04-06', c),
      // other counts
      counted('2019年观影', '2019-10-01', 40, 36),
    ];
    const errors = await kit.rowErrors(kit.sheet(changed), [
      [3, '是否参加'],
      [4, '身份证号码'],
      [5, '报名人数'],
    ]);
    expect(errors[0].messageZh).toBe(
      `该工会2019-04-06举办的「2019年登山」已在平台上，此人记为未参加，本表是参加`,
    );
    expect(errors[2].messageEn).toBe(
      '"2019年观影" of 2019-10-01 is on record with 40 signed up and 35 attending; this sheet says 40 and 36',
    );
    // a participant fewer, another kind
    const fewer = kit.sheet([
      [
        ...listed('2019年登山', '2019-04-06', a).slice(0, 2),
        '培训班',
        ...listed('2019年登山', '2019-04-06', a).slice(3),
      ],
    ]);
    await kit.rowErrors(fewer, [
      [2, '活动类型'],
      [2, '活动名称'],
    ]);
  });
});
