/**
 * The register of past 送温暖 visits over HTTP and on the command line: the template, a dry run that writes nothing,
 * a wrong file refused whole naming rows and columns in both languages (another union's worker among them), the
 * 2019 visits counted on their days for their unions, listed with the union's visits, and the ledger sent again
 * skipping what is on record and refusing what differs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../test/clock.ts';
import { countOf, registerKit } from '../../../test/register-kit.ts';
import { appWorld } from '../../../test/world-kit.ts';
import { xlsx } from '../../shared/sheet-reader.test-kit.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import { CARE_VISITS_REGISTER } from './care.register.ts';
import { visitsOfPersons } from './index.ts';

const w = appWorld({
  app: { clock: fixedClock() },
  tree: {
    district: ['root/district', '走访测试区总工会'],
    firm: ['district/grassroots', '走访测试基层工会'],
    other: ['root/district', '别区走访总工会'],
  },
});
let staff: string;
let staffName: string;
const people: Record<'a' | 'b' | 'away', { id: number; name: string; idNumber: string }> = {} as never;

beforeAll(async () => {
  for (const [k, org] of [
    ['a', w.firm],
    ['b', w.firm],
    ['away', w.other],
  ] as const) {
    const idNumber = w.t.ctx.newIdNumber();
    const p = await w.t.ctx.newPerson(org, { idNumber });
    people[k] = { id: p.id, name: p.name, idNumber };
  }
  const user = await w.t.ctx.newUser('staff', w.district);
  staffName = user.username;
  staff = await w.t.login(user.username, user.password);
});

const visitsIn = () =>
  countOf(
    w.t,
    'select count(*)::int as n from care_visits v join orgs o on o.id = v.org_id where o.path like $1',
    [`${w.district.path}%`],
  );
const counted = (subject: string) =>
  countOf(
    w.t,
    `select coalesce(sum(n), 0)::int as n from report_counts c join orgs o on o.id = c.org_id
      where c.subject = $1 and o.path like $2 and c.month between '2019-01-01' and '2019-12-31'`,
    [subject, `${w.district.path}%`],
  );

const kit = registerKit({
  app: () => w.t,
  cookie: () => staff,
  importUrl: '/api/care/visits/import',
  register: CARE_VISITS_REGISTER,
  count: visitsIn,
});
const { sheetOf } = kit;

const person = (p: keyof typeof people, day: string, more: Record<string, string> = {}) => ({
  走访工会: w.district.name,
  走访日期: day,
  职工姓名: people[p].name,
  身份证号码: people[p].idNumber,
  走访人: '区总工会主席',
  ...more,
});
const unit = (name: string, day: string, n: string) => ({
  走访工会: w.firm.name,
  走访日期: day,
  对象类型: '企业',
  单位名称: name,
  惠及人数: n,
});

describe('the register of past care visits', () => {
  it('offers a template with its 填写说明', async () => {
    await kit.templateNames([
      '走访工会',
      '走访日期',
      '对象类型',
      '职工姓名',
      '身份证号码',
      '单位名称',
      '惠及人数',
      '走访人',
      '慰问物资',
      '慰问金（元）',
      '备注',
    ]);
  });

  it('refuses a wrong file whole, each problem of a row told once, naming rows and columns in both languages', async () => {
    const errors = await kit.refused(
      sheetOf([
        person('a', '2019-01-20'),
        // a worker of another district: not found among the visiting union's members
        person('away', '2019-01-20'),
        // a unit with no people, and a grant to it
        { ...unit('某企业', '2019-01-21', ''), '慰问金（元）': '500' },
        // a worker visit naming a unit too, and a name not the worker's
        person('b', '2019-01-22', { 单位名称: '某企业', 职工姓名: '别人' }),
        // no ID number for a worker
        { 走访工会: w.district.name, 走访日期: '2019-01-23', 职工姓名: '某人' },
        // a union outside the importer's subtree
        person('a', '2019-01-24', { 走访工会: w.other.name }),
      ]),
      [
        [3, '身份证号码'],
        [4, '慰问金（元）'],
        [4, '惠及人数'],
        [5, '单位名称'],
        [5, '职工姓名'],
        [6, '身份证号码'],
        [7, '走访工会'],
      ],
    );
    expect(errors[0].messageZh).toContain('走访工会及其下级工会中没有身份证号为');
    expect(errors[2].messageEn).toBe('Give the workers a visit to a unit reached (above zero)');
  });

  it('brings the 2019 visits in on their days, counted and listed; sent again, skips what is on record', async () => {
    const ROWS = [
      person('a', '2019-01-20', { '慰问金（元）': '500' }),
      person('b', '2019/1/21', { 对象类型: '职工', 慰问物资: '米面油一份', 备注: '春节前走访' }),
      unit('走访测试企业', '2019年1月22日', '35'),
    ];
    await kit.dryRun(sheetOf(ROWS), { created: 3, people: 37, grantFen: 50_000 });
    await kit.imported(sheetOf(ROWS), { created: 3, people: 37, grantFen: 50_000 });
    expect(await counted('care.visits')).toBe(3);
    expect(await counted('care.people')).toBe(37);

    const list = await kit.got(`/api/care/visits?orgId=${w.district.id}`);
    expect(list.total).toBe(3);
    expect(list.items[0]).toMatchObject({
      visitedOn: '2019-01-22',
      orgName: w.firm.name,
      recipientKind: 'enterprise',
      recipient: '走访测试企业',
      people: 35,
      campaign: null,
      goods: [],
      goodsWritten: null,
    });
    expect(list.items[1]).toMatchObject({ goods: [], goodsWritten: '米面油一份', note: '春节前走访' });
    expect(list.items[2]).toMatchObject({
      recipient: people.a.name,
      grantFen: 50_000,
      visitors: '区总工会主席',
    });
    // a hardship file's history shows the grant paid, as it was, outside the platform
    const visits = await visitsOfPersons(w.t.db, [people.a.id]);
    expect(visits.map((v) => [v.grantFen, v.paidFen])).toEqual([[50_000, 50_000]]);
    // the export says of each, as the list does, that it waits for confirming, where it left the cell empty
    const file = await w.t.call({
      method: 'GET',
      url: `/api/care/visits.xlsx?orgId=${w.district.id}`,
      cookie: staff,
    });
    const sheet = await readSheet(file.rawPayload, 'visits.xlsx', {
      isHeader: (c) => c.includes('走访日期'),
    });
    expect(sheet.rows.map((r) => r.cells[sheet.headers.indexOf('确认')])).toEqual([
      '待确认',
      '待确认',
      '待确认',
      '', // the 合计 row
    ]);

    // the ledger sent again, rows in another order: every visit on record, skipped
    await kit.imported(sheetOf([ROWS[2], ROWS[0], ROWS[1]]), { created: 0, onRecord: 3 });
    expect(await counted('care.visits')).toBe(3);
    // one on record with another grant: refused, the grant on record kept
    const errors = await kit.refused(sheetOf([person('a', '2019-01-20', { '慰问金（元）': '600' })]), [
      [2, '慰问金（元）'],
    ]);
    expect(errors[0].messageZh).toBe(
      `2019-01-20对${people.a.name}的走访已登记，平台上是“500.00”，本表是“600.00”`,
    );
    // the same visit twice in one file
    await kit.refused(sheetOf([unit('新企业', '2019-03-01', '5'), unit('新企业', '2019-03-01', '5')]), [
      [3, '走访日期'],
    ]);
    // its goods written otherwise: refused too, naming the column
    await kit.refused(sheetOf([person('b', '2019/1/21', { 慰问物资: '棉衣一件', 备注: '春节前走访' })]), [
      [2, '慰问物资'],
    ]);
  });

  it("reads a clerk's merged and hidden rows as the sheet shows them; a figure merged over rows is refused", async () => {
    await w.t.ctx.newOrg(w.district, 'grassroots', '走访正式名称测试公司工会');
    const cell = (text: string) => `<c t="inlineStr"><is><t>${text}</t></is></c>`;
    const line = (r: number, cells: string[], hidden = false) =>
      `<row r="${r}"${hidden ? ' hidden="1"' : ''}>${cells.map(cell).join('')}</row>`;
    const HEAD = ['走访工会', '走访日期', '对象类型', '单位名称', '惠及人数'];
    const sheetWith = (rows: string[][], merges: string[], hidden: number[] = []) =>
      xlsx([
        {
          name: '走访台账',
          xml: [HEAD, ...rows].map((cells, i) => line(i + 1, cells, hidden.includes(i + 1))).join(''),
          tail: `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`,
        },
      ]);
    // one union merged down its three visits (A2:A4), the file holding it in the top cell only; row 5 hidden
    const shown = sheetWith(
      [
        [w.firm.name, '2019-06-01', '企业', '合并甲企业', '3'],
        ['', '2019-06-02', '企业', '合并乙企业', '4'],
        ['', '2019-06-03', '企业', '合并丙企业', '5'],
        // a union by its formal name, 工会委员会 for 工会
        ['走访正式名称测试公司工会委员会', '2019-06-04', '企业', '隐藏丁企业', '6'],
      ],
      ['A2:A4'],
      [5],
    );
    const answer = await kit.dryRun(shown, { total: 4, created: 4, people: 18 });
    expect(answer.warnings).toEqual([
      expect.objectContaining({ rowNo: 5, zh: expect.stringContaining('第5行在 Excel 中是隐藏的') }),
    ]);
    expect(answer.warnings[0].en).toContain('Row 5 is hidden in Excel');
    // the people reached merged over two visits: each visit's, or the two together? refused on both rows
    const errors = await kit.rowErrors(
      sheetWith(
        [
          [w.firm.name, '2019-06-05', '企业', '合并戊企业', '9'],
          [w.firm.name, '2019-06-06', '企业', '合并己企业', ''],
        ],
        ['E2:E3'],
      ),
      [
        [2, '惠及人数'],
        [3, '惠及人数'],
      ],
    );
    expect(errors[0].messageZh).toContain('是跨多行合并的单元格');
    expect(errors[1].messageEn).toContain('merged over several rows');
  });

  it('imports on the command line as a named user, refusing a bad sheet', async () => {
    await kit.cliImports('care-visits', staffName, {
      good: sheetOf([unit('命令行企业', '2019-05-01', '8')]),
      bad: sheetOf([unit('命令行企业', '2019-05-01', '0')]),
      named: ['第2行 [惠及人数]'],
      added: 1,
    });
  });

  it("reads a ledger's one 慰问对象 column as the worker on a worker's row and the unit on a unit's", async () => {
    const headers = ['走访工会', '走访日期', '对象类型', '慰问对象', '身份证号码', '惠及人数'];
    const rows = [
      {
        走访工会: w.firm.name,
        走访日期: '2019-06-01',
        对象类型: '社区',
        慰问对象: '对象测试社区',
        惠及人数: '12',
      },
      {
        走访工会: w.firm.name,
        走访日期: '2019-06-01',
        慰问对象: people.a.name,
        身份证号码: people.a.idNumber,
      },
    ];
    await kit.imported(sheetOf(rows, headers), { created: 2 });
    const list = await kit.got(`/api/care/visits?orgId=${w.firm.id}`);
    const june = list.items.filter((v: { visitedOn: string }) => v.visitedOn === '2019-06-01');
    expect(june.map((v: { recipient: string }) => v.recipient).sort()).toEqual(
      ['对象测试社区', people.a.name].sort(),
    );
    // a unit's row naming a worker by ID number too is refused: its 慰问对象 is then a worker's name, no unit's
    await kit.refused(
      sheetOf([{ ...rows[0], 走访日期: '2019-06-02', 身份证号码: people.b.idNumber }], headers),
      [
        [2, '身份证号码'],
        [2, '单位名称'],
      ],
    );
  });
});
