/**
 * The `search` vector of an achievement brought in by the register (issue 42: its labels are cut once per set of
 * labels, not row by row) is the one the form writes: title, abstract and the labels of its studio, union, type,
 * patent and industry, each achievement with its own, however many achievements share some of them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestContext, type TestContext } from '../../../../test/factories.ts';
import type { Db } from '../../../db/db.ts';
import { writeWorkbook } from '../../../shared/xlsx-writer.ts';
import type { OrgRow } from '../../org/index.ts';
import type { AchievementType } from '../innovation.vocabulary.ts';
import { ACHIEVEMENT_HEADERS } from './achievements.import.test-kit.ts';
import { searchTexts, searchVector } from './achievements.repository.ts';
import type { PatentKind } from './achievements.schemas.ts';

let db: Db;
let t: TestContext;
let firms: OrgRow[];
let studioName: string;

beforeAll(async () => {
  ({ db, ctx: t } = await openTestContext());
  const district = await t.newOrg(await t.newRoot(), 'district');
  firms = [
    await t.newOrg(district, 'grassroots', `测试数控机床厂工会${t.unique()}`),
    await t.newOrg(district, 'grassroots', `测试车辆段工会${t.unique()}`),
  ];
  studioName = `轮对检修创新工作室${t.unique()}`;
  await t.newStudio(firms[1], { name: studioName, industry: '轨道交通' });
  for (const firm of firms) await t.newPerson(firm, { name: '张卫国' });
});
afterAll(async () => db?.close());

describe('the search vector of imported achievements', () => {
  it('is what the form writes for each, labels included, whichever labels the achievements share', async () => {
    const year = '2021';
    // Same union and type with and without a patent, of each patent kind, in a studio or not, with an abstract.
    const rows = [
      ['刀具改良', firms[0].name, '', '技术革新', year, '', '张卫国', '', '', '', ''],
      [
        '在线检测装置',
        firms[0].name,
        '',
        '发明专利',
        year,
        '',
        '张卫国',
        'ZL2021A0001.1',
        '发明',
        '2021-05-01',
        '',
      ],
      [
        '工装快换夹具',
        firms[0].name,
        '',
        '实用新型',
        year,
        '',
        '张卫国',
        'ZL2021A0002.1',
        '实用新型',
        '2021-05-01',
        '',
      ],
      [
        '班组管理办法',
        firms[0].name,
        '',
        '管理创新',
        year,
        '班组管理的简介：数控机床点检',
        '张卫国',
        '',
        '',
        '',
        '',
      ],
      [
        '外观改进',
        firms[0].name,
        '',
        '技术革新',
        year,
        '',
        '张卫国',
        'ZL2021A0003.1',
        '外观设计',
        '2021-05-01',
        '',
      ],
      ['轮对检修工法', firms[1].name, studioName, '工法', year, '', '张卫国', '', '', '', ''],
      ['轮对探伤软件', firms[1].name, '', '软件', year, '', '张卫国', '', '', '', ''],
      [
        '轮对检修规程',
        firms[1].name,
        studioName,
        '工法',
        year,
        '同一工作室的另一成果',
        '张卫国',
        '',
        '',
        '',
        '',
      ],
    ];
    const file = writeWorkbook([
      {
        name: '成果台账',
        headers: [...ACHIEVEMENT_HEADERS, '行业'],
        rows,
      },
    ]);
    const result = await t.services.innovation.achievementsRegister.importFile(t.actor('admin', null), {
      file,
      fileName: 'a.xlsx',
      dryRun: false,
    });
    expect(result.errors).toEqual([]);
    expect(result.achievements).toBe(rows.length);
    const { rows: made } = await db.query<{
      title: string;
      abstract: string;
      type: AchievementType;
      patentType: PatentKind | null;
      industry: string | null;
      studio: string | null;
      union: string;
      search: string;
    }>(
      `select a.title, a.abstract, a.type, a.patent_type as "patentType", a.industry, s.name as studio,
              o.name as union, a.search::text as search
         from innovation_achievements a join orgs o on o.id = a.org_id
         left join innovation_studios s on s.id = a.studio_id
        where a.org_id = any($1::bigint[]) order by a.id`,
      [firms.map((f) => f.id)],
    );
    expect(made.map((a) => a.title)).toEqual(rows.map((r) => r[0]));
    for (const a of made) {
      const texts = searchTexts({ title: a.title, abstract: a.abstract, body: '' }, a);
      const { rows: live } = await db.query<{ search: string }>(
        `select (${searchVector('$1::text', '$2::text', '$3::text', '$4::text')})::text as search`,
        texts,
      );
      expect({ title: a.title, search: a.search }).toEqual({ title: a.title, search: live[0].search });
    }
    // The labels are each achievement's own: the industry of its studio, the kind of its patent.
    expect(made[5].search).toContain('轨道');
    expect(made[6].search).not.toContain('轨道');
    expect(made[4].search).toContain('外观');
    expect(made[1].search).not.toContain('外观');
  });

  it('goes through a bounded pending list of both GIN indexes, and a search finds it there (ADR 87)', async () => {
    const { rows } = await db.query<{ name: string; options: string[] }>(
      `select relname as name, reloptions as options from pg_class
        where relname in ('innovation_achievements_search_idx', 'innovation_achievements_search_head_idx')
        order by relname`,
    );
    expect(rows).toEqual([
      {
        name: 'innovation_achievements_search_head_idx',
        options: ['fastupdate=on', 'gin_pending_list_limit=1024'],
      },
      {
        name: 'innovation_achievements_search_idx',
        options: ['fastupdate=on', 'gin_pending_list_limit=1024'],
      },
    ]);
    const title = `数控刀具${t.unique()}`;
    const file = writeWorkbook([
      {
        name: '成果台账',
        headers: ['成果名称', '所在工会', '成果类型', '完成年度', '团队成员'],
        rows: [[title, firms[0].name, '技术革新', '2022', '张卫国']],
      },
    ]);
    const result = await t.services.innovation.achievementsRegister.importFile(t.actor('admin', null), {
      file,
      fileName: 'a.xlsx',
      dryRun: false,
    });
    expect(result.errors).toEqual([]);
    // Each word of its title, looked up through the index (not by reading the table).
    const { rows: words } = await db.query<{ word: string }>(
      `select unnest(tsvector_to_array(ts_filter(search, '{a}'))) as word from innovation_achievements where title = $1`,
      [title],
    );
    expect(words.length).toBeGreaterThan(0);
    const found = await db.tx(async (sql) => {
      await sql.query('set local enable_seqscan = off');
      const { rows: hits } = await sql.query<{ title: string }>(
        `select title from innovation_achievements
          where search @@ to_tsquery('simple', $1) and ts_filter(search, '{a,b}') @@ to_tsquery('simple', $1)`,
        [words.map((w) => `'${w.word}'`).join(' & ')],
      );
      return hits.map((h) => h.title);
    });
    expect(found).toContain(title);
  });
});
