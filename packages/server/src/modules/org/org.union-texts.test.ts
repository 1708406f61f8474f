import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestContext, type TestContext } from '../../../test/factories.ts';
import type { Db } from '../../db/db.ts';
import type { OrgRow } from './org.repository.ts';
import { resolveOrgNames } from './org.service.ts';
import { resolveUnionTexts, unionFound } from './org.union-texts.ts';
import { usccCheckChar } from './uscc.ts';

/** A register names its unions as a clerk's sheet does: the full name, the short name, the code, or 杨镇 alone. */
let db: Db;
let ctx: TestContext;
let district: OrgRow;
let town: OrgRow;
let twinA: OrgRow;
let twinB: OrgRow;
let firm: OrgRow;
/** The firm's credit code, with letters (a lower-case one is another text). */
let code: string;
beforeAll(async () => {
  ({ db, ctx } = await openTestContext());
  const root = await ctx.newRoot();
  district = await ctx.newOrg(root, 'district', '词干测试区总工会');
  town = await ctx.newOrg(district, 'street', '词干镇总工会');
  // two unions whose names differ only in their endings: neither is guessed
  twinA = await ctx.newOrg(district, 'grassroots', '双名工会');
  twinB = await ctx.newOrg(district, 'grassroots', '双名联合工会');
  firm = await ctx.newOrg(district, 'grassroots', '信用代码测试公司工会');
  const body = `91110114MA${ctx.unique().slice(0, 7).toUpperCase()}`;
  code = body + usccCheckChar(body);
  await db.query('update orgs set uscc = $1 where id = $2', [code, firm.id]);
});
afterAll(async () => db?.close());

const resolve = async (...texts: string[]) =>
  [...(await resolveUnionTexts(db, { path: district.path }, texts)).values()].map((f) =>
    f === 'ambiguous' ? f : (unionFound(f)?.id ?? null),
  );

describe('a union as a sheet names it', () => {
  it('takes the name without its ending when one union answers to it', async () => {
    expect(await resolve('词干镇总工会', '词干镇', ' 词干镇 ')).toEqual([town.id, town.id, town.id]);
  });

  it('takes a district’s place name for its union: 词干测试 for 词干测试区总工会, never a town’s name cut short', async () => {
    expect(await resolve('词干测试', '词干测试区')).toEqual([district.id, district.id]);
    expect(await resolve('词干')).toEqual([null]);
  });

  it('never takes a name written with another ending for a union: it must be the union’s own', async () => {
    expect(await resolve('词干镇工会')).toEqual([null]);
  });

  it('takes 工会委员会 for 工会 and 工会 for 工会委员会: the formal name of the same union', async () => {
    const formal = await ctx.newOrg(district, 'grassroots', '正式名称测试公司工会委员会');
    expect(
      await resolve(
        '信用代码测试公司工会委员会',
        '正式名称测试公司工会',
        '双名工会委员会',
        '词干镇工会委员会',
      ),
    ).toEqual([firm.id, formal.id, twinA.id, null]);
  });

  it('says a name two unions answer to is ambiguous, and still finds each by its whole name', async () => {
    expect(await resolve('双名', '双名工会', '双名联合工会')).toEqual(['ambiguous', twinA.id, twinB.id]);
  });

  it('keeps a name ambiguous when a third union answers to it too', async () => {
    const street = await ctx.newOrg(district, 'street', '三名街道总工会');
    await ctx.newOrg(district, 'grassroots', '三名同名工会');
    await ctx.newOrg(town, 'grassroots', '三名同名工会');
    const third = await ctx.newOrg(street, 'grassroots', '三名同名工会');
    expect(await resolve('三名同名工会')).toEqual(['ambiguous']);
    const names = await resolveOrgNames(db, { path: district.path }, ['三名同名工会']);
    expect(names.get('三名同名工会')).toBe('ambiguous');
    // each of the three is still found within its own street or town
    expect(
      (await resolveOrgNames(db, { path: street.path }, ['三名同名工会'])).get('三名同名工会'),
    ).toMatchObject({
      id: third.id,
    });
  });
});

describe('a union by its credit code', () => {
  /** Full-width letters and digits, as a Chinese input method types them. */
  const fullWidth = (s: string) =>
    s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

  it('finds it however the code is typed: lower case, full-width, with spaces, as an ID number is', async () => {
    const lower = code.toLowerCase();
    const spaced = `${code.slice(0, 6)} ${code.slice(6, 12)}\u3000${code.slice(12)} `;
    expect(await resolve(lower)).toEqual([firm.id]);
    expect(await resolve(code, fullWidth(lower), spaced.toLowerCase(), fullWidth(spaced))).toEqual([
      firm.id,
      firm.id,
      firm.id,
      firm.id,
    ]);
  });
});

describe('resolveOrgNames: a union as the tree import and the accounts import name it', () => {
  it('takes a name or a short name only as written, and says a name two unions have is ambiguous', async () => {
    await ctx.newOrg(district, 'grassroots', '同名测试工会');
    const inTown = await ctx.newOrg(town, 'grassroots', '同名测试工会');
    const bracketed = await ctx.newOrg(district, 'grassroots', '括号（测试）工会');
    await db.query('update orgs set short_name = $1 where id = $2', ['括号简称', bracketed.id]);
    const names = await resolveOrgNames(db, { path: district.path }, [
      '同名测试工会',
      '括号（测试）工会',
      '括号(测试)工会',
      '括号简称',
      '词干镇',
      '词干镇总工会',
    ]);
    expect(Object.fromEntries(names)).toEqual({
      同名测试工会: 'ambiguous',
      '括号（测试）工会': { id: bracketed.id, path: bracketed.path, name: bracketed.name },
      括号简称: { id: bracketed.id, path: bracketed.path, name: bracketed.name },
      词干镇总工会: { id: town.id, path: town.path, name: town.name },
    });
    // within the town only one union has the name
    expect((await resolveOrgNames(db, { path: town.path }, ['同名测试工会'])).get('同名测试工会')).toEqual({
      id: inTown.id,
      path: inTown.path,
      name: inTown.name,
    });
  });
});
