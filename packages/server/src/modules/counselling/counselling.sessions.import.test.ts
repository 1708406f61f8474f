/**
 * Counselling sessions kept on paper, in counts only (issue 42): the template asks no name and no note; the dry run
 * writes nothing; a wrong row refuses the whole file naming its row and column; the 2019 lines count in the
 * statistics of 2019 and not in this year's; the register sent again skips the months on record, refuses one whose
 * counts differ, and a month twice in one file.
 */

import { describe, expect, it } from 'vitest';
import { fixedClock, TEST_YEAR } from '../../../test/clock.ts';
import { registerKit } from '../../../test/register-kit.ts';
import { appWorld } from '../../../test/world-kit.ts';
import { COUNSELLING_SESSIONS_REGISTER, monthOf } from './counselling.sessions.import.ts';

const w = appWorld({
  app: { clock: fixedClock() },
  tree: { district: ['root/district', '心理区总工会'], firm: ['district/grassroots', '心理基层工会'] },
  users: { staff: ['staff', 'district'] },
});

const stats = (year: number): Promise<CounsellingStats> =>
  kit.got(`/api/counselling/stats?orgId=${w.district.id}&year=${year}`);
type CounsellingStats = {
  total: { sessions: number | string; peopleServed: number | string };
  byMonth: { month: string; sessions: number | string; peopleServed: number | string }[];
};
const kit = registerKit({
  app: () => w.t,
  cookie: () => w.staff,
  importUrl: '/api/counselling/sessions/import',
  register: COUNSELLING_SESSIONS_REGISTER,
  count: async () => Number((await stats(2019)).total.sessions),
});
const { sheet } = kit;
const rowsOf = () => [
  [w.firm.name, '心理咨询师', '2019-03', 12, 9],
  [w.firm.name, '志愿者', '2019年4月', 8, 6],
  [w.district.name, '心理咨询师', '2019/11', 20, 15],
];

describe('the counselling sessions register', () => {
  it('reads months as clerks write them', () => {
    expect(monthOf('2019-03')).toBe('2019-03-01');
    expect(monthOf('2019年4月')).toBe('2019-04-01');
    expect(monthOf('２０１９/１１')).toBe('2019-11-01');
    expect(monthOf('2019-03-17')).toBe('2019-03-01');
    expect(monthOf('2019-13')).toBeNull();
  });

  it('refuses a month whose year no day could have, a typo that would be counted in the year 1024', async () => {
    const errors = await kit.refused(sheet([[w.firm.name, '心理咨询师', '1024-03', 5, 1]]), [[2, '月份']]);
    expect(errors[0].messageZh).toBe('「1024-03」不是月份（如 2019-03）');
  });

  it('offers a template with counts only: no name, no note', async () => {
    const { names } = await kit.template();
    expect(names.join(',')).not.toMatch(/姓名|内容|记录|备注/);
  });

  it('refuses a wrong file whole, naming rows and columns in both languages', async () => {
    const file = sheet([
      [w.firm.name, '心理咨询师', '2019-03', 5, 9],
      ['没有这个工会', '心理咨询师', '2019-03', 5, 1],
      [w.firm.name, '心理咨询师', `${TEST_YEAR + 1}-01`, 5, 1],
    ]);
    await kit.refused(file, [
      [2, '服务人数'],
      [3, '所在工会'],
      [4, '月份'],
    ]);
  });

  it("tells a row's every problem in one check, none that follows from a cell that did not parse", async () => {
    const errors = await kit.refused(
      sheet([
        // sessions that do not parse beside a union not found: the people served not compared with them
        ['没有这个工会', '心理咨询师', '2019-03', '很多', 9],
        // a kind that does not parse beside a month that is none
        [w.firm.name, '咨询员', '2019-13', 5, 1],
        // a right row: not brought in with the others refused
        rowsOf()[0],
      ]),
      [
        [2, '会谈场次'],
        [2, '所在工会'],
        [3, '咨询人员类别'],
        [3, '月份'],
      ],
    );
    expect(errors[3].messageEn).toBe('"2019-13" is not a month (e.g. 2019-03)');
    // the values the cell accepts as the sheet must hold them, with their meaning: not English words it refuses
    expect(errors[2].messageEn).toBe(
      '"咨询员" is not one of: 心理咨询师 (counsellor), 心理关爱志愿者 (volunteer)',
    );
    expect(errors[2].messageZh).toBe('「咨询员」不是可选的值（心理咨询师、心理关爱志愿者）');
  });

  it('counts the 2019 lines in 2019, not this year; a dry run writes nothing; sent again, skips what is on record', async () => {
    const ROWS = rowsOf();
    await kit.dryRun(sheet(ROWS), { created: 3, sessions: 40, people: 30 });

    await kit.imported(sheet(ROWS), { created: 3, sessions: 40, people: 30 });
    const past = await stats(2019);
    expect(past.total).toMatchObject({ sessions: 40, peopleServed: 30 });
    expect(past.byMonth.find((m) => m.month === '2019-03')).toMatchObject({ sessions: 12, peopleServed: 9 });
    expect(past.byMonth.find((m) => m.month === '2019-04')).toMatchObject({ sessions: 8, peopleServed: 6 });
    const now = await stats(TEST_YEAR);
    expect(now.total).toMatchObject({ sessions: 0, peopleServed: 0 });

    // the ledger sent again, grown by a month: the months on record skipped, the new one brought in
    const grown = [...ROWS, [w.firm.name, '心理咨询师', '2019-12', 4, 3]];
    await kit.dryRun(sheet(grown), { created: 1, onRecord: 3, sessions: 4 });
    await kit.imported(sheet(grown), { created: 1, onRecord: 3, sessions: 4 });
    expect((await stats(2019)).total).toMatchObject({ sessions: 44, peopleServed: 33 });
    // a month on record with other counts: refused per count, the counts on record kept
    const errors = await kit.refused(sheet([[w.firm.name, '心理咨询师', '2019-03', 13, 10]]), [
      [2, '会谈场次'],
      [2, '服务人数'],
    ]);
    expect(errors[0].messageZh).toContain('平台上是“12”，本表是“13”');
    expect(errors[1].messageEn).toContain('with “9”; this sheet gives “10”');
    // a month twice in one file
    await kit.refused(sheet([rowsOf()[0], rowsOf()[0]]), [[3, '月份']]);
    expect((await stats(2019)).total).toMatchObject({ sessions: 44, peopleServed: 33 });
  });
});
