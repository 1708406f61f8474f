import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/db.ts';
import { figuresByUnion, findOrgById, type OrgRow, treeSteps } from '../src/modules/org/index.ts';
import { moveOrg as moveOrgOn } from '../src/modules/org/org.move.ts';
import {
  closeOrg,
  createOrg,
  getOrgDetail,
  listChildOrgs,
  searchOrgs,
  updateOrg,
} from '../src/modules/org/org.service.ts';
import { isValidUscc } from '../src/modules/org/uscc.ts';
import { TEST_NOW, TEST_TODAY } from './clock.ts';
import { openTestContext, rejection, type TestContext } from './factories.ts';

/** 小米科技有限责任公司: a real, published unified social credit code. */
const REAL_USCC = '91110108551385082Q';

let db: Db;
let ctx: TestContext;
beforeAll(async () => {
  ({ db, ctx } = await openTestContext());
});
afterAll(async () => db?.close());

const admin = () => ctx.actor('admin', null);
/** A move today (the tests' clock). */
const moveOrg = (d: Db, actor: Parameters<typeof moveOrgOn>[1], id: number, parentId: number) =>
  moveOrgOn(d, actor, id, parentId, { now: TEST_NOW });
const reload = async (o: { id: number }) => (await findOrgById(db, o.id)) as OrgRow;
const count = async (sql: string, params: unknown[] = []) =>
  (await db.query<{ n: number }>(sql, params)).rows[0].n;

/** Every org's path is its parent's path plus its own id: the tree is consistent. */
async function expectConsistentTree() {
  const { rows } = await db.query<{ id: number; path: string; parentPath: string | null }>(
    `select o.id, o.path, p.path as "parentPath" from orgs o left join orgs p on p.id = o.parent_id`,
  );
  for (const r of rows) expect(r.path, `org ${r.id}`).toBe(`${r.parentPath ?? '/'}${r.id}/`);
}

describe('creating a child union', () => {
  it('sets path and level from the parent and kind, and audits it', async () => {
    const root = await ctx.newRoot();
    const district = await ctx.newOrg(root, 'district');
    const street = await createOrg(db, ctx.actor('staff', district), district.id, {
      name: '测试街道总工会',
      kind: 'street',
      shortName: '测试街道',
    });
    expect(street).toMatchObject({ parentId: district.id, level: 3, kind: 'street', status: 'active' });
    expect(street.path).toBe(`${district.path}${street.id}/`);
    expect(
      await count(`select count(*) as n from audit_log where action = 'org.create' and entity_id = $1`, [
        String(street.id),
      ]),
    ).toBe(1);
  });

  it('refuses a child at the same or a higher level', async () => {
    const root = await ctx.newRoot();
    const district = await ctx.newOrg(root, 'district');
    const town = await ctx.newOrg(district, 'town');
    const grassroots = await ctx.newOrg(town, 'grassroots');
    for (const [parent, kind] of [
      [district, 'district'],
      [district, 'industry'],
      [town, 'street'],
      [town, 'district'],
      [grassroots, 'grassroots'],
      [grassroots, 'town'],
    ] as const) {
      const err = await rejection(createOrg(db, admin(), parent.id, { name: '层级错误工会', kind }));
      expect(err.code).toBe('ORG_LEVEL_INVALID');
      expect(err.kind).toBe('invalid');
    }
    expect(await count('select count(*) as n from orgs where name = $1', ['层级错误工会'])).toBe(0);
    // a level may be skipped: a grassroots union straight below a district, a branch below a grassroots union
    const direct = await createOrg(db, admin(), district.id, { name: '区直属基层工会', kind: 'grassroots' });
    expect(direct.level).toBe(4);
    const branch = await createOrg(db, admin(), grassroots.id, { name: '一分会', kind: 'branch' });
    expect(branch.level).toBe(5);
  });

  it('refuses a parent outside the actor’s subtree', async () => {
    const root = await ctx.newRoot();
    const a = await ctx.newOrg(root, 'district');
    const b = await ctx.newOrg(root, 'district');
    const err = await rejection(
      createOrg(db, ctx.actor('staff', a), b.id, { name: '越权工会', kind: 'street' }),
    );
    expect(err.kind).toBe('not_found');
  });
});

