import { beforeAll, describe, expect, it } from 'vitest';
import { rejection } from '../../../test/factories.ts';
import { serviceWorld } from '../../../test/world-kit.ts';
import type { Actor } from '../../access/access.ts';
import type { AppError } from '../../shared/errors.ts';
import type { OrgRow } from '../org/index.ts';
import { sumCounts } from '../reporting/index.ts';
import { createSelectionsService } from './selections.service.ts';
import type { SelectionInput } from './selections.types.ts';

/**
 * A selection from nomination to final records on a real database: quota per nominating unit, eligibility,
 * a panel with a conflicted judge, final scores, ranking, public notice, objections and records.
 */
const world = serviceWorld({
  at: '2024-03-10T10:00:00+08:00',
  service: (db, clock, t) => createSelectionsService(db, t.services.ids, clock),
  tree: {
    district: 'root/district',
    streetA: 'district/street',
    streetB: 'district/street',
    grassA1: 'streetA/grassroots',
    grassA2: 'streetA/grassroots',
    grassB: 'streetB/grassroots',
  },
});
let organiser: Actor;

beforeAll(() => {
  organiser = world.t.actor('staff', world.district);
});

function input(over: Partial<SelectionInput> = {}): SelectionInput {
  return {
    organiserOrgId: world.district.id,
    edition: `第${world.t.unique()}届测试工匠`,
    title: '测试工匠',
    year: 2024,
    nominateFrom: '2024-03-01',
    nominateUntil: '2024-03-31',
    noticeDays: 5,
    categories: [
      { name: '建筑', places: 1, quotaPerUnion: 2 },
      { name: '服务', places: 2, quotaPerUnion: 1, title: '服务之星' },
    ],
    criteria: [
      { name: '业绩', weight: 60 },
      { name: '技能', weight: 40 },
    ],
    tieCriterion: '技能',
    ...over,
  };
}

async function judge(selectionId: number, org: OrgRow | null): Promise<Actor> {
  const username = `judge${world.t.unique()}`;
  await world.svc.addJudge(organiser, selectionId, {
    username,
    displayName: '评委',
    password: 'judge-password-1',
    orgId: org?.id ?? null,
  });
  const { rows } = await world.db.query<{ id: number }>('select id from users where username = $1', [
    username,
  ]);
  return {
    userId: rows[0].id,
    username,
    displayName: '评委',
    role: 'judge',
    orgId: null,
    scopePath: null,
    personId: null,
  };
}

const scoresOf = (criteria: { id: number }[], ...points: number[]) =>
  criteria.map((c, i) => ({ criterionId: c.id, score: points[i] }));

