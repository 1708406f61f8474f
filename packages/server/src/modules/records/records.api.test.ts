import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, multipart } from '../../../test/api.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import type { OrgRow } from '../org/index.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;
let staff: string;
let grassroots: OrgRow;
const members: { id: number; name: string; idNumber: string }[] = [];
let outsider: { idNumber: string };

beforeAll(async () => {
  t = await createTestApp();
  const root = await t.ctx.newRoot();
  const district = await t.ctx.newOrg(root, 'district');
  grassroots = await t.ctx.newOrg(district, 'grassroots');
  for (let i = 0; i < 4; i++) {
    const idNumber = t.ctx.newIdNumber();
    const p = await t.ctx.newPerson(grassroots, { idNumber, name: `会员${i}` });
    members.push({ id: p.id, name: p.name, idNumber });
  }
  const otherIdNumber = t.ctx.newIdNumber();
  await t.ctx.newPerson(await t.ctx.newOrg(root, 'district'), { idNumber: otherIdNumber });
  outsider = { idNumber: otherIdNumber };
  staff = await t.signInAs('staff', district);
});

afterAll(async () => {
  await t?.close();
});

const count = async (kind: string) =>
  (await t.db.query<{ n: number }>('select count(*) as n from records where kind = $1', [kind])).rows[0].n;

/** A register file of records uploaded by the district's staff (`query` names the kind and the mode). */
const upload = (query: string, name: string, file: Buffer) =>
  t.call({ method: 'POST', url: `/api/records/import?${query}`, cookie: staff, ...multipart(name, file) });

/** The district's staff enters a champion's award of 2020-10-10 for the first member, in `fields`' competition and level. */
const enterAward = (fields: { competition: string; level: string }) =>
  t.call({
    method: 'POST',
    url: '/api/records',
    cookie: staff,
    body: { kind: 'award', personId: members[0].id, ...fields, rank: '冠军', date: '2020-10-10' },
  });

