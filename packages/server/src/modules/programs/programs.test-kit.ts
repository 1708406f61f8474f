import { minutesFromNow } from '../../../test/clock.ts';
import { createTestContext, type TestContext } from '../../../test/factories.ts';
import type { Actor } from '../../access/access.ts';
import type { Db } from '../../db/db.ts';
import type { OrgRow } from '../org/index.ts';
import { createProgram, publishProgram } from './program-admin.service.ts';
import type { ProgramInput } from './programs.types.ts';
import type { AmountRule, Rule } from './rules/index.ts';

/**
 * A small world for programs tests: a federation with two districts; district A has a town with two
 * grassroots unions, district B one grassroots union. Staff actors at each, and a helper to add members.
 */
export async function createProgramsWorld(db: Db) {
  const ctx = createTestContext(db);
  const root = await ctx.newRoot();
  const districtA = await ctx.newOrg(root, 'district', `顺义测试区总工会${ctx.unique()}`);
  const town = await ctx.newOrg(districtA, 'town', `杨镇测试总工会${ctx.unique()}`);
  const grassA1 = await ctx.newOrg(town, 'grassroots');
  const grassA2 = await ctx.newOrg(town, 'grassroots');
  const grassDirect = await ctx.newOrg(districtA, 'grassroots');
  const districtB = await ctx.newOrg(root, 'district', `昌平测试区总工会${ctx.unique()}`);
  const grassB = await ctx.newOrg(districtB, 'grassroots');
  const admin = ctx.actor('admin', null);
  const staff = ctx.actorsAs('staff');
  const reviewer = ctx.actorsAs('reviewer');
  return {
    ctx,
    root,
    districtA,
    town,
    grassA1,
    grassA2,
    grassDirect,
    districtB,
    grassB,
    admin,
    staff,
    reviewer,
    worker: (personId: number): Actor => ({
      ...ctx.actor('worker', null, personId),
      userId: personId + 1_000_000,
    }),
    /** `input` created and published by `actor`. */
    async publishedProgram(actor: Actor, input: ProgramInput) {
      const p = await createProgram(db, actor, input);
      return publishProgram(db, actor, p.id);
    },
    async person(org: OrgRow, attrs: Parameters<typeof ctx.newPerson>[1] = {}) {
      return ctx.newPerson(org, attrs);
    },
    async certificate(personId: number, grade: number, date = '2020-06-01') {
      const [r] = await ctx.services.records.createRecord(admin, {
        kind: 'certificate',
        personId,
        occupation: '电工',
        grade,
        issuer: '北京市职业技能鉴定中心',
        number: `C${ctx.unique()}${ctx.unique()}`,
        date,
      });
      return r;
    },
  };
}

export type ProgramsWorld = Awaited<ReturnType<typeof createProgramsWorld>>;

/**
 * Seed 000's certificate rule as the tests and the eligibility bench state it: a member of the owner's subtree
 * holding a certificate of grade 3 or above issued in 2020 (`year` 'eq'), or in 2020 or later ('gte').
 */
export function certificateRule(year: 'eq' | 'gte' = 'eq'): Rule {
  return {
    op: 'all',
    rules: [
      { op: 'member_of_owner_subtree' },
      {
        op: 'has_record',
        kind: 'certificate',
        where: [
          { field: 'grade', cmp: 'lte', value: 3 },
          { field: 'year', cmp: year, value: 2020 },
        ],
      },
    ],
  };
}

/** Paid per certificate by its grade: ¥3,000 for grade 1, ¥2,000 for grade 2, ¥1,000 for grade 3, nothing below. */
export const certificateGradeTiers: AmountRule = {
  kind: 'tier',
  by: 'certificate.grade',
  tiers: [
    { key: '1', fen: 300000 },
    { key: '2', fen: 200000 },
    { key: '3', fen: 100000 },
  ],
};

/**
 * Certificate subsidy: certificate grade 3 or above, issued 2020 or later, ¥500 per certificate,
 * grassroots → town → district. It counts certificates of any date (the tests using it are about intake,
 * review and payment; evidence-window.test.ts covers the window).
 */
export function certificateProgram(ownerOrgId: number, over: Partial<ProgramInput> = {}): ProgramInput {
  return {
    ownerOrgId,
    name: '职业资格等级证书助推（测试）',
    category: 'subsidy',
    periodStart: '2020-01-01',
    periodEnd: '2022-12-31',
    periodUnit: 'year',
    evidenceWindow: { kind: 'any' },
    intakeModes: ['apply', 'batch', 'proposal'],
    limitMode: 'per_subject',
    subjectKind: 'certificate',
    reviewChain: [4, 3, 2],
    requiredEvidence: [],
    rule: certificateRule('gte'),
    amount: { kind: 'fixed', fen: 50_000 },
    ...over,
  };
}

/** A per-person program with a fixed amount and no records involved. */
export function fixedProgram(ownerOrgId: number, over: Partial<ProgramInput> = {}): ProgramInput {
  return {
    ownerOrgId,
    name: '送温暖一次性补助（测试）',
    category: 'relief',
    periodStart: '2020-01-01',
    periodEnd: '2030-12-31',
    periodUnit: 'year',
    intakeModes: ['apply', 'batch', 'proposal'],
    limitMode: 'per_person_per_period',
    reviewChain: [2],
    requiredEvidence: [],
    rule: { op: 'member_of_owner_subtree' },
    amount: { kind: 'fixed', fen: 100_000 },
    ...over,
  };
}

/**
 * A flash claim given in kind (no amount, no review) to the members of the owner's subtree, first come first
 * served, open from a minute before TEST_NOW for an hour, 50 to give; the owner is the creator's union unless
 * `over` names one.
 */
/**
 * A district with a grassroots union under it, the district's staff, and a published fixed ¥6,000 batch subsidy named
 * `title` and a unique tail (名师带徒): what past payments to the union's people are written under.
 */
export async function publishedStipend(t: TestContext, title: string) {
  const district = await t.newOrg(await t.newRoot(), 'district');
  const firm = await t.newOrg(district, 'grassroots');
  const staff = { ...t.actor('staff', district), userId: 91 };
  const name = `${title}${t.unique()}`;
  const p = await t.services.programs.create(
    staff,
    fixedProgram(district.id, {
      name,
      category: 'subsidy',
      intakeModes: ['batch'],
      amount: { kind: 'fixed', fen: 600_000 },
    }),
  );
  await t.services.programs.publish(staff, p.id);
  return { district, firm, staff, name, programId: p.id };
}

export function flashClaimProgram(over: Partial<ProgramInput> = {}): ProgramInput {
  return {
    name: '话剧票（测试）',
    category: 'flash_claim',
    periodStart: '2020-01-01',
    periodEnd: '2099-12-31',
    periodUnit: 'whole',
    intakeModes: ['claim'],
    limitMode: 'per_person_per_period',
    quota: 50,
    reviewChain: [],
    claimStartsAt: minutesFromNow(-1).toISOString(),
    claimEndsAt: minutesFromNow(60).toISOString(),
    rule: { op: 'member_of_owner_subtree' },
    amount: { kind: 'none' },
    ...over,
  };
}

/** Runs fn and returns the AppError it throws (fails the test when it does not throw one). */
export { appError } from '../../../test/factories.ts';