describe('unified social credit code', () => {
  it('accepts a real code and refuses a wrong check character', async () => {
    expect(isValidUscc(REAL_USCC)).toBe(true);
    expect(isValidUscc(`${REAL_USCC.slice(0, 17)}R`)).toBe(false);
    expect(isValidUscc('91110108551385082')).toBe(false);
    expect(isValidUscc('9111010855138508IQ')).toBe(false); // I is not in the character set

    const root = await ctx.newRoot();
    const district = await ctx.newOrg(root, 'district');
    const ok = await createOrg(db, admin(), district.id, {
      name: '小米科技有限责任公司工会',
      kind: 'grassroots',
      uscc: REAL_USCC,
    });
    expect(ok.uscc).toBe(REAL_USCC);

    const bad = `${REAL_USCC.slice(0, 17)}R`;
    const err = await rejection(
      createOrg(db, admin(), district.id, { name: '校验位错误工会', kind: 'grassroots', uscc: bad }),
    );
    expect(err.code).toBe('USCC_INVALID');
    expect(err.messages.zh).toContain(bad);
    expect(err.details).toEqual({ field: 'uscc' });
    const err2 = await rejection(updateOrg(db, admin(), ok.id, { uscc: bad }));
    expect(err2.code).toBe('USCC_INVALID');
    expect((await reload(ok)).uscc).toBe(REAL_USCC);
  });
});