describe('records over HTTP', () => {
  it('enters an award with validated fields and reads it back', async () => {
    const res = await enterAward({ competition: '北京市职工职业技能大赛', level: 'national' });
    expect(res.statusCode, res.body).toBe(200);
    const [rec] = res.json().items;
    expect(rec).toMatchObject({ kind: 'award', level: 'national', rank: '冠军', year: 2020 });
    const one = await t.call({ method: 'GET', url: `/api/records/${rec.id}`, cookie: staff });
    expect(one.json().personName).toBe(members[0].name);
    const bad = await enterAward({ competition: 'x', level: 'galactic' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.messageZh).toBeTruthy();
  });

  it('serves an import template per kind, with notes', async () => {
    for (const kind of ['certificate', 'award', 'training', 'patent']) {
      const res = await t.call({
        method: 'GET',
        url: `/api/records/template.xlsx?kind=${kind}`,
        cookie: staff,
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const sheet = await readSheet(res.rawPayload, 't.xlsx');
      expect(sheet.headers.length).toBeGreaterThan(3);
      expect(sheet.rows).toEqual([]);
    }
    const cert = await readSheet(
      (await t.call({ method: 'GET', url: '/api/records/template.xlsx?kind=certificate', cookie: staff }))
        .rawPayload,
      't.xlsx',
    );
    expect(cert.headers).toEqual([
      '身份证号',
      '姓名',
      '职业（工种）',
      '等级',
      '发证机构',
      '证书编号',
      '发证日期',
    ]);
  });

  it('imports all or nothing: one bad row and nothing is stored', async () => {
    const csv = [
      '身份证号,姓名,职业（工种）,等级,发证机构,证书编号,发证日期',
      `${members[0].idNumber},${members[0].name},电工,三级,人社局,IMP-1,2020/5/3`,
      `${members[1].idNumber},${members[1].name},焊工,六级,人社局,IMP-2,2020-06-01`,
      `${outsider.idNumber},某人,钳工,二级,人社局,IMP-3,2020-06-01`,
      `${members[2].idNumber},张冠李戴,钳工,二级,人社局,IMP-4,2020-06-01`,
      `${members[3].idNumber},${members[3].name},钳工,二级,人社局,IMP-1,2020-06-01`,
      `110101199003077777,,钳工,二级,人社局,IMP-5,2020-06-01`,
    ].join('\n');
    const before = await count('certificate');
    const res = await upload('kind=certificate&mode=all', '证书.csv', Buffer.from(csv, 'utf8'));
    expect(res.statusCode, res.body).toBe(400);
    const body = res.json().error;
    expect(body.code).toBe('IMPORT_ROWS_INVALID');
    expect(body.messageZh).toContain('第3行');
    const errors = body.details.errors as {
      rowNo: number;
      column: string;
      messageZh: string;
      messageEn: string;
    }[];
    expect(errors.map((e) => [e.rowNo, e.column])).toEqual([
      [3, '等级'],
      [4, '身份证号'],
      [5, '姓名'],
      [6, ''],
      [7, '身份证号'],
    ]);
    expect(errors[0].messageZh).toContain('六级');
    expect(errors[1].messageZh).toContain('不是本工会管理范围内的会员');
    expect(errors[3].messageZh).toBe('与第2行是同一职业资格证书');
    expect(errors.every((e) => e.messageEn.length > 0)).toBe(true);
    expect(await count('certificate')).toBe(before);
  });

  it('imports the valid rows only, and then refuses them as already on record', async () => {
    const wb = writeWorkbook([
      {
        name: '培训',
        headers: ['身份证号', '姓名', '培训课程', '培训机构', '培训费（元）', '证书编号', '结业日期'],
        rows: [
          [
            members[0].idNumber,
            members[0].name,
            '计算机辅助设计（CAD）',
            '区总工会',
            '1,200.50',
            'PX1',
            '2020-11-01',
          ],
          [members[1].idNumber, '', '平面设计师', '区总工会', '800', '', '2020年11月2日'],
          [members[2].idNumber, '', '三维设计师', '区总工会', '八百', '', '2020-11-03'],
        ],
      },
    ]);
    const res = await upload('kind=training&mode=valid', '培训.xlsx', wb);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ kind: 'training', mode: 'valid', total: 3, imported: 2, skipped: 1 });
    expect(res.json().errors).toEqual([
      expect.objectContaining({
        rowNo: 4,
        column: '培训费（元）',
        messageEn: expect.stringContaining('八百'),
      }),
    ]);
    const { rows } = await t.db.query<{ fee: number; source: string }>(
      `select fee_fen as fee, source from records where kind = 'training' order by fee_fen`,
    );
    expect(rows).toEqual([
      { fee: 80000, source: 'import' },
      { fee: 120050, source: 'import' },
    ]);
    const audit = await t.db.query(`select after from audit_log where action = 'record.import'`);
    expect(audit.rows).toHaveLength(1);
    const again = await upload('kind=training&mode=valid', '培训.xlsx', wb);
    expect(again.json()).toMatchObject({ imported: 0, skipped: 3 });
    expect(again.json().errors[0].messageZh).toContain('已登记');
  });

  it('imports patents with inventors in order, and awards given as JSON', async () => {
    const csv = [
      '专利号,专利名称,专利类型,授权日期,发明人身份证号',
      `ZL2021100000011,一种焊接夹具,发明,2021-06-01,${members[2].idNumber}；${members[3].idNumber}`,
      `ZL2021200000022,一种量具,实用新型,2021-07-01,${members[3].idNumber}`,
    ].join('\r\n');
    const res = await t.call({
      method: 'POST',
      url: '/api/records/import?kind=patent',
      cookie: staff,
      body: { fileName: 'patents.csv', contentBase64: Buffer.from(`\ufeff${csv}`).toString('base64') },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ imported: 2, skipped: 0 });
    const { rows } = await t.db.query<{ person_id: number; inventor_order: number; patent_type: string }>(
      `select person_id, inventor_order, patent_type from records where subject_key = 'patent:ZL2021100000011' order by inventor_order`,
    );
    expect(rows).toEqual([
      { person_id: members[2].id, inventor_order: 1, patent_type: 'invention' },
      { person_id: members[3].id, inventor_order: 2, patent_type: 'invention' },
    ]);
  });

  it('refuses a sheet without the required columns, an empty file and a wrong file type', async () => {
    const noCols = await upload('kind=award', 'a.csv', Buffer.from('身份证号,竞赛名称\n1,2\n'));
    expect(noCols.statusCode).toBe(400);
    expect(noCols.json().error.code).toBe('IMPORT_COLUMNS_MISSING');
    expect(noCols.json().error.messageZh).toContain('竞赛级别');
    const wrong = await upload('kind=award', 'a.pdf', Buffer.from('%PDF'));
    expect(wrong.json().error.code).toBe('IMPORT_FILE_TYPE');
    const none = await t.call({
      method: 'POST',
      url: '/api/records/import?kind=award',
      cookie: staff,
      body: {},
    });
    expect(none.json().error.code).toBe('IMPORT_FILE_MISSING');
    const empty = await upload(
      'kind=award',
      'a.csv',
      Buffer.from('身份证号,竞赛名称,竞赛级别,名次,获奖日期\n'),
    );
    expect(empty.json().error.code).toBe('IMPORT_EMPTY');
  });
});
