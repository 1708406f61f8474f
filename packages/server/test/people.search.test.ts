import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/db.ts';
import { idCheckDigit } from '../src/modules/people/index.ts';
import { SEARCH_COUNT_AHEAD } from '../src/modules/people/people.list.repository.ts';
import { openTestContext, type TestContext } from './factories.ts';

let db: Db;
let ctx: TestContext;
beforeAll(async () => {
  ({ db, ctx } = await openTestContext());
});
afterAll(async () => db?.close());

/**
 * `count` people named `prefix` + a four-digit number from `from`, each an active member of `orgId`; numbered in
 * reverse of their ids, so that the name order is not the id order.
 */
async function bulkMembers(orgId: number, prefix: string, from: number, count: number) {
  await db.query(
    `with made as (
       insert into persons (name, id_hash, id_cipher, id_masked, birth_date, gender)
       select $2 || lpad((2 * $3::int + $4::int - 1 - g)::text, 4, '0'), 'bulk-' || $2 || g, 'v1.test', '110105********000' || (g % 10),
              date '1990-01-01', 'female'
         from generate_series($3::int, $3::int + $4::int - 1) g
       returning id)
     insert into memberships (person_id, org_id, joined_on) select id, $1, date '2015-01-01' from made`,
    [orgId, prefix, from, count],
  );
}

describe('searching by a short text that matches more people than are counted', () => {
  it('counts up to the limit past the page, says the total is a lower bound, and counts on as the user pages', async () => {
    const root = await ctx.newRoot();
    const a = await ctx.newOrg(root, 'district');
    const b = await ctx.newOrg(root, 'district');
    const ga = await ctx.newOrg(a, 'grassroots');
    const gb = await ctx.newOrg(b, 'grassroots');
    const mine = SEARCH_COUNT_AHEAD + 50;
    await bulkMembers(ga.id, '上限', 0, mine);
    await bulkMembers(gb.id, '上限', mine, 30);
    const staff = ctx.actor('staff', a);
    const search = (page: number) =>
      ctx.services.people.listMembers(staff, { q: '上限', page, pageSize: 20 });

    const first = await search(1);
    expect([first.total, first.totalIsLowerBound]).toEqual([SEARCH_COUNT_AHEAD, true]);
    expect(first.items.map((x) => x.name)).toEqual(
      Array.from({ length: 20 }, (_, i) => `上限${String(i).padStart(4, '0')}`),
    );
    expect(first.items.every((x) => x.orgId === ga.id)).toBe(true);

    const last = SEARCH_COUNT_AHEAD / 20;
    const deep = await search(last + 1);
    expect([deep.total, deep.totalIsLowerBound]).toEqual([mine, false]);
    expect(deep.items.map((x) => x.name)[0]).toBe(`上限${String(SEARCH_COUNT_AHEAD).padStart(4, '0')}`);
    expect((await search(last + 3)).items.map((x) => x.name)).toEqual(
      Array.from({ length: 10 }, (_, i) => `上限${String(SEARCH_COUNT_AHEAD + 40 + i).padStart(4, '0')}`),
    );

    const theirs = await ctx.services.people.listMembers(ctx.actor('staff', b), { q: '上限' });
    expect([theirs.total, theirs.totalIsLowerBound, theirs.items.length]).toEqual([30, false, 20]);
    expect(theirs.items.every((x) => x.orgId === gb.id)).toBe(true);
  });

  it("keeps a name's parts with the person's federation, set when the memberships came after the persons", async () => {
    const root = await ctx.newRoot();
    const g = await ctx.newOrg(root, 'grassroots');
    await bulkMembers(g.id, '联邦', 0, 3);
    const { rows } = await db.query<{ kept: number; home: number }>(
      `select distinct x.federation_id::int as kept, p.federation_id::int as home
         from person_name_parts x join persons p on p.id = x.person_id where p.name like '联邦%'`,
    );
    expect(rows).toEqual([{ kept: root.id, home: root.id }]);
  });

  it('keeps the exact total for a text that matches few, and for lists without a text', async () => {
    const root = await ctx.newRoot();
    const g = await ctx.newOrg(root, 'grassroots');
    await bulkMembers(g.id, '少数', 0, 3);
    const staff = ctx.actor('staff', root);
    const few = await ctx.services.people.listMembers(staff, { q: '少数' });
    expect([few.total, few.totalIsLowerBound, few.items.length]).toEqual([3, false, 3]);
    const all = await ctx.services.people.listMembers(staff, { orgId: g.id, female: true });
    expect([all.total, all.totalIsLowerBound]).toEqual([3, false]);
  });
});

