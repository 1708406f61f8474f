import { describe, expect, it } from 'vitest';
import { refusedWhole, resaved } from '../../../test/register-kit.ts';
import { serviceWorld } from '../../../test/world-kit.ts';
import { AppError } from '../../shared/errors.ts';
import { createWellnessService } from './wellness.service.ts';
import { newWellnessDistrict, unionPaidProgram, wellnessRegisterSheet } from './wellness.test-kit.ts';

/**
 * The 疗休养/体检 register written set-based (issue 42) keeps the order a batch's list was made in: a worker who
 * left the list may come back on it later in the same file, while a worker put on a list they are still on
 * refuses the whole file, as writing the nominations one by one refused it.
 */
const sheet = wellnessRegisterSheet;

describe('the 疗休养/体检 register, written set-based', () => {
  const world = serviceWorld({
    at: '2026-03-15T02:00:00Z',
    service: (db, clock, t) => createWellnessService(db, t.services.ids, clock),
  });

  async function setUp() {
    const { d, firm, clerk, program, instName } = await newWellnessDistrict(world.t, world.svc, world.root);
    const people = await Promise.all(
      [1, 2, 3].map(async () => {
        const idNumber = world.t.newIdNumber();
        return { idNumber, ...(await world.t.newPerson(firm, { idNumber })) };
      }),
    );
    const row = (p: (typeof people)[number], rest: string[]) => [
      program.name,
      '2025年第1期',
      instName,
      '2025-08-10',
      '2025-08-14',
      '2025-08-01',
      20,
      firm.name,
      p.idNumber,
      p.name,
      ...rest,
    ];
    return { d, clerk, program, people, row, firm };
  }

  it('puts back on the list a worker who was replaced earlier in the file', async () => {
    const { clerk, program, people, row } = await setUp();
    const [x, y] = people;
    const file = sheet([
      row(x, ['2025-07-01', '被替换', '', y.idNumber, '']),
      row(y, ['2025-07-05', '', '', '', '是']),
      row(x, ['2025-07-10', '', '', '', '否']),
    ]);
    const done = await world.svc.register.importFile(clerk, { file, fileName: 'back.xlsx', dryRun: false });
    expect(done).toMatchObject({ created: 3, substituted: 1, attended: 1, absent: 1 });
    const [batch] = (await world.svc.getProgram(clerk, program.id)).batches;
    const page = await world.svc.getBatch(clerk, batch.id);
    expect(page.figures).toEqual({ nominated: 3, substituted: 1, withdrawn: 0, attended: 1, noShows: 1 });
    expect(page.allocations).toMatchObject([{ quota: 2, used: 2 }]);
    const byStatus = page.nominations.map((n) => [n.personId, n.status, n.replacedBy === null]);
    expect(byStatus).toEqual(
      expect.arrayContaining([
        [x.id, 'nominated', true],
        [y.id, 'nominated', true],
        [x.id, 'replaced', false],
      ]),
    );
    const replaced = page.nominations.find((n) => n.status === 'replaced');
    expect(page.nominations.find((n) => n.id === replaced?.replacedBy)?.personId).toBe(y.id);
    // the federation given by the statement is the one the row trigger fills for a nomination entered live
    const { rows } = await world.db.query<{ wrong: number }>(
      `select (select count(*) from wellness_nominations
                where batch_id = $1 and federation_id is distinct from org_federation_id(org_id))::int
            + (select count(*) from wellness_allocations
                where batch_id = $1 and federation_id is distinct from org_federation_id(org_id))::int as wrong`,
      [batch.id],
    );
    expect(rows[0].wrong).toBe(0);
    // a nomination's batch and union are its quota's: one written with another union is refused (one foreign key
    // to the quota's id, batch and union, migration 005)
    const other = world.db.query(
      `insert into wellness_nominations (batch_id, allocation_id, org_id, person_id, nominated_on, status, ended_on)
       select a.batch_id, a.id, $2, $3, '2025-07-01', 'withdrawn', '2025-07-02'
         from wellness_allocations a where a.batch_id = $1`,
      [batch.id, world.root.id, x.id],
    );
    await expect(other).rejects.toThrow(/foreign key/);
  });

  it('tells a substitute ID that is no ID number, one not registered and one with no row apart', async () => {
    const { clerk, people, row, firm } = await setUp();
    const [x, y, z] = people;
    const registered = world.t.newIdNumber();
    await world.t.newPerson(firm, { idNumber: registered });
    const bad = `${y.idNumber.slice(0, 17)}${y.idNumber.endsWith('0') ? '1' : '0'}`;
    const file = sheet([
      row(x, ['2025-07-01', '被替换', '', bad, '']),
      row(y, ['2025-07-01', '被替换', '', world.t.newIdNumber(), '']),
      row(z, ['2025-07-01', '被替换', '', registered, '']),
    ]);
    const dry = await world.svc.register.importFile(clerk, { file, fileName: 'subs.xlsx', dryRun: true });
    const said = dry.errors
      .filter((e) => e.column === '替补人身份证号')
      .sort((a, b) => a.rowNo - b.rowNo)
      .map((e) => e.messageZh);
    expect(said).toEqual([
      expect.stringMatching(/^替补人身份证号「.+」：/),
      '人员名册中没有此替补人，请先导入名册',
      '替补人在本批次中没有一行：请为替补人另加一行，推荐日期为替换当天',
    ]);
  });

  it('points a replaced nominee at the substitute’s own row when that row has an error', async () => {
    const { clerk, people, row } = await setUp();
    const [x, y] = people;
    const substitute = row(y, ['2025-07-05', '', '', '', '是']);
    substitute[7] = '不存在的工会';
    const file = sheet([row(x, ['2025-07-01', '被替换', '', y.idNumber, '']), substitute]);
    const dry = await world.svc.register.importFile(clerk, { file, fileName: 'own-row.xlsx', dryRun: true });
    expect(dry.errors.some((e) => e.rowNo === 3)).toBe(true);
    const told = dry.errors.find((e) => e.rowNo === 2 && e.column === '替补人身份证号');
    expect(told?.messageZh).toBe('替补人所在的第3行有错误：改正该行即可');
    expect(told?.messageEn).toBe("The substitute's own row 3 has an error: correct that row");
  });

  it("tells a row's every problem in one check: a day that does not parse hides neither its batch nor its name", async () => {
    const { clerk, program, people, row, firm } = await setUp();
    const [x, y, z] = people;
    const later = [program.name, '2025年第1期', '', '', '', '', '', firm.name, y.idNumber, y.name];
    const first = row(x, ['2025/13/40', '', '', '', '']);
    first[9] = '别人';
    const file = sheet([
      // a nomination day that does not parse beside a name not the worker's: both; the batch read from its row
      first,
      // a later row of the batch: it takes the batch from the row above
      [...later, '2025-07-05', '', '', '', '是'],
      // an end day that does not parse beside a union not found: no 'a withdrawal needs its day'
      [...row(z, ['2025-07-05', '退出', '2025-07-99', '', ''])].map((c, i) => (i === 7 ? '不存在的工会' : c)),
    ]);
    await refusedWhole(
      (dryRun) => world.svc.register.importFile(clerk, { file, fileName: 'every.xlsx', dryRun }),
      [
        [2, '推荐日期'],
        [2, '姓名'],
        [4, '变动日期'],
        [4, '推荐工会'],
      ],
      async () => (await world.svc.getProgram(clerk, program.id)).batches,
    );
    expect((await world.svc.getProgram(clerk, program.id)).batches).toHaveLength(0);
  });

  it('tells a union the caller may name but outside the program’s union that it is outside, not missing', async () => {
    const { d, program, people, row } = await setUp();
    const elsewhere = await world.t.newOrg(await world.t.newOrg(world.root, 'district'), 'grassroots');
    const city = world.t.actor('staff', world.root);
    const file = sheet([
      row(people[0], ['2025-07-01', '', '', '', '']).map((c, i) => (i === 7 ? elsewhere.name : c)),
    ]);
    const dry = await world.svc.register.importFile(city, { file, fileName: 'outside.xlsx', dryRun: true });
    const told = dry.errors.find((e) => e.rowNo === 2 && e.column === '推荐工会');
    expect(told?.messageZh).toBe(
      `「${elsewhere.name}」不在项目「${program.name}」所属的${d.name}之下，不能推荐该项目的人选`,
    );
    expect(told?.messageEn).toContain(`is not under ${d.name}`);
    // a program whose name carries its own 「」 is not quoted again
    const own = `「双千工程」职工疗休养${world.t.unique()}`;
    await world.svc.createProgram(world.t.actor('staff', d), unionPaidProgram(d.id, own));
    const ownFile = sheet([
      row(people[0], ['2025-07-01', '', '', '', '']).map((c, i) =>
        i === 0 ? own : i === 7 ? elsewhere.name : c,
      ),
    ]);
    const ownDry = await world.svc.register.importFile(city, {
      file: ownFile,
      fileName: 'own.xlsx',
      dryRun: true,
    });
    expect(ownDry.errors.find((e) => e.rowNo === 2 && e.column === '推荐工会')?.messageZh).toBe(
      `「${elsewhere.name}」不在项目${own}所属的${d.name}之下，不能推荐该项目的人选`,
    );
  });

  it('suggests the program a misspelt name may mean, and says the years of one whose name matches', async () => {
    const { clerk, program, people, row } = await setUp();
    const misspelt = row(people[0], ['2025-07-01', '', '', '', '']);
    misspelt[0] = `${program.name.slice(0, -1)}误`;
    const late = row(people[1], ['2025-07-01', '', '', '', '']);
    late[1] = '2031年第1期';
    late[3] = '2031-08-10';
    late[4] = '2031-08-14';
    const file = sheet([misspelt, late]);
    const dry = await world.svc.register.importFile(clerk, { file, fileName: 'names.xlsx', dryRun: true });
    const said = (rowNo: number) => dry.errors.find((e) => e.rowNo === rowNo && e.column === '项目名称');
    expect(said(2)?.messageZh).toBe(`本工会范围内没有这个项目（您是否指：「${program.name}」？）`);
    expect(said(2)?.messageEn).toBe(`No such program in your subtree (Did you mean: "${program.name}"?)`);
    expect(said(3)?.messageZh).toMatch(/^该项目的年度（\d{4}—\d{4}）不含批次开始日期2031-08-10$/);
  });

  it('points a new batch’s later rows at its first row when that row’s batch could not be read', async () => {
    const { clerk, program, people, row, firm } = await setUp();
    const [x, y] = people;
    const later = [program.name, '2025年第1期', '', '', '', '', '', firm.name, y.idNumber, y.name];
    const first = row(x, ['2025-07-01', '', '', '', '']);
    first[0] = '项'.repeat(201);
    const file = sheet([first, [...later, '2025-07-05', '', '', '', '是']]);
    const dry = await world.svc.register.importFile(clerk, { file, fileName: 'first.xlsx', dryRun: true });
    expect(dry.errors.find((e) => e.rowNo === 2)?.column).toBe('项目名称');
    const told = dry.errors.filter((e) => e.rowNo === 3);
    expect(told.length).toBeGreaterThan(0);
    for (const e of told) {
      expect(e.messageZh).toContain('第2行有错误未能读入');
      expect(e.messageEn).toContain('row 2 could not be read');
    }
  });

  it('names the batches on the platform that hold a year’s places when a new batch finds none left', async () => {
    const { clerk, people, row } = await setUp();
    const [x, y, z] = people;
    const batch = (title: string, p: (typeof people)[number]) =>
      row(p, ['2025-07-01', '', '', '', '']).map((c, i) => (i === 1 ? title : i === 6 ? 50 : c));
    const file = sheet([batch('2025年第1期', x), batch('2025年第2期', y)]);
    await world.svc.register.importFile(clerk, { file, fileName: 'year.xlsx', dryRun: false });
    const third = sheet([batch('2025年第3期', z)]);
    const dry = await world.svc.register.importFile(clerk, {
      file: third,
      fileName: 'more.xlsx',
      dryRun: true,
    });
    const said = dry.errors.find((e) => e.column === '批次名额');
    expect(said?.messageZh).toBe(
      '项目2025年的名额只剩0个：已被平台上的批次「2025年第1期」、「2025年第2期」占用；这些批次的名单请填写与平台上相同的批次名称导入',
    );
  });

  it('refuses the whole file when a worker still on the list is put on it again', async () => {
    const { clerk, program, people, row } = await setUp();
    const [x, y] = people;
    const file = sheet([
      row(y, ['2025-07-01', '', '', '', '']),
      row(x, ['2025-07-01', '', '', '', '']),
      row(x, ['2025-07-02', '退出', '2025-07-03', '', '']),
    ]);
    const dry = await world.svc.register.importFile(clerk, { file, fileName: 'twice.xlsx', dryRun: true });
    expect(dry.errors).toEqual([]);
    let refused: unknown;
    try {
      await world.svc.register.importFile(clerk, { file, fileName: 'twice.xlsx', dryRun: false });
    } catch (e) {
      refused = e;
    }
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('WELLNESS_ALREADY_NOMINATED');
    expect((await world.svc.getProgram(clerk, program.id)).batches).toHaveLength(0);
  });

  describe('sent again (ADR 150)', () => {
    /** A batch's list of three: x on the list and present, y replaced by z, z on the list and absent. */
    async function listed() {
      const set = await setUp();
      const [x, y, z] = set.people;
      const rows = [
        set.row(x, ['2025-07-01', '', '', '', '是']),
        set.row(y, ['2025-07-01', '被替换', '', z.idNumber, '']),
        set.row(z, ['2025-07-05', '', '', '', '否']),
      ];
      const first = await world.svc.register.importFile(set.clerk, {
        file: sheet(rows),
        fileName: 'list.xlsx',
        dryRun: false,
      });
      expect(first).toMatchObject({ created: 3, onRecord: 0, batches: 1 });
      const [batch] = (await world.svc.getProgram(set.clerk, set.program.id)).batches;
      /** The batch as it stands: its list, its quotas and its figures. */
      const held = async () => {
        const page = await world.svc.getBatch(set.clerk, batch.id);
        const list = page.nominations.map((n) => [n.personId, n.status, n.attendance, n.attendanceOn]);
        return { list: list.sort(), allocations: page.allocations, figures: page.figures };
      };
      return { ...set, rows, batch, held };
    }

    it('skips and counts every row of the same sheet sent again, creating nothing', async () => {
      const { d, clerk, rows, people, held } = await listed();
      // a worker who has since moved to another union: their nomination on record stands as the row gives it
      const elsewhere = await world.t.newOrg(d, 'grassroots');
      await world.t.services.people.transferMember(clerk, people[0].id, elsewhere.id, '2026-03-15');
      const before = await held();
      const file = resaved(sheet(rows));
      const dry = await world.svc.register.importFile(clerk, { file, fileName: 'again.xlsx', dryRun: true });
      expect(dry).toMatchObject({ errors: [], created: 0, onRecord: 3, batches: 0, substituted: 0 });
      const done = await world.svc.register.importFile(clerk, {
        file,
        fileName: 'again.xlsx',
        dryRun: false,
      });
      expect(done).toMatchObject({ created: 0, onRecord: 3, batches: 0 });
      expect(await held()).toEqual(before);
    });

    it('refuses a row differing from its nominee on record, per column, and writes nothing', async () => {
      const { clerk, rows, people, row, held } = await listed();
      const [x, y] = people;
      const file = resaved(
        sheet([
          row(x, ['2025-07-01', '', '', '', '否']),
          row(y, ['2025-07-01', '退出', '2025-07-03', '', '']),
          rows[2],
        ]),
      );
      const errors = await refusedWhole(
        (dryRun) => world.svc.register.importFile(clerk, { file, fileName: 'differs.xlsx', dryRun }),
        [
          [2, '是否到场'],
          [3, '名单状态'],
          [3, '变动日期'],
          [3, '替补人身份证号'],
        ],
        held,
      );
      expect(errors[0].messageZh).toBe('该职工在本批次2025-07-01的推荐已登记，平台上是“是”，本表是“否”');
      expect(errors[0].messageEn).toBe(
        "This worker's nomination of 2025-07-01 to the batch is on record with “yes (present)”; this sheet gives “no (absent)”",
      );
      expect(errors[1].messageZh).toBe(
        '该职工在本批次2025-07-01的推荐已登记，平台上是“被替换”，本表是“退出”',
      );
      expect(errors[2].messageZh).toBe(
        '该职工在本批次2025-07-01的推荐已登记，平台上是“2025-07-05”，本表是“2025-07-03”',
      );
      expect(errors[3].messageZh).toBe(
        `该职工在本批次2025-07-01的推荐已登记，平台上是“${people[2].name}”，本表是“（空）”`,
      );
    });

    it('creates the new rows of a sheet mixing them with rows on record, by every rule of a new nomination', async () => {
      const { clerk, rows, row, firm, program, people, held } = await listed();
      const x = people[0];
      const idNumber = world.t.newIdNumber();
      const w = { idNumber, ...(await world.t.newPerson(firm, { idNumber })) };
      const other = row(x, ['2025-07-02', '', '', '', '']).map((c, i) => (i === 1 ? '2025年第2期' : c));
      const grown = [...rows, row(w, ['2025-07-08', '', '', '', '是']), other];
      // a new row is held to the rules of a new nomination: x is on the batch's list already, and a new row cannot
      // make x's nomination on record a substitute
      const check = async (extra: (string | number)[]) =>
        (
          await world.svc.register.importFile(clerk, {
            file: sheet([...grown, extra]),
            fileName: 'wrong.xlsx',
            dryRun: true,
          })
        ).errors.map((e) => [e.rowNo, e.column, e.messageZh]);
      expect(await check(row(x, ['2025-07-09', '', '', '', '']))).toEqual([
        [7, '身份证号', '此人在本批次名单中已有一行'],
      ]);
      expect(await check(row(w, ['2025-07-01', '被替换', '', x.idNumber, '']))).toEqual([
        [7, '替补人身份证号', expect.stringContaining('替补人的第2行是平台上已登记的推荐')],
      ]);
      const done = await world.svc.register.importFile(clerk, {
        file: sheet(grown),
        fileName: 'grown.xlsx',
        dryRun: false,
      });
      expect(done).toMatchObject({ created: 2, onRecord: 3, batches: 1, attended: 1 });
      const now = await held();
      expect(now.figures).toEqual({ nominated: 4, substituted: 1, withdrawn: 0, attended: 2, noShows: 1 });
      // the union's quota raised for w, as for any new nominee
      expect(now.allocations).toMatchObject([{ quota: 3, used: 3 }]);
      expect(now.list.filter(([p]) => p === w.id)).toEqual([[w.id, 'nominated', 'attended', '2025-08-14']]);
      expect((await world.svc.getProgram(clerk, program.id)).batches).toHaveLength(2);
    });
  });
});
