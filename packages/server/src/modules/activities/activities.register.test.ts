/**
 * Past activities kept on paper (issue 42): a row per participant (by ID number, or name and phone) or a row of
 * counts where no list was kept. The dry run writes nothing; a wrong row refuses the whole file naming its row and
 * column in both languages; another union's activity is refused; the 2019 activities count in 2019 — asked by year,
 * by days, or without a day in a year of their own — and not in this year; the kept counts are those recounted from
 * the rows; the same activity twice is refused. Listed, an activity brought in is shown by its day only (its hours
 * were not kept) and has ended once its day has passed; one organised on the page once its last session has ended.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, TEST_TODAY, TEST_YEAR } from '../../../test/clock.ts';
import { registerKit } from '../../../test/register-kit.ts';
import { appWorld } from '../../../test/world-kit.ts';
import { type CountCell, listKeptCells } from '../reporting/index.ts';
import { activitiesRecounter, recountActivityCounts } from './activities.recount.repository.ts';
import { ACTIVITIES_REGISTER } from './activities.register.ts';

const w = appWorld({
  app: { clock: fixedClock() },
  tree: {
    district: ['root/district', '活动区总工会'],
    firm: ['district/grassroots', '活动基层工会'],
    other: ['root/district', '别区总工会'],
  },
  users: { staff: ['staff', 'district'] },
});
const people: { name: string; idNumber: string; phone: string }[] = [];

beforeAll(async () => {
  for (const [i, name] of ['王芳', '李强', '赵敏'].entries()) {
    const idNumber = w.t.ctx.newIdNumber();
    const phone = `139${idNumber.slice(10, 17)}${i}`;
    await w.t.ctx.newPerson(w.firm, { name, idNumber, phone });
    people.push({ name, idNumber, phone });
  }
});

/** The w.district's activity statistics (`q` names the period). */
const stats = async (q: string): Promise<ActivityStats> =>
  kit.got(`/api/activities/stats?orgId=${w.district.id}&${q}`);
type ActivityStats = {
  from: string;
  total: { activities: number; signups: number; attendance: number };
  byKind: { kind: string; activities: number; signups: number; attendance: number }[];
};

const kit = registerKit({
  app: () => w.t,
  cookie: () => w.staff,
  importUrl: '/api/activities/import',
  register: ACTIVITIES_REGISTER,
  count: async () => (await stats('year=2019')).total.activities,
});
const { sheet } = kit;