describe('moving a union with its subtree', () => {
  async function tree() {
    const root = await ctx.newRoot();
    const from = await ctx.newOrg(root, 'district');
    const to = await ctx.newOrg(root, 'district');
    const town = await ctx.newOrg(from, 'town');
    const g1 = await ctx.newOrg(town, 'grassroots');
    const g2 = await ctx.newOrg(town, 'grassroots');
    const branch = await ctx.newOrg(g1, 'branch');
    for (const o of [g1, g1, g2, branch]) await ctx.newPerson(o);
    return { root, from, to, town, g1, g2, branch };
  }

  it('rewrites every descendant path and keeps the counts right', async () => {
    const t = await tree();
    const before = await getOrgDetail(db, admin(), t.from.id);
    expect(before).toMatchObject({ members: 4, unions: 4 });
    expect(await getOrgDetail(db, admin(), t.to.id)).toMatchObject({ members: 0, unions: 0 });

    const moved = await moveOrg(db, admin(), t.town.id, t.to.id);
    expect(moved.parentId).toBe(t.to.id);
    expect(moved.path).toBe(`${t.to.path}${t.town.id}/`);
    for (const o of [t.g1, t.g2]) expect((await reload(o)).path).toBe(`${moved.path}${o.id}/`);
    expect((await reload(t.branch)).path).toBe(`${moved.path}${t.g1.id}/${t.branch.id}/`);
    for (const o of [t.town, t.g1, t.g2, t.branch]) expect((await reload(o)).level).toBe(o.level);
    await expectConsistentTree();

    expect(await getOrgDetail(db, admin(), t.from.id)).toMatchObject({
      members: 0,
      unions: 0,
      hasChildren: false,
    });
    expect(await getOrgDetail(db, admin(), t.to.id)).toMatchObject({
      members: 4,
      unions: 4,
      hasChildren: true,
    });
    expect(await getOrgDetail(db, admin(), t.town.id)).toMatchObject({ members: 4, unions: 3 });
    const g1 = await getOrgDetail(db, admin(), t.g1.id);
    expect(g1.ancestors.map((a) => a.id)).toEqual([t.root.id, t.to.id, t.town.id]);
    expect(g1.parentName).toBe(t.town.name);

    const audit = await db.query<{ before: { path: string }; after: { path: string } }>(
      `select before, after from audit_log where action = 'org.move' and entity_id = $1`,
      [String(t.town.id)],
    );
    expect(audit.rows).toEqual([
      {
        before: { parentId: t.from.id, path: t.town.path },
        after: { parentId: t.to.id, path: moved.path, movedOn: TEST_TODAY },
      },
    ]);
  });

  it("a union's own staff read its parent's name, though the parent lies above their reach", async () => {
    const t = await tree();
    const own = await getOrgDetail(db, ctx.actor('staff', t.town), t.town.id);
    expect(own.ancestors).toEqual([]);
    expect(own.parentName).toBe(t.from.name);
    expect((await getOrgDetail(db, admin(), t.root.id)).parentName).toBeNull();
  });

  it('staff of the old district no longer see the moved subtree; staff of the new one do', async () => {
    const t = await tree();
    await moveOrg(db, admin(), t.town.id, t.to.id);
    expect((await rejection(getOrgDetail(db, ctx.actor('staff', t.from), t.g1.id))).kind).toBe('not_found');
    expect((await listChildOrgs(db, ctx.actor('staff', t.from), t.from.id)).length).toBe(0);
    const fromStaff = ctx.actor('staff', await reload(t.from));
    expect(await searchOrgs(db, fromStaff, t.g1.name)).toEqual([]);
    const toStaff = ctx.actor('staff', await reload(t.to));
    expect((await searchOrgs(db, toStaff, t.g1.name)).map((o) => o.id)).toEqual([t.g1.id]);
  });

  it('finds a union in the picker as a clerk reads its name: spaces kept from a sheet, brackets of either width', async () => {
    const root = await ctx.newRoot();
    const u = ctx.unique();
    const spaced = await ctx.newOrg(root, 'grassroots', `江州 顺达${u}物流有限公司工会`);
    const bracketed = await ctx.newOrg(root, 'grassroots', `第一人民医院${u}（江北院区）工会`);
    const found = async (q: string) => (await searchOrgs(db, admin(), q)).map((o) => o.id);
    expect(await found(`江州顺达${u}物流`)).toEqual([spaced.id]);
    expect(await found(`顺达${u}物流有限公司工会`)).toEqual([spaced.id]);
    expect(await found(`医院${u}(江北院区)`)).toEqual([bracketed.id]);
    expect(await found(`医院${u}（江北院区）`)).toEqual([bracketed.id]);
    // the name itself stays as it was typed
    expect((await reload(spaced)).name).toBe(`江州 顺达${u}物流有限公司工会`);
  });

  it('refuses a cycle: under itself or under its own descendant', async () => {
    const t = await tree();
    for (const target of [t.town, t.g1, t.branch]) {
      const err = await rejection(moveOrg(db, admin(), t.town.id, target.id));
      expect(err.code).toBe('ORG_MOVE_CYCLE');
    }
    const err = await rejection(moveOrg(db, admin(), t.from.id, t.branch.id));
    expect(err.code).toBe('ORG_MOVE_CYCLE');
    expect((await reload(t.town)).path).toBe(t.town.path);
    await expectConsistentTree();
  });

  it('refuses a parent at the same or a lower level, a closed parent, and the actor’s own union', async () => {
    const t = await tree();
    expect((await rejection(moveOrg(db, admin(), t.g2.id, t.branch.id))).code).toBe('ORG_LEVEL_INVALID');
    const other = await ctx.newOrg(t.to, 'town');
    expect((await rejection(moveOrg(db, admin(), t.town.id, other.id))).code).toBe('ORG_LEVEL_INVALID');
    const closedTown = await ctx.newOrg(t.to, 'town');
    await closeOrg(db, admin(), closedTown.id, '2024-01-31');
    expect((await rejection(moveOrg(db, admin(), t.g2.id, closedTown.id))).code).toBe('ORG_CLOSED');
    expect((await rejection(moveOrg(db, ctx.actor('staff', t.town), t.town.id, t.town.id))).code).toBe(
      'ORG_MOVE_OWN_ROOT',
    );
    // staff of a district cannot move a union out of their subtree
    expect((await rejection(moveOrg(db, ctx.actor('staff', t.from), t.town.id, t.to.id))).kind).toBe(
      'not_found',
    );
    await expectConsistentTree();
  });
});

