/**
 * Services given at stations kept on paper (issue 42): counts per station, day and kind of service. The dry run
 * writes nothing; a wrong row refuses the whole file naming its row and column in both languages; the 2019 lines
 * count in the statistics of 2019 on their days and not in this year's, and in the station's visits on its list and
 * page alike; another union's station is refused; the register sent again skips the lines on record, refuses one
 * whose people differ, and a line twice in one file.
 */

import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock, TEST_YEAR } from '../../../test/clock.ts';
import { registerKit } from '../../../test/register-kit.ts';
import { appWorld } from '../../../test/world-kit.ts';
import { STATION_SERVICES_REGISTER } from './stations.services.import.ts';
import { changpingStation } from './stations.test-kit.ts';

const w = appWorld({
  app: { clock: fixedClock() },
  tree: {
    district: ['root/district', '驿站区总工会'],
    firm: ['district/grassroots', '驿站基层工会'],
    other: ['root/district', '别区总工会'],
  },
  users: { staff: ['staff', 'district'], otherStaff: ['staff', 'other'] },
});
let stationName: string;
let stationId: number;
let otherStation: string;

const station = (orgId: number, name: string) => changpingStation(orgId, name, { openedOn: '2018-05-01' });

beforeAll(async () => {
  stationName = `户外劳动者驿站${w.t.ctx.unique()}`;
  otherStation = `别区驿站${w.t.ctx.unique()}`;
  for (const [cookie, body] of [
    [w.staff, station(w.firm.id, stationName)],
    [w.otherStaff, station(w.other.id, otherStation)],
  ] as const) {
    const res = await w.t.call({ method: 'POST', url: '/api/stations', cookie, body });
    expect(res.statusCode, res.body).toBe(200);
    if (cookie === w.staff) stationId = res.json().id;
  }
});

const stats = (q: string): Promise<StationStats> =>
  kit.got(`/api/stations/stats?orgId=${w.district.id}&${q}`);
type StationStats = {
  totals: { visits: number; registerVisits: number };
  visits: { stationId: number; byMonth: number[]; total: number }[];
  months: string[];
};

const kit = registerKit({
  app: () => w.t,
  cookie: () => w.staff,
  importUrl: '/api/stations/services/import',
  register: STATION_SERVICES_REGISTER,
  count: async () => (await stats('year=2019')).totals.visits,
});
const { sheet } = kit;

