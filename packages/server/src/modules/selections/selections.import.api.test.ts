/**
 * The register of past selection results over HTTP (issue 23): a district's 2019 劳动模范 and 优秀工会工作者, run on
 * paper, go in through a dry run and an all-or-nothing import; each selection is final on its announcement day with
 * no nomination, notice or panel, its winners get the award records a live publication gives them, the selection
 * statistics of 2019 count the titles, nobody is told, and the same selection is not brought in twice.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { resaved } from '../../../test/register-kit.ts';
import { appWorld } from '../../../test/world-kit.ts';
import { type OrgRow, usccCheckChar } from '../org/index.ts';
import { SELECTION_REGISTER } from './selections.import.columns.ts';
import { parseYear } from './selections.import.ts';
import { selectionsRegisterKit } from './selections.test-kit.ts';

const w = appWorld({
  tree: {
    district: ['root/district', '测试区总工会'],
    street: ['district/street', '测试街道总工会'],
    elsewhere: ['root/district', '外区总工会'],
  },
  users: { staff: ['staff', 'district'] },
});
/** A union whose name holds the unique part inside it, as a company's union is named. */
let firm: OrgRow;
const people: Record<'a' | 'b' | 'c' | 'd' | 'outsider', { id: number; name: string; idNumber: string }> =
  {} as never;

beforeAll(async () => {
  firm = await w.t.ctx.newOrg(w.street, 'grassroots', `测试公司${w.t.ctx.unique()}工会`);
  for (const [key, org] of [
    ['a', firm],
    ['b', firm],
    ['c', w.street],
    ['d', firm],
    ['outsider', w.elsewhere],
  ] as const) {
    const idNumber = w.t.ctx.newIdNumber();
    const name = `劳模${key}${w.t.ctx.unique().slice(0, 4)}`;
    const p = await w.t.ctx.newPerson(org, { idNumber, name });
    people[key] = { id: p.id, name, idNumber };
  }
});

const row = (
  edition: string,
  category: string,
  honour: string,
  who: keyof typeof people,
  extra: { year?: string; on?: string; organiser?: string; deed?: string } = {},
) => [
  edition,
  extra.year ?? '2019',
  category,
  honour,
  people[who].name,
  people[who].idNumber,
  extra.on ?? '2019-12-20',
  extra.organiser ?? '',
  extra.deed ?? '',
];
const selectionsOf = async (org: OrgRow) =>
  (
    await w.t.db.query<{ n: number }>(
      'select count(*)::int as n from selections where organiser_org_id = $1',
      [org.id],
    )
  ).rows[0].n;
const kit = selectionsRegisterKit(w, () => selectionsOf(w.district));
const { sheet, send } = kit;
const stats = (year: number): Promise<SelectionStats> =>
  kit.got(`/api/reports/selections?orgId=${w.district.id}&year=${year}`);
type SelectionStats = {
  nominations: number;
  titles: number;
  items: { title: string; category: string; nominations: number; titles: number }[];
};

