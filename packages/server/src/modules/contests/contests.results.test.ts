import { describe, expect, it } from 'vitest';
import { rejection } from '../../../test/factories.ts';
import { worldPerFile } from '../../../test/world-kit.ts';
import { readSheet } from '../../shared/sheet-reader.ts';
import { writeWorkbook } from '../../shared/xlsx-writer.ts';
import { sumCounts } from '../reporting/index.ts';
import { contestStatsSheets } from './contests.stats.ts';
import { createContestsWorld } from './contests.test-kit.ts';

const w = worldPerFile(createContestsWorld);

const awardsOf = async (personIds: number[]) =>
  (
    await w.db.query<{
      id: number;
      personId: number;
      rank: string;
      level: string;
      competition: string;
      source: string;
    }>(
      `select id, person_id as "personId", rank, level, competition, source from records
        where kind = 'award' and person_id = any($1::bigint[]) order by person_id, id`,
      [personIds],
    )
  ).rows;

const sheet = (rows: (string | number | null)[][]) =>
  writeWorkbook([{ name: '成绩', headers: ['报名编号', '姓名', '名次', '成绩', '奖项'], rows }]);

describe('results and publication', () => {
  it('turn each prize into an award record of every person of the entry, once; a correction updates it', async () => {
    const c = await w.contests.createContest(w.cityStaff, w.skillsContest());
    const [elec, , team] = c.events;
    const [p1, p2, p3] = await w.members(w.unionA, 3);
    const teamEntry = await w.enter(c.id, team.id, [p1.id, p2.id], { name: '数控一队' });
    const solo = await w.enter(c.id, elec.id, [p3.id]);
    expect((await rejection(w.contests.setResult(w.cityStaff, solo.id, { prize: '金牌' }))).code).toBe(
      'CONTEST_STILL_OPEN',
    );
    await w.contests.closeRegistration(w.cityStaff, c.id);
    expect((await rejection(w.contests.setResult(w.staffA, solo.id, { prize: '金牌' }))).code).toBe(
      'NOT_FOUND',
    );
    await w.contests.setResult(w.cityStaff, teamEntry.id, { rank: 1, score: 95.456, prize: '一等奖' });
    await w.contests.setResult(w.cityStaff, solo.id, { rank: 2, prize: ' 二等奖 ' });
    const first = await w.contests.publishResults(w.cityStaff, c.id);
    expect(first).toMatchObject({ changedEntries: 2, records: 3, recordsRemoved: 0 });
    const before = await awardsOf([p1.id, p2.id, p3.id]);
    expect(before.map((r) => [r.personId, r.rank, r.level, r.competition, r.source])).toEqual([
      [p1.id, '一等奖', 'city', c.name, 'contest'],
      [p2.id, '一等奖', 'city', c.name, 'contest'],
      [p3.id, '二等奖', 'city', c.name, 'contest'],
    ]);
    expect((await w.contests.listEntries(w.cityStaff, c.id)).find((e) => e.id === teamEntry.id)?.score).toBe(
      95.46,
    );
    expect((await rejection(w.contests.publishResults(w.cityStaff, c.id))).code).toBe(
      'CONTEST_NOTHING_TO_PUBLISH',
    );

    // A correction: the solo entry is raised to 一等奖; the same records are updated on republication.
    await w.contests.setResult(w.cityStaff, solo.id, { rank: 1, prize: '一等奖' });
    expect((await w.contests.getContest(w.cityStaff, c.id)).hasUnpublishedChanges).toBe(true);
    await w.contests.publishResults(w.cityStaff, c.id);
    const after = await awardsOf([p1.id, p2.id, p3.id]);
    expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
    expect(after.map((r) => r.rank)).toEqual(['一等奖', '一等奖', '一等奖']);

    // A prize withdrawn removes its records.
    await w.contests.setResult(w.cityStaff, teamEntry.id, { rank: null, prize: null });
    expect(await w.contests.publishResults(w.cityStaff, c.id)).toMatchObject({ recordsRemoved: 2 });
    expect((await awardsOf([p1.id, p2.id, p3.id])).map((r) => r.personId)).toEqual([p3.id]);
  });

  it('import from the results sheet with row errors, nothing half-imported', async () => {
    const c = await w.contests.createContest(w.cityStaff, w.skillsContest({ level: 'industry' }));
    const [p1, p2] = await w.members(w.unionB, 2);
    const e1 = await w.enter(c.id, c.events[0].id, [p1.id], { by: w.staffB, org: w.unionB });
    const e2 = await w.enter(c.id, c.events[1].id, [p2.id], { by: w.staffB, org: w.unionB });
    await w.contests.closeRegistration(w.cityStaff, c.id);
    const bad = await w.contests.importResults(
      w.cityStaff,
      c.id,
      sheet([
        [e1.id, p1.name, 1, 98.5, '金牌'],
        [e1.id, p1.name, 2, null, '银牌'],
        [999999999, '某某', 'first', '-3', null],
      ]),
      '成绩.xlsx',
    );
    expect(bad.imported).toBe(0);
    expect(bad.errors.map((e) => [e.rowNo, e.column])).toEqual([
      [3, '报名编号'],
      [4, '报名编号'],
      [4, '名次'],
      [4, '成绩'],
    ]);
    expect(bad.errors[0]).toMatchObject({
      messageZh: expect.stringContaining('重复'),
      messageEn: expect.stringContaining('twice'),
    });
    expect((await w.contests.listEntries(w.cityStaff, c.id)).every((e) => e.prize === null)).toBe(true);
    const noKey = writeWorkbook([{ name: '成绩', headers: ['姓名', '奖项'], rows: [['某某', '金牌']] }]);
    const missing = await rejection(w.contests.importResults(w.cityStaff, c.id, noKey, '成绩.xlsx'));
    expect(missing).toMatchObject({ code: 'CONTEST_IMPORT_NO_ENTRY_COLUMN', details: { field: 'file' } });
    expect(missing.messages.zh).toContain('报名编号');

    const good = await w.contests.importResults(
      w.cityStaff,
      c.id,
      sheet([
        [e1.id, p1.name, 1, 98.5, '金牌'],
        // Typed on a Chinese keyboard: full-width digits.
        [e2.id, p2.name, '３', '９０.５', '铜牌'],
      ]),
      '成绩.xlsx',
    );
    expect(good).toMatchObject({
      total: 2,
      imported: 2,
      errors: [],
      file: { format: 'xlsx', sheetName: '成绩' },
      warnings: [],
    });
    // the entries' export is the results template: filled in and sent back, its rows are read, not its 范围 sheet
    const template = await w.contests.exportEntries(w.cityStaff, c.id);
    const back = await w.contests.importResults(w.cityStaff, c.id, template.buffer, template.fileName);
    expect(back).toMatchObject({ errors: [], file: { sheetName: '报名及成绩' } });
    await w.contests.publishResults(w.cityStaff, c.id);
    // A system/industry contest records w.district-level awards.
    expect((await awardsOf([p1.id, p2.id])).map((r) => [r.rank, r.level])).toEqual([
      ['金牌', 'district'],
      ['铜牌', 'district'],
    ]);
    const exported = await w.contests.exportEntries(w.cityStaff, c.id);
    expect(exported.buffer.length).toBeGreaterThan(0);
    expect((await rejection(w.contests.exportEntries(w.staffB, c.id))).code).toBe('NOT_FOUND');
  });
});