describe('the station services register', () => {
  it('offers a template with its 填写说明', async () => {
    await kit.templateNames(['站点名称', '所属工会', '服务日期', '服务类别', '服务人数']);
  });

  it('refuses a wrong file whole, naming rows and columns in both languages; another union’s station too', async () => {
    const file = sheet([
      [stationName, '', '2019-07-15', '饮水', 30],
      [otherStation, '', '2019-07-15', '饮水', 5],
      [stationName, '', '2018-01-02', '饮水', 5],
      [stationName, '', '2019-07-16', '唱歌', 5],
      [stationName, '', '2019-07-15', '饮水', 8],
    ]);
    const errors = await kit.refused(file, [
      [3, '站点名称'],
      [4, '服务日期'],
      [5, '服务类别'],
      [6, '服务类别'],
    ]);
    expect(errors[0].messageZh).toContain(otherStation);
  });

  it('suggests the station a misspelt name may mean, among the stations the importer may write to', async () => {
    const errors = await kit.refused(sheet([[stationName.slice(0, -1), '', '2019-07-15', '饮水', 3]]), [
      [2, '站点名称'],
    ]);
    expect(errors[0].messageZh).toBe(
      `本工会范围内没有名为「${stationName.slice(0, -1)}」的站点（您是否指：「${stationName}」？）`,
    );
  });

  it("tells a row's every problem in one check, none that follows from a cell that did not parse", async () => {
    const errors = await kit.refused(
      sheet([
        // another union's station beside no people: both
        [otherStation, '', '2019-07-15', '饮水', 0],
        // no station: not looked for, its opening not judged against the day
        ['', '', '2018-01-02', '饮水', 5],
        // a day and a service that do not parse beside no people
        [stationName, '', '2019-02-30', '唱歌', 0],
      ]),
      [
        [2, '站点名称'],
        [2, '服务人数'],
        [3, '站点名称'],
        [4, '服务日期'],
        [4, '服务类别'],
        [4, '服务人数'],
      ],
    );
    expect(errors[2].messageEn).toBe('"station" is required');
    expect(errors[5].messageEn).toBe('The people served must be above zero');
  });

  it('counts the 2019 lines on their days, not this year; a dry run writes nothing; sent again, skips what is on record', async () => {
    const ROWS = [
      [stationName, '', '2019-07-15', '饮水', 30],
      [stationName, w.firm.name, '2019-07-15', '充电', 12],
      [stationName, '', '2019-11-02', '饮水', 8],
    ];
    await kit.dryRun(sheet(ROWS), { created: 3, stations: 1, people: 50 });

    await kit.imported(sheet(ROWS), { created: 3, people: 50 });
    const past = await stats('year=2019');
    expect(past.totals).toMatchObject({ visits: 50, registerVisits: 50 });
    const line = past.visits.find((v) => v.stationId === stationId);
    expect(line?.byMonth[past.months.indexOf('2019-07')]).toBe(42);
    expect(line?.byMonth[past.months.indexOf('2019-11')]).toBe(8);
    // the same asked by days: up to 31 July holds July's only
    expect((await stats('from=2019-01-01&to=2019-07-31')).totals.visits).toBe(42);
    expect((await stats(`year=${TEST_YEAR}`)).totals.visits).toBe(0);

    // the ledger sent again (its rows in another order: another file): every line on record, skipped
    await kit.imported(sheet([ROWS[2], ROWS[1], ROWS[0]]), { created: 0, onRecord: 3, people: 0 });
    // a line on record with another number: refused, the number on record kept
    const errors = await kit.refused(sheet([[stationName, '', '2019-07-15', '饮水', 31]]), [[2, '服务人数']]);
    expect(errors[0].messageZh).toBe(
      `${stationName}2019-07-15的饮水服务人数已登记，平台上是“30”，本表是“31”`,
    );
    // a line twice in one file
    await kit.refused(sheet([ROWS[0], ROWS[0]]), [[3, '服务类别']]);
    expect((await stats('year=2019')).totals.visits).toBe(50);
  });

  it("counts the register's people in the station's visits on the list and its page, as the statistics do", async () => {
    // the lines above are the station's only visits: 50 people served in 2019, none this month
    const listed: { id: number; visits: number }[] = await kit.got(`/api/stations?orgId=${w.district.id}`);
    expect(listed.find((s) => s.id === stationId)?.visits).toBe(50);
    const page: { visitsTotal: number; visitsThisMonth: number } = await kit.got(
      `/api/stations/${stationId}`,
    );
    expect(page).toMatchObject({ visitsTotal: 50, visitsThisMonth: 0 });
    expect((await stats('year=2019')).visits.find((v) => v.stationId === stationId)?.total).toBe(50);
  });

  it('finds a station by its name as the clerk reads it: straight quotes for curly ones, spaces and brackets aside', async () => {
    const quoted = `“暖心”驿站（${w.t.ctx.unique()}）`;
    const res = await w.t.call({
      method: 'POST',
      url: '/api/stations',
      cookie: w.staff,
      body: station(w.firm.id, quoted),
    });
    expect(res.statusCode, res.body).toBe(200);
    const typed = quoted.replace('“', '"').replace('”', '"').replace('（', ' (').replace('）', ')');
    await kit.dryRun(sheet([[typed, '', '2019-08-01', '饮水', 4]]), { created: 1, stations: 1, people: 4 });
  });

  it('is brought in by the command line too, naming the same rows', async () => {
    await kit.cliRefuses(
      'station-services',
      [['没有这个站点', '', '2019-07-15', '饮水', 30]],
      '第2行 [站点名称]',
    );
  });
});