describe('moving a union on the past day it happened (划转, issue 42)', () => {
  async function pair() {
    const root = await ctx.newRoot();
    const from = await ctx.newOrg(root, 'district');
    const to = await ctx.newOrg(root, 'district');
    const town = await ctx.newOrg(from, 'town');
    await db.query(`update orgs set founded_on = '2015-03-01' where id = $1`, [town.id]);
    await db.query(`update orgs set founded_on = '2016-01-01' where id = $1`, [to.id]);
    return { root, from, to, town };
  }

  it('keeps the day; a future day, a day before either founding or the previous move are refused', async () => {
    const t = await pair();
    const move = (effectiveOn: string, parentId = t.to.id, actor = admin()) =>
      moveOrgOn(db, actor, t.town.id, parentId, { effectiveOn, now: TEST_NOW });
    expect((await rejection(move('2199-01-01'))).code).toBe('EFFECTIVE_IN_FUTURE');
    const beforeParent = await rejection(move('2015-12-31'));
    expect(beforeParent.code).toBe('EFFECTIVE_BEFORE_PRIOR');
    expect(beforeParent.messages.zh).toBe(`划转日期 2015-12-31 早于${t.to.name}的成立日期 2016-01-01`);
    expect(beforeParent.messages.en).toBe(
      `The move date 2015-12-31 is before the founding date of ${t.to.name} 2016-01-01`,
    );
    expect((await rejection(move('2020-06-30', t.to.id, ctx.actor('reviewer', t.root)))).kind).toBe(
      'forbidden',
    );
    const moved = await move('2020-06-30');
    expect(moved).toMatchObject({ parentId: t.to.id, movedOn: '2020-06-30' });
    const back = await rejection(move('2020-06-29', t.from.id));
    expect(back.messages.zh).toBe('划转日期 2020-06-29 早于上一次划转日期 2020-06-30');
    expect((await reload(t.town)).movedOn).toBe('2020-06-30');
  });
});

describe('closing a union', () => {
  it('refuses a union with open child unions or active members, and closes an empty one', async () => {
    const root = await ctx.newRoot();
    const district = await ctx.newOrg(root, 'district');
    const town = await ctx.newOrg(district, 'town');
    const g = await ctx.newOrg(town, 'grassroots');
    await ctx.newPerson(g);

    const withChild = await rejection(closeOrg(db, admin(), town.id, '2024-06-30'));
    expect(withChild).toMatchObject({
      code: 'ORG_NOT_EMPTY',
      kind: 'conflict',
      details: { children: 1, members: 0 },
    });
    const withMember = await rejection(closeOrg(db, admin(), g.id, '2024-06-30'));
    expect(withMember).toMatchObject({ code: 'ORG_NOT_EMPTY', details: { children: 0, members: 1 } });
    expect((await reload(g)).status).toBe('active');

    const empty = await ctx.newOrg(town, 'grassroots');
    const closed = await closeOrg(db, admin(), empty.id, '2024-06-30');
    expect(closed).toMatchObject({ status: 'closed', closedOn: '2024-06-30' });
    const audit = await db.query<{ before: { status: string }; after: { status: string } }>(
      `select before, after from audit_log where action = 'org.close' and entity_id = $1`,
      [String(empty.id)],
    );
    expect(audit.rows[0].before.status).toBe('active');
    expect(audit.rows[0].after.status).toBe('closed');

    expect(
      (await rejection(createOrg(db, admin(), empty.id, { name: '撤销后新建', kind: 'branch' }))).code,
    ).toBe('ORG_CLOSED');
    expect((await rejection(closeOrg(db, ctx.actor('staff', town), town.id, '2024-06-30'))).code).toBe(
      'ORG_CLOSE_OWN',
    );
    // a closed child does not keep its parent open
    const single = await ctx.newOrg(district, 'town');
    const only = await ctx.newOrg(single, 'grassroots');
    await closeOrg(db, admin(), only.id, '2024-06-30');
    expect((await closeOrg(db, admin(), single.id, '2024-07-01')).status).toBe('closed');
  });
});