describe('a selection from nomination to final records', () => {
  it('runs nomination → judging → ranking → notice with an objection → award records and counts', async () => {
    const s = await world.svc.createSelection(organiser, input());
    const listed = await world.svc.listSelections(organiser, {});
    expect(listed.items.map((x) => x.id)).toContain(s.id);
    expect(listed.total).toBe(listed.items.length);
    const [build, serve] = s.categories;
    const a1 = world.t.actor('staff', world.grassA1);
    const pA = await world.t.newPerson(world.grassA1);
    const pA2 = await world.t.newPerson(world.grassA2);
    const pA3 = await world.t.newPerson(world.grassA1);
    const pB = await world.t.newPerson(world.grassB);
    const nA = (
      await world.svc.nominate(a1, s.id, { categoryId: build.id, personId: pA.id, deed: '攻克难题' })
    ).id;
    const nA2 = (
      await world.svc.nominate(world.t.actor('staff', world.grassA2), s.id, {
        categoryId: build.id,
        personId: pA2.id,
        deed: '带徒',
      })
    ).id;
    // street A's quota in 建筑 (2) is used up by its two grassroots unions; the refusal names the category
    const full = await rejection(
      world.svc.nominate(a1, s.id, { categoryId: build.id, personId: pA3.id, deed: '又一位' }),
    );
    expect(full.code).toBe('SELECTION_QUOTA_FULL');
    expect(full.messages.zh).toContain('建筑');
    expect(full.messages.en).toContain('quota');
    // a union cannot nominate outside its subtree; nobody twice
    expect(
      (await rejection(world.svc.nominate(a1, s.id, { categoryId: serve.id, personId: pB.id, deed: 'x' })))
        .code,
    ).toBe('NOT_FOUND');
    expect(
      (
        await rejection(
          world.svc.nominate(organiser, s.id, { categoryId: serve.id, personId: pA.id, deed: 'x' }),
        )
      ).code,
    ).toBe('SELECTION_ALREADY_NOMINATED');
    const nB = (
      await world.svc.nominate(organiser, s.id, { categoryId: serve.id, personId: pB.id, deed: '服务优秀' })
    ).id;
    const nA3 = (
      await world.svc.nominate(organiser, s.id, { categoryId: serve.id, personId: pA3.id, deed: '热心' })
    ).id;
    // a nominating union sees its own subtree's nominations only; the organiser sees all
    expect((await world.svc.listNominations(a1, s.id)).items.map((n) => n.id).sort()).toEqual(
      [nA, nA3].sort(),
    );
    expect((await world.svc.listNominations(organiser, s.id)).items).toHaveLength(4);

    await world.svc.closeNominations(organiser, s.id);
    const late = await rejection(
      world.svc.nominate(organiser, s.id, { categoryId: serve.id, personId: pA2.id, deed: 'x' }),
    );
    expect(late.code).toBe('SELECTION_STATUS');

    const j1 = await judge(s.id, world.streetA); // from street A: never sees nor scores its nominees
    const j2 = await judge(s.id, null);
    const j3 = await judge(s.id, world.grassB);
    const criteria = s.criteria;
    const panel = await world.svc.getPanel(j1, s.id);
    expect(panel.nominations.map((n) => n.id)).toEqual([nB]);
    const conflict = await rejection(world.svc.score(j1, nA, scoresOf(criteria, 90, 90)));
    expect(conflict.code).toBe('SELECTION_CONFLICT_OF_INTEREST');
    expect(conflict.kind).toBe('forbidden');
    expect((await rejection(world.svc.getPanel(world.t.actor('staff', world.district), s.id))).code).toBe(
      'PERMISSION_DENIED',
    );

    await world.svc.score(j1, nB, scoresOf(criteria, 80, 70));
    const twice = await rejection(world.svc.score(j1, nB, scoresOf(criteria, 100, 100)));
    expect(twice.code).toBe('SELECTION_SCORE_FINAL');
    const missing = await rejection(world.svc.score(j2, nA, [{ criterionId: criteria[0].id, score: 50 }]));
    expect(missing.messages.zh).toContain('技能');
    for (const [n, p] of [
      [nA, [90, 80]],
      [nA2, [75, 100]],
      [nB, [70, 60]],
      [nA3, [60, 60]],
    ] as const) {
      await world.svc.score(j2, n, scoresOf(criteria, ...p));
    }
    // judge 3 sits in grassB: nB is theirs
    expect((await rejection(world.svc.score(j3, nB, scoresOf(criteria, 1, 1)))).code).toBe(
      'SELECTION_CONFLICT_OF_INTEREST',
    );
    const early = await rejection(world.svc.publishNotice(organiser, s.id, {}));
    expect(early.code).toBe('SELECTION_SCORES_MISSING');
    await world.svc.score(j3, nA, scoresOf(criteria, 80, 90));
    await world.svc.score(j3, nA2, scoresOf(criteria, 85, 85));
    await world.svc.score(j3, nA3, scoresOf(criteria, 50, 50));

    // 建筑 has one place: nA (8600, 8400) and nA2 (8500, 8500) both aggregate to 85.00; the stated tie-break,
    // 技能, favours nA2 (mean 92.50 against 85.00) although nA was nominated first
    const ranking = await world.svc.getRanking(organiser, s.id);
    const buildRank = ranking.categories[0].nominations;
    expect(buildRank.map((n) => [n.id, n.score, n.tie, n.selected])).toEqual([
      [nA2, 8500, 9250, true],
      [nA, 8500, 8500, false],
    ]);
    expect(ranking.categories[1].nominations.map((n) => [n.id, n.score, n.selected])).toEqual([
      [nB, 7100, true],
      [nA3, 5500, true],
    ]);

    await world.svc.publishNotice(organiser, s.id, { days: 5 });
    const notice = await world.svc.getNotice(s.id);
    expect(notice.entries.map((e) => Object.keys(e).sort())).toEqual(
      notice.entries.map(() => ['categoryName', 'deed', 'name', 'nominationId', 'unit']),
    );
    expect(notice.entries).toHaveLength(3);
    const target = notice.entries.find((e) => e.categoryName === '服务') as { nominationId: number };
    const objection = {
      nominationId: target.nominationId,
      text: '该同志事迹材料与实际不符',
      contactName: '李四',
      contactPhone: '13900001111',
    };
    const linked = await rejection(
      world.svc.lodgeObjection(s.id, { ...objection, text: '详见 http://x.cn/a' }, '10.0.0.1'),
    );
    expect(linked.code).toBe('SELECTION_INVALID');
    const { id: objectionId } = await world.svc.lodgeObjection(s.id, objection, '10.0.0.1');
    for (let i = 0; i < 4; i++) await world.svc.lodgeObjection(s.id, objection, '10.0.0.1');
    expect((await rejection(world.svc.lodgeObjection(s.id, objection, '10.0.0.1'))).code).toBe(
      'SELECTION_OBJECTION_THROTTLED',
    );

    world.clock.set('2024-03-12T10:00:00+08:00');
    expect((await rejection(world.svc.finalise(organiser, s.id))).code).toBe('SELECTION_NOTICE_RUNNING');
    // the notice is public while its five days last (03-10 to 03-14) and leaves the public page after them
    const onNotice = async () => (await world.svc.listNotices()).items.map((i) => i.id);
    world.clock.set('2024-03-14T10:00:00+08:00');
    expect(await onNotice()).toContain(s.id);
    world.clock.set('2024-03-15T10:00:00+08:00');
    expect(await onNotice()).not.toContain(s.id);
    expect((await rejection(world.svc.getNotice(s.id))).code).toBe('NOT_FOUND');
    expect((await rejection(world.svc.lodgeObjection(s.id, objection, '10.0.0.2'))).code).toBe(
      'SELECTION_STATUS',
    );
    world.clock.set('2024-03-20T10:00:00+08:00');
    expect((await rejection(world.svc.finalise(organiser, s.id))).code).toBe('SELECTION_OBJECTIONS_OPEN');
    await world.svc.decideObjection(organiser, objectionId, {
      outcome: 'upheld',
      decision: '经核实，事迹材料不实',
    });
    const others = (await world.svc.listObjections(organiser, s.id)).items.filter((o) => o.status === 'open');
    for (const o of others) {
      await world.svc.decideObjection(organiser, o.id, {
        outcome: 'dismissed',
        decision: '重复提出，已合并处理',
      });
    }
    await world.svc.finalise(organiser, s.id);
    // final, and years later: off the public page, still in the staff's records
    world.clock.set('2027-03-20T10:00:00+08:00');
    expect(await onNotice()).not.toContain(s.id);
    expect((await world.svc.getSelection(organiser, s.id)).status).toBe('final');
    world.clock.set('2024-03-20T10:00:00+08:00');

    const { rows: records } = await world.db.query<{
      personId: number;
      rank: string;
      competition: string;
      level: string;
      sourceRef: string;
    }>(
      `select person_id as "personId", rank, competition, level, source_ref as "sourceRef" from records
        where source = 'selection' and competition = $1 order by person_id`,
      [s.edition],
    );
    expect(records).toHaveLength(2);
    expect(records.every((r) => r.level === 'district')).toBe(true);
    expect(records.map((r) => r.rank).sort()).toEqual(['服务之星', '测试工匠']);
    expect(target.nominationId).toBe(nB);
    expect(records.map((r) => r.personId).sort()).toEqual([pA2.id, pA3.id].sort());

    // statistics read the maintained counts; they equal a count over the raw rows
    const counts = await sumCounts(world.db, {
      subject: ['selections.titles', 'selections.nominations'],
      path: world.district.path,
      from: '2024',
      to: '2024',
      by: ['subject'],
    });
    const raw = await world.db.query<{ nominations: number; titles: number }>(
      `select count(*)::int as nominations, count(*) filter (where status = 'selected')::int as titles
         from selection_nominations where selection_id = $1`,
      [s.id],
    );
    const n = (subject: string) => counts.find((c) => c.subject === subject)?.n ?? 0;
    expect(n('selections.nominations')).toBe(raw.rows[0].nominations);
    expect(n('selections.titles')).toBe(raw.rows[0].titles);
    const stats = await world.svc.getStats(organiser, { year: 2024 });
    expect(stats.titles).toBe(2);
    expect((await rejection(world.svc.finalise(organiser, s.id))).code).toBe('SELECTION_STATUS');
  });

  it('refuses a nominee who fails the eligibility rule, naming the condition', async () => {
    world.clock.set('2024-03-10T10:00:00+08:00');
    const s = await world.svc.createSelection(
      organiser,
      input({ rule: { op: 'person', field: 'isFrontLine', cmp: 'eq', value: true } }),
    );
    const office = await world.t.newPerson(world.grassB, { isFrontLine: false });
    const err = await rejection(
      world.svc.nominate(organiser, s.id, {
        categoryId: s.categories[0].id,
        personId: office.id,
        deed: '事迹',
      }),
    );
    expect(err.code).toBe('SELECTION_NOT_ELIGIBLE');
    expect(err.messages.zh).toContain('一线');
  });

  it('refuses self-nomination unless the selection allows it, and nominations outside the window', async () => {
    world.clock.set('2024-03-10T10:00:00+08:00');
    const person = await world.t.newPerson(world.grassB);
    const worker = world.t.actor('worker', null, person.id);
    const closed = await world.svc.createSelection(organiser, input());
    const no = await rejection(
      world.svc.nominateSelf(worker, closed.id, { categoryId: closed.categories[0].id, deed: '我' }),
    );
    expect(no.code).toBe('SELECTION_SELF_NOT_ALLOWED');
    const open = await world.svc.createSelection(organiser, input({ allowSelf: true }));
    expect((await world.svc.listSelfNominations(worker)).items.map((i) => i.id)).toContain(open.id);
    await world.svc.nominateSelf(worker, open.id, { categoryId: open.categories[0].id, deed: '本人事迹' });
    const mine = (await world.svc.listNominations(organiser, open.id)).items;
    expect(mine).toMatchObject([{ personId: person.id, selfNominated: true, orgId: world.streetB.id }]);
    world.clock.set('2024-04-01T10:00:00+08:00');
    const late = await rejection(
      world.svc.nominate(organiser, open.id, {
        categoryId: open.categories[1].id,
        personId: person.id,
        deed: 'x',
      }),
    );
    expect(late.code).toBe('SELECTION_WINDOW_CLOSED');
  });

  it('two unions taking the last place of their unit at once get one acceptance', async () => {
    world.clock.set('2024-03-10T10:00:00+08:00');
    const s = await world.svc.createSelection(organiser, input());
    const cat = s.categories[1]; // quota 1 per nominating unit (street A)
    const p1 = await world.t.newPerson(world.grassA1);
    const p2 = await world.t.newPerson(world.grassA2);
    const results = await Promise.allSettled([
      world.svc.nominate(world.t.actor('staff', world.grassA1), s.id, {
        categoryId: cat.id,
        personId: p1.id,
        deed: '甲',
      }),
      world.svc.nominate(world.t.actor('staff', world.grassA2), s.id, {
        categoryId: cat.id,
        personId: p2.id,
        deed: '乙',
      }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect((refused.reason as AppError).code).toBe('SELECTION_QUOTA_FULL');
    const { rows } = await world.db.query<{ n: number }>(
      'select count(*)::int as n from selection_nominations where category_id = $1',
      [cat.id],
    );
    expect(rows[0].n).toBe(1);
  });

  it('a category cap holds for nominations from different units at once', async () => {
    world.clock.set('2024-03-10T10:00:00+08:00');
    const s = await world.svc.createSelection(
      organiser,
      input({ categories: [{ name: '创新', places: 1, quotaPerUnion: 5, nominationCap: 1 }] }),
    );
    const p1 = await world.t.newPerson(world.grassA1);
    const p2 = await world.t.newPerson(world.grassB);
    const cat = s.categories[0].id;
    const results = await Promise.allSettled([
      world.svc.nominate(world.t.actor('staff', world.streetA), s.id, {
        categoryId: cat,
        personId: p1.id,
        deed: '甲',
      }),
      world.svc.nominate(world.t.actor('staff', world.streetB), s.id, {
        categoryId: cat,
        personId: p2.id,
        deed: '乙',
      }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
  });
});