/** A valid ID number of region 110105 born on 1990-03-`day`, sequence `seq`. */
function idNumberBorn(day: string, seq: string): string {
  const first17 = `110105199003${day}${seq}`;
  return first17 + idCheckDigit(first17);
}

/**
 * Two ID numbers with the same last four, born on different days (their last six differ): the day's digits weigh
 * 10 and 5 in the check digit's sum, so the 15th and the 23rd give the same check digit.
 */
function sameLastFour(): [string, string] {
  for (let n = 100; n < 1000; n++) {
    const a = idNumberBorn('15', String(n));
    const b = idNumberBorn('23', String(n));
    // digits only, so that the last four and six are a phone's end too
    if (a.slice(-4) === b.slice(-4) && !a.endsWith('X')) return [a, b];
  }
  throw new Error('no pair');
}

describe('searching as a clerk searches: part of a name, a phone or ID number by its end', () => {
  async function twoDistricts() {
    const root = await ctx.newRoot();
    const a = await ctx.newOrg(root, 'district');
    const b = await ctx.newOrg(root, 'district');
    return { a, b, ga: await ctx.newOrg(a, 'grassroots'), gb: await ctx.newOrg(b, 'grassroots') };
  }

  it('finds part of a name wherever it stands, names starting with it first, each person once, only in the subtree', async () => {
    const { a, ga, gb } = await twoDistricts();
    const zhao = await ctx.newPerson(ga, { name: '赵晓虹' });
    const front = await ctx.newPerson(ga, { name: '晓虹梅' });
    const twice = await ctx.newPerson(ga, { name: '晓虹晓虹' });
    const middle = await ctx.newPerson(ga, { name: '欧阳晓虹娟' });
    await ctx.newPerson(ga, { name: '赵晓明' });
    await ctx.newPerson(gb, { name: '钱晓虹' });
    const staff = ctx.actor('staff', a);
    const search = (q: string) => ctx.services.people.listMembers(staff, { q });
    const found = await search('晓虹');
    // the names starting with it in name (code-point) order, then the others by the name from the text on
    expect(found.items.map((x) => x.id)).toEqual([twice.id, front.id, zhao.id, middle.id]);
    expect([found.total, found.totalIsLowerBound]).toEqual([4, false]);
    expect((await search('虹娟')).items.map((x) => x.id)).toEqual([middle.id]);
    expect((await search('阳晓')).items.map((x) => x.id)).toEqual([middle.id]);
    // the export reads the same search
    expect((await ctx.services.memberExport.exportMembers(staff, { q: '晓虹' })).count).toBe(4);
    expect((await ctx.services.memberExport.exportMembers(staff, { q: '虹娟' })).count).toBe(1);
  });

  it('compares a name as a clerk reads it: white space inside a name or a search text is no matter', async () => {
    const { a, ga, gb } = await twoDistricts();
    // stored as typed: with a space, with an ideographic space (U+3000), and without
    const spaced = await ctx.newPerson(ga, { name: '欧阳 明' });
    const wide = await ctx.newPerson(ga, { name: '上官\u3000燕' });
    const plain = await ctx.newPerson(ga, { name: '欧阳明华' });
    await ctx.newPerson(gb, { name: '欧阳明' });
    const { rows } = await db.query<{ name: string }>('select name from persons where id = $1', [spaced.id]);
    expect(rows[0].name).toBe('欧阳 明');
    const staff = ctx.actor('staff', a);
    const ids = async (q: string) =>
      (await ctx.services.people.listMembers(staff, { q })).items.map((x) => x.id);
    // the name's start, then a part inside it, each way round
    expect(await ids('欧阳明')).toEqual([spaced.id, plain.id]);
    expect(await ids('欧阳 明')).toEqual([spaced.id, plain.id]);
    expect(await ids('欧阳\u3000明')).toEqual([spaced.id, plain.id]);
    expect(await ids('阳明')).toEqual([spaced.id, plain.id]);
    expect(await ids('阳 明')).toEqual([spaced.id, plain.id]);
    expect(await ids('上官燕')).toEqual([wide.id]);
    expect(await ids('官 燕')).toEqual([wide.id]);
    const found = await ctx.services.people.listMembers(staff, { q: '欧阳明' });
    expect(found.items.map((x) => x.name)).toEqual(['欧阳 明', '欧阳明华']);
    expect(found.total).toBe(2);
    expect((await ctx.services.memberExport.exportMembers(staff, { q: '阳 明' })).count).toBe(2);
    // a name changed to one with a space is found by its key too
    await db.query('update persons set name = $2 where id = $1', [plain.id, '欧阳 明华']);
    expect(await ids('明华')).toEqual([plain.id]);
  });

  it('follows a name changed, and a name search pages and counts on past the first page', async () => {
    const { a, ga } = await twoDistricts();
    const p = await ctx.newPerson(ga, { name: '孙改名前' });
    const staff = ctx.actor('staff', a);
    const ids = async (q: string) =>
      (await ctx.services.people.listMembers(staff, { q })).items.map((x) => x.id);
    expect(await ids('改名前')).toEqual([p.id]);
    await db.query('update persons set name = $2 where id = $1', [p.id, '孙改名后']);
    expect(await ids('改名前')).toEqual([]);
    expect(await ids('改名后')).toEqual([p.id]);
    await bulkMembers(ga.id, '页内', 0, 25);
    await bulkMembers(ga.id, '首页内', 100, 5);
    const page = (n: number) => ctx.services.people.listMembers(staff, { q: '页内', page: n, pageSize: 20 });
    const first = await page(1);
    const second = await page(2);
    expect([first.total, second.total]).toEqual([30, 30]);
    expect(second.items.map((x) => x.name)).toEqual([
      ...Array.from({ length: 5 }, (_, i) => `页内${String(20 + i).padStart(4, '0')}`),
      ...Array.from({ length: 5 }, (_, i) => `首页内${String(100 + i).padStart(4, '0')}`),
    ]);
  });

  it('finds a phone by its last four or more digits or in full as typed, only in the subtree', async () => {
    const { a, ga, gb } = await twoDistricts();
    const mine = await ctx.newPerson(ga, { phone: '13952718406' });
    const other = await ctx.newPerson(ga, { phone: '13652718406' });
    await ctx.newPerson(gb, { phone: '13952718406' });
    const staff = ctx.actor('staff', a);
    const ids = async (q: string) =>
      (await ctx.services.people.listMembers(staff, { q })).items.map((x) => x.id).sort((x, y) => x - y);
    const both = [mine.id, other.id].sort((x, y) => x - y);
    expect(await ids('8406')).toEqual(both);
    expect(await ids('2718406')).toEqual(both);
    expect(await ids('952718406')).toEqual([mine.id]);
    expect(await ids('13952718406')).toEqual([mine.id]);
    expect(await ids('+86 139-5271-8406')).toEqual([mine.id]);
    expect(await ids('139 5271 8406')).toEqual([mine.id]);
    expect(await ids('８４０６')).toEqual(both);
    expect(await ids('0000008406')).toEqual([]);
    expect((await ctx.services.memberExport.exportMembers(staff, { q: '2718406' })).count).toBe(2);
  });

  it('finds an ID number by its last four or six, and four or six digits as a phone end or an ID end alike', async () => {
    const { a, ga, gb } = await twoDistricts();
    const [on15, on23] = sameLastFour();
    const p15 = await ctx.newPerson(ga, { idNumber: on15 });
    const p23 = await ctx.newPerson(ga, { idNumber: on23 });
    const byPhone = await ctx.newPerson(ga, { phone: `13900${on15.slice(-6)}` });
    await ctx.newPerson(gb, { phone: `13800${on15.slice(-6)}` });
    const staff = ctx.actor('staff', a);
    const ids = async (q: string) =>
      (await ctx.services.people.listMembers(staff, { q })).items.map((x) => x.id).sort((x, y) => x - y);
    expect(await ids(on15.slice(-4))).toEqual([p15.id, p23.id, byPhone.id]);
    expect(await ids(on15.slice(-6))).toEqual([p15.id, byPhone.id]);
    expect(await ids(on23.slice(-6))).toEqual([p23.id]);
    expect((await ctx.services.memberExport.exportMembers(staff, { q: on23.slice(-6) })).count).toBe(1);
  });
});

describe('a name compared as a clerk reads it (ADR 149)', () => {
  it('is the same key in the code and in the database', async () => {
    const { nameKey } = await import('../src/shared/text.ts');
    const names = [
      '欧阳 明',
      '欧阳　明',
      ' 赵小红 ',
      '赵\t小\u00a0红',
      'Zhang Wei',
      'ＺＨＡＮＧ－Ｗｅｉ',
      '阿卜杜—热合曼',
      '买买提·艾力',
      '赵（小）敏',
      '李 ‐ 四',
    ];
    for (const name of names) {
      const { rows } = await db.query<{ key: string }>('select person_name_key($1) as key', [name]);
      expect(rows[0].key, name).toBe(nameKey(name));
    }
  });
});
