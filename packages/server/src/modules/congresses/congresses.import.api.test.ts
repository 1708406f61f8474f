/**
 * The congresses' register over HTTP (职代会届次与会议): the template; a dry run that lists every row's problems and
 * writes nothing; two enterprise unions' past terms and sessions brought in, the statistics of 2023–2025 counting
 * their congresses and sessions in their years as sessions added on the congress's page count; a congress and a term
 * on record reused, a term whose days differ refused saying both; the same register again skipped as on record; a
 * union outside the subtree refused; the command line's import.
 */
import { describe, expect, it } from 'vitest';
import { countOf, registerKit, resaved } from '../../../test/register-kit.ts';
import { appWorld } from '../../../test/world-kit.ts';
import { CONGRESS_REGISTER, defaultCongressName, readOrdinal } from './congresses.register.ts';

const w = appWorld({
  tree: {
    district: ['root/district', '测试区总工会'],
    post: ['district/grassroots', '测试邮政公司工会'],
    bank: ['district/grassroots', '测试银行工会'],
    shop: ['district/grassroots', '测试商场工会'],
    elsewhere: ['root/district/grassroots', '外区工会'],
  },
  users: { staff: ['staff', 'district'] },
});

type Row = Partial<Record<string, string>>;
/** The sessions the test's unions hold. */
const sessions = () =>
  countOf(
    w.t,
    `select count(*)::int as n from congress_sessions s join congress_terms t on t.id = s.term_id
       join congresses c on c.id = t.congress_id join orgs o on o.id = c.org_id where o.path like $1 || '%'`,
    [w.district.path],
  );
const kit = registerKit({
  app: () => w.t,
  cookie: () => w.staff,
  importUrl: '/api/congresses/import',
  register: CONGRESS_REGISTER,
  count: sessions,
});
const { sheetOf: sheet } = kit;
const stats = (fromYear: number, toYear: number) =>
  kit.got(`/api/congresses/stats?orgId=${w.district.id}&fromYear=${fromYear}&toYear=${toYear}`);

/**
 * 邮政's 第3届 职代会 (2021-03 to 2026-02) with a session a year 2021–2025, and 银行's 第二届 职工大会 (2023-01 to
 * 2027-12) with sessions in 2023 and 2025, none in 2024.
 */
function register(): Row[] {
  const post = (n: string, heldOn: string): Row => ({
    所在工会: w.post.name,
    届次: '第3届',
    本届开始日期: '2021-03-01',
    本届结束日期: '2026-02-28',
    会次: n,
    召开日期: heldOn,
  });
  const bank = (n: string, heldOn: string): Row => ({
    所在工会: w.bank.name,
    形式: '职工大会',
    届次: '二',
    本届开始日期: '2023年1月1日',
    本届结束日期: '2027-12-31',
    会次: n,
    召开日期: heldOn,
  });
  return [
    { ...post('1', '2021-03-15'), 职代会名称: '测试邮政职代会' },
    post('第2次会议', '2022-03-20'),
    post('第三次', '2023-03-18'),
    { ...post('4', '2024-03-16'), 会议名称: '三届四次职代会' },
    post('5', '2025-03-15'),
    // the form given on a later row of the union names the congress and its sessions
    { ...bank('1', '2023-01-10'), 形式: '' },
    bank('第二次会议', '2025-01-08'),
  ];
}