describe('the register of past activities', () => {
  it('offers a template with its 填写说明', async () => {
    const { names } = await kit.template();
    expect(names.slice(0, 4)).toEqual(['活动名称', '主办工会', '活动类型', '举办日期']);
  });

  it('refuses a wrong file whole, naming rows and columns in both languages; another union’s too', async () => {
    const [a, b] = people;
    const file = sheet([
      ['2019年羽毛球赛', w.firm.name, '文体', '2019-05-18', a.idNumber, a.name, '', '2019-05-10', '是'],
      ['2019年羽毛球赛', w.other.name, '文体', '2019-05-18', b.idNumber, b.name, '', '2019-05-10', '是'],
      ['2019年羽毛球赛', w.firm.name, '文体', '2019-05-18', '', '李强', '13000000000', '', '否'],
      ['2019年羽毛球赛', w.firm.name, '文体', '2019-05-18', a.idNumber, '张三', '', '', '是'],
      ['2019年羽毛球赛', w.firm.name, '文体', '2019-05-18', b.idNumber, '', '', '2019-05-19', '是'],
      ['2019年观影', w.firm.name, '观影/演出', '2019-06-01', '', '', '', '', '', 30, 25],
      ['2019年观影', w.firm.name, '观影/演出', '2019-06-01', b.idNumber, '', '', '', '是'],
      ['2019年读书会', w.firm.name, '培训班', '2019-06-01', '', '', '', '', ''],
      ['2019年讲座', w.firm.name, '培训班', '2019-07-01', '', '', '', '', '', 10, 20],
    ]);
    await kit.refused(file, [
      [3, '主办工会'],
      [4, '手机号码'],
      [5, '姓名'],
      [6, '报名日期'],
      [8, '身份证号码'],
      [9, '身份证号码'],
      [10, '参加人数'],
    ]);
    expect((await stats('year=2019')).total).toMatchObject({ activities: 0, signups: 0, attendance: 0 });
  });

  it("tells a row's every problem in one check, none that follows from a cell that did not parse", async () => {
    const [a, b] = people;
    const errors = await kit.refused(
      sheet([
        // a day signed up that does not parse beside another union's activity and a name not the person's
        ['2019年乒乓球赛', w.other.name, '文体', '2019-05-18', a.idNumber, '张三', '', '2019-02-30', '是'],
        // an ID number that does not parse: its name not compared, the union still judged
        ['2019年乒乓球赛', '没有这个工会', '文体', '2019-05-18', '1'.repeat(31), '张三', '', '', '是'],
        // a kind that does not parse beside a participant on the day signed up after it
        ['2019年乒乓球赛', w.firm.name, '球类', '2019-05-18', b.idNumber, b.name, '', '2019-05-19', '是'],
        // counts that do not parse: not compared (no 'more attended than signed up')
        ['2019年电影', w.firm.name, '观影/演出', '2019-06-01', '', '', '', '', '', '很多', 25],
        // a right row: not brought in with the others refused
        ['2019年乒乓球赛', w.firm.name, '文体', '2019-05-18', a.idNumber, a.name, '', '2019-05-10', '是'],
      ]),
      [
        [2, '报名日期'],
        [2, '主办工会'],
        [2, '姓名'],
        [3, '身份证号码'],
        [3, '主办工会'],
        [4, '活动类型'],
        [4, '报名日期'],
        [5, '报名人数'],
      ],
    );
    expect(errors[2].messageEn).toBe(`The ID number is ${a.name}'s, not 张三's`);
  });

  it('counts the 2019 activities in 2019, with or without a day asked; a dry run writes nothing; twice is refused', async () => {
    const [a, b, c] = people;
    const ROWS = [
      ['2019年羽毛球赛', w.firm.name, '文体', '2019-05-18', a.idNumber, a.name, '', '2019-05-10', '是'],
      ['2019年羽毛球赛', w.firm.name, '', '2019-05-18', '', b.name, b.phone, '2019-05-12', '否'],
      ['2019年羽毛球赛', w.firm.name, '', '2019-05-18', c.idNumber, '', '', '', '是'],
      ['2019年观影', w.district.name, '观影/演出', '2019-12-20', '', '', '', '2019-12-01', '', 30, 25],
    ];
    await kit.dryRun(sheet(ROWS), { created: 2, signups: 33, attendance: 27, totalsOnly: 1 });

    await kit.imported(sheet(ROWS), { created: 2, signups: 33, attendance: 27 });
    const year = await stats('year=2019');
    expect(year.total).toMatchObject({ activities: 2, signups: 33, attendance: 27 });
    expect(year.byKind.find((k) => k.kind === 'sports')).toMatchObject({
      activities: 1,
      signups: 3,
      attendance: 2,
    });
    expect(await stats('from=2019-01-01&to=2019-12-31')).toMatchObject({ total: year.total });
    // by days: up to 31 May holds the match only; the film's sign-ups of December are not in it
    expect((await stats('from=2019-01-01&to=2019-05-31')).total).toMatchObject({
      activities: 1,
      signups: 3,
      attendance: 2,
    });
    const now = await stats('');
    expect(now.from).toBe(`${TEST_YEAR}-01-01`);
    expect(now.total).toMatchObject({ activities: 0, signups: 0, attendance: 0 });

    const cells = (list: CountCell[]) =>
      list
        .filter((x) => x.n !== 0 || x.fen !== 0)
        .map((x) => [x.subject, x.orgId, x.day, x.dim, x.n].join(' '))
        .sort();
    const kept = await listKeptCells(w.t.db, {
      subjects: Object.keys(activitiesRecounter.subjects),
      path: w.district.path,
      asOf: `${TEST_YEAR}-12-31`,
    });
    expect(cells(kept)).toEqual(cells(await recountActivityCounts(w.t.db, { path: w.district.path })));

    await kit.refused(sheet([ROWS[0]]), [[2, '活动名称']]);
  });

  it('finds a participant by name and a phone written as clerks write it: +86, spaces, dashes', async () => {
    const [a, b] = people;
    const spaced = (p: string) => `${p.slice(0, 3)} ${p.slice(3, 7)} ${p.slice(7)}`;
    const file = sheet([
      ['2019年联谊会', w.firm.name, '联谊', '2019-08-10', '', a.name, `+86 ${spaced(a.phone)}`, '', '是'],
      ['2019年联谊会', w.firm.name, '联谊', '2019-08-10', '', b.name, `86-${b.phone}`, '', '是'],
    ]);
    await kit.dryRun(file, { created: 1, signups: 2, attendance: 2 });
  });

  it('finds a participant by a phone typed with full-width digits and spaces (１３８　…)', async () => {
    const [a] = people;
    const wide = (p: string) => [...p].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
    const typed = `${wide(a.phone.slice(0, 3))}\u3000${wide(a.phone.slice(3))}`;
    const file = sheet([['2019年书画展', w.firm.name, '文体', '2019-08-20', '', a.name, typed, '', '是']]);
    await kit.dryRun(file, { created: 1, signups: 1, attendance: 1 });
  });

  it('finds a participant by name and phone with the name as a clerk reads it: a space inside is no matter', async () => {
    const idNumber = w.t.ctx.newIdNumber();
    const phone = `137${idNumber.slice(10, 17)}9`;
    // stored as the clerk typed it, with a space; the sheet writes it without one, and 王芳 with one (U+3000)
    await w.t.ctx.newPerson(w.firm, { name: '欧阳 明', idNumber, phone });
    const [a] = people;
    const file = sheet([
      ['2019年茶话会', w.firm.name, '联谊', '2019-09-10', '', '欧阳明', phone, '', '是'],
      [
        '2019年茶话会',
        w.firm.name,
        '联谊',
        '2019-09-10',
        '',
        `${a.name[0]}\u3000${a.name.slice(1)}`,
        a.phone,
        '',
        '是',
      ],
    ]);
    await kit.dryRun(file, { created: 1, signups: 2, attendance: 2 });
  });

  it('answers an activity brought in as ended and kept by its day only; one organised on the page by its hours', async () => {
    // now is TEST_NOW, 10:00 in China: one session ended at 09:00 today, one starts at 14:00
    const organise = async (title: string, startsAt: string, endsAt: string) => {
      const r = await w.t.call({
        method: 'POST',
        url: '/api/activities',
        cookie: w.staff,
        body: {
          orgId: w.district.id,
          title,
          kind: 'sports',
          place: '职工之家',
          places: 10,
          signupFrom: `${TEST_YEAR}-06-01`,
          signupUntil: `${TEST_YEAR}-06-15`,
          sessions: [{ startsAt, endsAt }],
        },
      });
      expect(r.statusCode, r.body).toBe(200);
    };
    await organise('早场健步走', `${TEST_YEAR}-06-15T07:00:00+08:00`, `${TEST_YEAR}-06-15T09:00:00+08:00`);
    await organise('午后健步走', `${TEST_YEAR}-06-15T14:00:00+08:00`, `${TEST_YEAR}-06-15T16:00:00+08:00`);
    // and one brought in for today: its day has not passed, whatever hours it is stored with
    const today = await kit.send(
      sheet([['今日观影', w.district.name, '观影/演出', TEST_TODAY, '', '', '', '', '', 5, 5]]),
      false,
    );
    expect(today.statusCode, today.body).toBe(200);

    type Listed = { id: number; title: string; status: string; ended: boolean; dayOnly: boolean };
    const { items } = (await kit.got(`/api/activities?orgId=${w.district.id}&pageSize=100`)) as {
      items: Listed[];
    };
    const titled = (title: string) => items.find((a) => a.title === title);
    expect(titled('2019年羽毛球赛')).toMatchObject({ status: 'open', ended: true, dayOnly: true });
    expect(titled('2019年观影')).toMatchObject({ status: 'open', ended: true, dayOnly: true });
    expect(titled('今日观影')).toMatchObject({ ended: false, dayOnly: true });
    expect(titled('早场健步走')).toMatchObject({ status: 'open', ended: true, dayOnly: false });
    expect(titled('午后健步走')).toMatchObject({ status: 'open', ended: false, dayOnly: false });
    // its page says the same
    expect(await kit.got(`/api/activities/${titled('2019年羽毛球赛')?.id}`)).toMatchObject({
      ended: true,
      dayOnly: true,
    });
  });

  it('is brought in by the command line too, naming the same rows', async () => {
    await kit.cliRefuses(
      'activities',
      [['2019年羽毛球赛', '没有这个工会', '文体', '2019-05-18', '', '', '', '', '', 30, 25]],
      '第2行 [主办工会]',
    );
  });
});