describe('the selection results register import', () => {
  it('offers a template whose data sheet holds the columns and whose 填写说明 names each', async () => {
    await kit.templateNames(SELECTION_REGISTER.columns.map((c) => c.header));
  });

  it('reads years as clerks write them', () => {
    expect(['2019', '２０１９', '2019年', '2019 年度', '1948', '19', '二〇一九'].map(parseYear)).toEqual([
      2019,
      2019,
      2019,
      2019,
      null,
      null,
      null,
    ]);
  });

  it('refuses a file with wrong rows as a whole, naming row and column; writes nothing', async () => {
    const file = sheet([
      row('2019年度区级劳动模范评选（错）', '劳动模范', '区级劳动模范', 'a'),
      row('2019年度区级劳动模范评选（错）', '劳动模范', '区级劳动模范', 'outsider'),
      row('2019年度区级劳动模范评选（错）', '劳动模范', '区级劳动模范', 'b', { organiser: w.elsewhere.name }),
      row('2019年度区级劳动模范评选（错）', '劳动模范', '区级劳动模范', 'c', { on: '2018-12-01' }),
      row('2019年度区级劳动模范评选（错）', '劳动模范', '市级劳动模范', 'd'),
      // a collective honour: the winner is a unit, named by its credit code
      row('2019年度区级劳动模范评选（错）', '先进集体', '', 'a').map((v, i) =>
        i === 5 ? `91110112MA01ABCD1${usccCheckChar('91110112MA01ABCD1')}` : v,
      ),
    ]);
    const res = await send(file, false);
    const error = res.json().error;
    expect(error.messageEn).toMatch(/^Row 3, "身份证号": No current member of your unions/);
    const errors = await kit.refused(file, [
      [3, '身份证号'],
      [4, '主办单位'],
      [5, '公布日期'],
      [6, '称号'],
      [7, '身份证号'],
    ]);
    expect(errors[1].messageZh).toBe(
      `本工会范围内没有「${w.elsewhere.name}」；请填写工会组织中该工会的全称、简称或统一社会信用代码`,
    );
    expect(errors[2].messageZh).toBe('公布日期 2018-12-01 早于评选年度 2019年');
    expect(error.messageZh).toMatch(/^第3行「身份证号」/);
    expect(errors[4].messageZh).toContain('集体荣誉');
  });

  it("tells a row's every problem in one check, none that follows from a cell that did not parse", async () => {
    const E = '2019年度区级劳动模范评选（多处错）';
    const errors = await kit.rowErrors(
      sheet([
        row(E, '劳动模范', '区级劳动模范', 'a'),
        // a day that does not parse beside a winner outside the subtree: both
        row(E, '劳动模范', '区级劳动模范', 'outsider', { on: '2019-13-01' }),
        // no name and an organiser too long to read: neither looked for, the name not compared
        row(E, '劳动模范', '区级劳动模范', 'b', { organiser: '工'.repeat(201) }).map((v, i) =>
          i === 4 ? '' : v,
        ),
        // no category beside an announcement before the year and another title of the category
        row(E, '', '市级劳动模范', 'c', { on: '2018-12-01' }),
        // a deed too long to read beside a second title of the category: told, and the row plans nothing
        row(E, '劳动模范', '市级劳动模范', 'd', { deed: '事'.repeat(4001) }),
      ]),
      [
        [3, '公布日期'],
        [3, '身份证号'],
        [4, '姓名'],
        [4, '主办单位'],
        [5, '类别'],
        [5, '公布日期'],
        [6, '主要事迹'],
        [6, '称号'],
      ],
    );
    expect(errors[1].messageEn).toContain('No current member of your unions');
    expect(errors[5].messageEn).toBe("Announced on 2018-12-01, before the selection's year 2019");
  });

  it('brings a past selection in final on its announcement day: award records, 2019 statistics, no one told', async () => {
    const edition = `2019年度区级劳动模范和优秀工会工作者评选${w.t.ctx.unique()}`;
    const hand = await w.t.call({
      method: 'POST',
      url: '/api/records',
      cookie: w.staff,
      body: {
        kind: 'award',
        personId: people.a.id,
        competition: edition,
        rank: '区级劳动模范',
        level: 'district',
        date: '2019-12-20',
      },
    });
    expect(hand.statusCode, hand.body).toBe(200);
    const file = sheet([
      row(edition, '劳动模范', '区级劳动模范', 'a', { deed: '攻克关键工艺难题' }),
      row(edition, '劳动模范', '', 'b'),
      row(edition, '优秀工会工作者', '', 'c', { organiser: w.district.name }),
    ]);
    const messages = async () =>
      (await w.t.db.query<{ n: number }>('select count(*)::int as n from messages')).rows[0].n;
    const before = await messages();

    await kit.dryRun(file, { total: 3, created: 3, selections: 1, categories: 2 });

    await kit.imported(file, {
      created: 3,
      selections: 1,
      categories: 2,
      errors: [],
    });

    const { rows: sel } = await w.t.db.query<{ id: number }>(
      'select id from selections where organiser_org_id = $1 and edition = $2',
      [w.district.id, edition],
    );
    const detail = await w.t.call({ method: 'GET', url: `/api/selections/${sel[0].id}`, cookie: w.staff });
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json()).toMatchObject({
      status: 'final',
      imported: true,
      title: '区级劳动模范',
      year: 2019,
      finalisedOn: '2019-12-20',
      nominateFrom: null,
      noticeFrom: null,
      noticeDays: null,
      judges: [],
      categories: [
        { name: '劳动模范', title: null, places: 2, nominated: 2 },
        { name: '优秀工会工作者', title: '优秀工会工作者', places: 1, nominated: 1 },
      ],
    });
    const nominations = await w.t.call({
      method: 'GET',
      url: `/api/selections/${sel[0].id}/nominations`,
      cookie: w.staff,
    });
    expect(nominations.statusCode, nominations.body).toBe(200);
    const winners = nominations.json().items as {
      id: number;
      personId: number;
      status: string;
      deed: string;
    }[];
    expect(winners.map((n) => [n.personId, n.status])).toEqual([
      [people.a.id, 'selected'],
      [people.b.id, 'selected'],
      [people.c.id, 'selected'],
    ]);

    // The records a live final publication writes: keyed by nomination, the hand-typed award taken over.
    const { rows: records } = await w.t.db.query<{
      personId: number;
      sourceRef: string;
      occurredOn: string;
      rank: string;
      level: string;
      issuer: string;
      title: string;
      subjectKey: string;
    }>(
      `select person_id as "personId", source_ref as "sourceRef", occurred_on::text as "occurredOn", rank, level,
              issuer, title, subject_key as "subjectKey"
         from records where competition = $1 order by person_id`,
      [edition],
    );
    expect(records).toEqual(
      winners.map((n, i) => ({
        personId: n.personId,
        sourceRef: `selection:${n.id}`,
        occurredOn: '2019-12-20',
        rank: i < 2 ? '区级劳动模范' : '优秀工会工作者',
        level: 'district',
        issuer: w.district.name,
        title: i < 2 ? '劳动模范' : '优秀工会工作者',
        subjectKey: `award:${edition}:2019:${i < 2 ? '区级劳动模范' : '优秀工会工作者'}:${n.personId}`,
      })),
    );
    expect(records.filter((r) => r.personId === people.a.id)).toHaveLength(1);

    // Counted on the announcement day at the winners' unions: the statistics of 2019 show the titles.
    const y2019 = await stats(2019);
    expect(y2019).toMatchObject({ nominations: 0, titles: 3 });
    expect(y2019.items).toEqual(
      expect.arrayContaining([
        { title: '区级劳动模范', category: '劳动模范', nominations: 0, titles: 2 },
        { title: '优秀工会工作者', category: '优秀工会工作者', nominations: 0, titles: 1 },
      ]),
    );
    expect((await stats(2020)).titles).toBe(0);

    // Told to nobody, published nowhere: no message, not on the public notice pages.
    expect(await messages()).toBe(before);
    const notices = await w.t.call({ method: 'GET', url: '/api/notice/selections' });
    expect((notices.json().items as { id: number }[]).map((n) => n.id)).not.toContain(sel[0].id);
    expect((await w.t.call({ method: 'GET', url: `/api/notice/selections/${sel[0].id}` })).statusCode).toBe(
      404,
    );
    const { rows: audit } = await w.t.db.query<{ n: number }>(
      `select count(*)::int as n from audit_log where action = 'selection.import' and org_id = $1`,
      [w.district.id],
    );
    expect(audit[0].n).toBe(1);

    // The same selection again (another file): on record as it stands, its rows skipped and counted.
    await kit.imported(resaved(file), { created: 0, onRecord: 3, selections: 0 });
    // A winner in a category the selection on record does not hold them in: refused, nothing added.
    const more = await send(
      sheet([row(edition, '劳动模范', '区级劳动模范', 'a'), row(edition, '优秀工会工作者', '', 'b')]),
      false,
    );
    expect(more.statusCode).toBe(400);
    const errors = more.json().error.details.errors as { rowNo: number; column: string; messageZh: string }[];
    expect(errors.map((e) => [e.rowNo, e.column])).toEqual([[3, '姓名']]);
    expect(errors[0].messageZh).toContain('已在平台上的评选不追加获评人员');
    expect((await stats(2019)).titles).toBe(3);
  });

  it('reads a messy register: headers reordered, full-width digits, Chinese dates, a 合计 row', async () => {
    const edition = `2018年度优秀工会工作者评选${w.t.ctx.unique()}`;
    const headers = [
      '姓名',
      '公民身份号码',
      '评选项目',
      '荣誉称号',
      '评选类别',
      '表彰日期',
      '年度',
      '主办单位',
    ];
    const file = sheet(
      [
        [
          people.d.name,
          people.d.idNumber,
          edition,
          '优秀工会工作者',
          '个人',
          '2019年1月10日',
          '２０１８年度',
          w.street.name,
        ],
        [
          people.c.name,
          people.c.idNumber,
          edition,
          '优秀工会工作者',
          '个人',
          '2019/1/10',
          '2018',
          w.street.name,
        ],
        ['合计', '', '', '', '', '', '', '2人'],
      ],
      headers,
    );
    await kit.imported(file, {
      created: 2,
      selections: 1,
      categories: 1,
      ignoredRows: [{ rowNo: 4, reason: 'total' }],
    });
    const { rows } = await w.t.db.query<{ year: number; status: string; imported: boolean }>(
      'select year, status, imported from selections where organiser_org_id = $1 and edition = $2',
      [w.street.id, edition],
    );
    expect(rows).toEqual([{ year: 2018, status: 'final', imported: true }]);
    // Announced in January 2019: counted in 2019 like a live selection made final that day.
    expect((await stats(2019)).items).toEqual(
      expect.arrayContaining([{ title: '优秀工会工作者', category: '个人', nominations: 0, titles: 2 }]),
    );
  });

  it('writes several selections of one file together: each on its own day, with its own records, counts and federation', async () => {
    const spring = `2021年度区级劳动模范评选${w.t.ctx.unique()}`;
    const autumn = `2022年度街道先进工作者评选${w.t.ctx.unique()}`;
    const file = sheet([
      row(spring, '劳动模范', '区级劳动模范', 'a', { year: '2021', on: '2021-04-28' }),
      row(autumn, '先进工作者', '', 'b', { year: '2022', on: '2022-10-09', organiser: w.street.name }),
      row(spring, '劳动模范', '区级劳动模范', 'd', { year: '2021', on: '2021-04-28' }),
    ]);
    await kit.imported(file, { created: 3, selections: 2, categories: 2 });

    const { rows: records } = await w.t.db.query<{
      personId: number;
      competition: string;
      occurredOn: string;
    }>(
      `select person_id as "personId", competition, occurred_on::text as "occurredOn" from records
        where competition = any($1::text[]) order by occurred_on, person_id`,
      [[spring, autumn]],
    );
    expect(records).toEqual([
      { personId: Math.min(people.a.id, people.d.id), competition: spring, occurredOn: '2021-04-28' },
      { personId: Math.max(people.a.id, people.d.id), competition: spring, occurredOn: '2021-04-28' },
      { personId: people.b.id, competition: autumn, occurredOn: '2022-10-09' },
    ]);
    // Each title counted in its own selection's year, not the other's.
    expect((await stats(2021)).items).toEqual(
      expect.arrayContaining([{ title: '区级劳动模范', category: '劳动模范', nominations: 0, titles: 2 }]),
    );
    expect((await stats(2022)).items).toEqual(
      expect.arrayContaining([{ title: '先进工作者', category: '先进工作者', nominations: 0, titles: 1 }]),
    );
    expect((await stats(2021)).items.some((i) => i.title === '先进工作者')).toBe(false);
    // The nominations carry the federation of their nominating union, given by the insert.
    const { rows: federations } = await w.t.db.query<{ federationId: number; expected: number }>(
      `select n.federation_id::int as "federationId", split_part(o.path, '/', 2)::int as expected
         from selection_nominations n join selections s on s.id = n.selection_id join orgs o on o.id = n.org_id
        where s.edition = any($1::text[])`,
      [[spring, autumn]],
    );
    expect(federations).toHaveLength(3);
    for (const f of federations) expect(f.federationId).toBe(f.expected);
  });
});