describe('the congresses register import', () => {
  it('reads 届次 and 会次 as clerks write them', () => {
    expect(
      ['3', '３', '第3届', '第三届', '三届', '十二', '第二十一届'].map((t) => readOrdinal(t, '届')),
    ).toEqual([3, 3, 3, 3, 3, 12, 21]);
    expect(['1', '第1次', '第二次会议', '一百零五'].map((t) => readOrdinal(t, '次'))).toEqual([1, 1, 2, 105]);
    expect(['0', '第3次', 'x', '二〇', '1001'].map((t) => readOrdinal(t, '届'))).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it("names a congress by its enterprise: the union's name without its closing 工会", () => {
    expect(defaultCongressName('北京顺鑫杨镇农业有限公司工会', 'congress')).toBe(
      '北京顺鑫杨镇农业有限公司职工代表大会',
    );
    expect(defaultCongressName('某某医院', 'assembly')).toBe('某某医院职工大会');
  });

  it('offers a template whose 填写说明 names each column and says the proposal window is the day held', async () => {
    const { notes } = await kit.template();
    await kit.templateNames(['所在工会', '届次', '本届开始日期', '本届结束日期', '会次', '召开日期']);
    expect(notes).toContain('提案征集期记为召开当日');
  });

  it("a dry run lists every row's problems with its row and column, and writes nothing", async () => {
    const good = register()[0];
    const errors = await kit.rowErrors(
      sheet([
        good,
        { ...good, 所在工会: w.elsewhere.name, 会次: '2' },
        { ...good, 会次: '3', 召开日期: '2020-12-31' },
        { ...good, 届次: '4', 本届开始日期: '2026-03-01', 本届结束日期: '2025-02-28', 会次: '1' },
        { ...good, 会次: '第x次', 召开日期: '2026-07-01' },
        { ...good, 届次: '3', 本届结束日期: '2026-12-31', 会次: '6', 召开日期: '2026-01-10' },
        { ...good, 会次: '1', 召开日期: '2021-03-16' },
      ]),
      [
        [3, '所在工会'],
        [4, '召开日期'],
        [5, '本届结束日期'],
        [6, '召开日期'],
        [6, '会次'],
        [7, '本届结束日期'],
        [8, '会次'],
      ],
    );
    expect(errors[1]).toMatchObject({
      messageZh: '召开日期 2020-12-31 不在本届起止日期（2021-03-01至2026-02-28）之内',
      messageEn: 'Held on 2020-12-31, outside the term (2021-03-01 to 2026-02-28)',
    });
    expect(errors[5].messageZh).toBe(
      '第3届的起止日期在第2行是2021-03-01至2026-02-28，本行是2021-03-01至2026-12-31',
    );
    expect(errors[6].messageZh).toBe('与第2行是同一届的同一次会议');
  });

  it('brings in the past: the statistics of 2023–2025 count the congresses and sessions in their years', async () => {
    await kit.dryRun(sheet(register()), { total: 7, created: 7, congresses: 2, terms: 2, onRecord: 0 });
    await kit.imported(sheet(register()), { created: 7, congresses: 2, terms: 2 });

    const s = await stats(2023, 2025);
    expect(
      s.years.map((y: { year: number; congresses: number; heldOnTime: number; sessions: number }) => y),
    ).toEqual([
      expect.objectContaining({ year: 2023, congresses: 2, heldOnTime: 2, sessions: 2 }),
      expect.objectContaining({ year: 2024, congresses: 2, heldOnTime: 1, sessions: 1 }),
      expect.objectContaining({ year: 2025, congresses: 2, heldOnTime: 2, sessions: 2 }),
    ]);
    // over the three years only 邮政 held a session every year
    expect(s.total).toMatchObject({ congresses: 2, heldOnTime: 1, sessions: 5 });
    // before 银行's term began, only 邮政's congress counts
    expect((await stats(2022, 2022)).years[0]).toMatchObject({ congresses: 1, heldOnTime: 1, sessions: 1 });

    const { rows } = await w.t.db.query(
      `select o.name as union, c.name, c.kind, t.number as term, s.number, s.title, s.held_on::text as "heldOn",
              s.proposals_from::text as "from", s.proposals_until::text as "until"
         from congress_sessions s join congress_terms t on t.id = s.term_id join congresses c on c.id = t.congress_id
         join orgs o on o.id = c.org_id where o.id = any($1::bigint[]) and s.number in (1, 4)
        order by o.id, s.number`,
      [[w.post.id, w.bank.id]],
    );
    expect(rows).toEqual([
      {
        union: w.post.name,
        name: '测试邮政职代会',
        kind: 'congress',
        term: 3,
        number: 1,
        title: '第3届第1次职工代表大会',
        heldOn: '2021-03-15',
        from: '2021-03-15',
        until: '2021-03-15',
      },
      expect.objectContaining({ union: w.post.name, number: 4, title: '三届四次职代会' }),
      expect.objectContaining({
        union: w.bank.name,
        name: `${w.bank.name}职工大会`,
        kind: 'assembly',
        term: 2,
        title: '第2届第1次职工大会',
      }),
    ]);
    const { rows: audit } = await w.t.db.query<{ after: object }>(
      `select after from audit_log where action = 'congress.import' order by id desc limit 1`,
    );
    expect(audit[0].after).toMatchObject({ created: 7, congresses: 2, terms: 2 });

    // The same register again (another file): every row on record, skipped; a session given another day refused.
    await kit.dryRun(resaved(sheet(register())), { created: 0, onRecord: 7, congresses: 0, terms: 0 });
    await kit.imported(resaved(sheet(register())), { created: 0, onRecord: 7 });
    const moved = register();
    moved[1].召开日期 = '2022-03-21';
    const errors = await kit.refused(sheet(moved), [[3, '召开日期']]);
    expect(errors[0]).toMatchObject({
      messageZh: '第3届第2次会议已登记，平台上的召开日期是2022-03-20，本表是2022-03-21',
      messageEn: 'Session 2 of term 3 is on record held on 2022-03-20; this sheet gives 2022-03-21',
    });
  });

  it("adds to a congress set up on its page, refusing a term whose days differ from the page's", async () => {
    const call = async (url: string, body: object) => {
      const res = await w.t.call({ method: 'POST', url, cookie: w.staff, body });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { id: number };
    };
    const { id } = await call('/api/congresses', { orgId: w.shop.id, name: '测试商场职代会' });
    await call(`/api/congresses/${id}/terms`, { number: 1, startsOn: '2022-01-01', endsOn: '2026-12-31' });
    const row = (more: Row): Row => ({
      所在工会: w.shop.name,
      届次: '1',
      本届开始日期: '2022-01-01',
      本届结束日期: '2026-12-31',
      会次: '1',
      召开日期: '2024-04-01',
      ...more,
    });
    const errors = await kit.rowErrors(
      sheet([row({ 本届结束日期: '2026-06-30' }), row({ 职代会名称: '商场职代会', 会次: '2' })]),
      [
        [2, '本届结束日期'],
        [3, '职代会名称'],
      ],
    );
    expect(errors[0].messageZh).toBe(
      '第1届的起止日期在平台上是2022-01-01至2026-12-31，本行是2022-01-01至2026-06-30',
    );
    await kit.imported(sheet([row({})]), { created: 1, congresses: 0, terms: 0 });
    expect((await stats(2024, 2024)).years[0]).toMatchObject({ congresses: 3, heldOnTime: 2, sessions: 2 });
  });

  it('the command line refuses a session outside its term, and as a named user a union outside the subtree', async () => {
    const u = await w.t.ctx.newUser('staff', w.district);
    const row = (union: string, heldOn: string): (string | null)[] =>
      kit.headers.map(
        (h) =>
          (
            ({
              所在工会: union,
              届次: '1',
              本届开始日期: '2019-05-01',
              本届结束日期: '2024-04-30',
              会次: '1',
              召开日期: heldOn,
            }) as Row
          )[h] ?? '',
      );
    await kit.cliRefuses('congresses', [row(w.district.name, '2019-04-10')], '召开日期');
    await kit.cliImports('congresses', u.username, {
      good: kit.sheet([row(w.district.name, '2019-05-10')]),
      bad: kit.sheet([row(w.elsewhere.name, '2019-05-10')]),
      named: ['所在工会'],
      added: 1,
    });
  });
});