describe('statistics', () => {
  it('read the maintained counts, equal to counting the rows', async () => {
    const s = await w.contests.getStats(w.cityStaff, { orgId: w.city.id });
    const raw = await w.db.query<{
      units: number;
      individuals: number;
      teams: number;
      people: number;
      prizes: number;
    }>(
      `select count(distinct (e.contest_id, e.org_id))::int as units,
              count(*) filter (where ev.mode = 'individual')::int as individuals,
              count(*) filter (where ev.mode = 'team')::int as teams,
              coalesce(sum((select count(*) from contest_entry_members m where m.entry_id = e.id)), 0)::int as people,
              count(e.published_prize)::int as prizes
         from contest_entries e join contest_events ev on ev.id = e.event_id
         join contests c on c.id = e.contest_id join orgs o on o.id = e.org_id
        where o.path like $1 || '%'`,
      [w.city.path],
    );
    expect(s.totals).toMatchObject(raw.rows[0]);
    expect(s.totals.prizes).toBeGreaterThan(0);
    const prizes = await w.db.query<{ level: string; prize: string; n: number }>(
      `select c.level, e.published_prize as prize, count(*)::int as n from contest_entries e
         join contests c on c.id = e.contest_id join orgs o on o.id = e.org_id
        where o.path like $1 || '%' and e.published_prize is not null group by 1, 2`,
      [w.city.path],
    );
    expect([...s.prizes].sort((a, b) => (a.level + a.prize < b.level + b.prize ? -1 : 1))).toEqual(
      [...prizes.rows].sort((a, b) => (a.level + a.prize < b.level + b.prize ? -1 : 1)),
    );
    const none = await w.contests.getStats(w.cityStaff, { orgId: w.city.id, from: '2021-01', to: '2021-12' });
    expect(none.totals.prizes).toBe(0);
    expect(
      (
        await sumCounts(w.db, { subject: 'contests.prizes', path: w.unionA.path, from: '2020', to: '2020' })
      )[0].n,
    ).toBeGreaterThan(0);
    expect((await rejection(w.contests.getStats(w.staffA, { orgId: w.unionB.id }))).code).toBe('NOT_FOUND');
    const exported = await readSheet(
      (await w.contests.exportStats(w.cityStaff, { orgId: w.city.id })).buffer,
      's.xlsx',
    );
    // the prizes' sheet ends in their 合计, the 获奖 of the levels' 合计
    const cityStats = await w.contests.getStats(w.cityStaff, { orgId: w.city.id });
    const prizeSheet = contestStatsSheets(cityStats).find((x) => x.name === '获奖');
    expect(cityStats.prizes.length).toBeGreaterThan(1);
    expect(prizeSheet?.rows.at(-1)).toEqual(['合计', '', cityStats.totals.prizes]);
    // A union or person in two contests counts twice: the headers say so (家次, 人次).
    expect(exported.headers).toEqual([
      '竞赛级别',
      '参赛工会（家次）',
      '个人报名',
      '团队报名',
      '单位报名',
      '参赛人次',
      '获奖',
    ]);
  });
});