describe('updating a union', () => {
  it('records before and after, and clears fields set to null', async () => {
    const root = await ctx.newRoot();
    const d = await ctx.newOrg(root, 'district');
    await updateOrg(db, admin(), d.id, { shortName: '简称', foundedOn: '2001-05-01' });
    const after = await updateOrg(db, admin(), d.id, { shortName: null, foundedOn: null });
    expect(after.shortName).toBeNull();
    expect(after.foundedOn).toBeNull();
    const { rows } = await db.query<{ before: { shortName: string }; after: { shortName: string | null } }>(
      `select before, after from audit_log where action = 'org.update' and entity_id = $1 order by id`,
      [String(d.id)],
    );
    expect(rows.map((r) => [r.before.shortName, r.after.shortName])).toEqual([
      [null, '简称'],
      ['简称', null],
    ]);
  });

  it('keeps an employer’s worker counts, women workers never more than workers', async () => {
    const root = await ctx.newRoot();
    const d = await ctx.newOrg(root, 'district');
    const g = await createOrg(db, admin(), d.id, {
      name: '计数测试企业工会',
      kind: 'grassroots',
      uscc: REAL_USCC,
      employerName: '计数测试企业',
    });
    expect(g).toMatchObject({ workerCount: null, womenWorkerCount: null });
    await expect(
      updateOrg(db, admin(), g.id, { workerCount: 10, womenWorkerCount: 11 }),
    ).rejects.toMatchObject({ code: 'ORG_WOMEN_WORKERS', details: { field: 'womenWorkerCount' } });
    const after = await updateOrg(db, admin(), g.id, { workerCount: 120, womenWorkerCount: 45 });
    expect(after).toMatchObject({ workerCount: 120, womenWorkerCount: 45 });
    expect(await findOrgById(db, g.id)).toMatchObject({ workerCount: 120, womenWorkerCount: 45 });
  });
});

describe('searching unions by name', () => {
  it('finds a name typed with % or _ as typed, not as a pattern', async () => {
    const root = await ctx.newRoot();
    const tag = ctx.unique();
    const percent = await ctx.newOrg(root, 'district', `百分百${tag}%工会`);
    await ctx.newOrg(root, 'district', `百分百${tag}X工会`);
    const found = await searchOrgs(db, admin(), `${tag}%`);
    expect(found.map((o) => o.id)).toEqual([percent.id]);
    expect(await searchOrgs(db, admin(), `${tag}_`)).toEqual([]);
  });
});

/** The figures of the unions right under the one asked, as every statistics page lists them (issue 46). */
describe('figuresByUnion', () => {
  it("puts the asked union's own row first, named as the caller says, then its children in the tree's order", async () => {
    const root = await ctx.newRoot();
    const later = await ctx.newOrg(root, 'district', `B区${ctx.unique()}`);
    const earlier = await ctx.newOrg(root, 'district', `A区${ctx.unique()}`);
    const street = await ctx.newOrg(root, 'street', `A街道${ctx.unique()}`);
    // the Map's order is not the tree's: the own row comes last and the children in another order
    const byChild = new Map<number | null, { n: number }>([
      [street.id, { n: 3 }],
      [later.id, { n: 1 }],
      [earlier.id, { n: 2 }],
      [null, { n: 9 }],
    ]);
    expect(await figuresByUnion(db, byChild, `${root.name}（本级）`)).toEqual([
      { orgId: null, orgName: `${root.name}（本级）`, depth: null, figures: { n: 9 } },
      // siblings by level, then by name
      { orgId: earlier.id, orgName: earlier.name, depth: 2, figures: { n: 2 } },
      { orgId: later.id, orgName: later.name, depth: 2, figures: { n: 1 } },
      { orgId: street.id, orgName: street.name, depth: 2, figures: { n: 3 } },
    ]);
    // without an own row (a page listing every union that counted), only the unions, a parent before its child
    const grassroots = await ctx.newOrg(earlier, 'grassroots');
    const rows = await figuresByUnion(
      db,
      new Map([
        [grassroots.id, 'g'],
        [earlier.id, 'e'],
      ]),
    );
    expect(rows.map((r) => [r.orgId, r.orgName, r.figures])).toEqual([
      [earlier.id, earlier.name, 'e'],
      [grassroots.id, grassroots.name, 'g'],
    ]);
    // a sheet indents each union by its steps below the topmost listed: the child one step in
    expect(treeSteps(rows.map((r) => r.depth))).toEqual([0, 1]);
    // a grassroots union right under a district is one step in, whatever its kind's level
    expect(treeSteps([null, ...rows.map((r) => r.depth)])).toEqual([0, 1, 2]);
    expect(await figuresByUnion(db, new Map<number | null, number>())).toEqual([]);
  });
});
