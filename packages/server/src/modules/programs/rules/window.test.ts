import { describe, expect, it } from 'vitest';
import {
  describeWindow,
  evaluateRule,
  type Facts,
  membershipProblem,
  type Rule,
  resolveWindow,
  type WindowRange,
} from './index.ts';
import { factsFixture, recordFact } from './record-fact.fixture.ts';

const yearly = { periodStart: '2020-01-01', periodEnd: '2022-12-31', periodUnit: 'year' as const };
const whole = { periodStart: '2020-03-01', periodEnd: '2021-06-30', periodUnit: 'whole' as const };

describe('resolving the evidence window', () => {
  it("'period' is the application's year for a year program and the whole period otherwise", () => {
    expect(resolveWindow({ kind: 'period' }, yearly, '2021')).toEqual({
      from: '2021-01-01',
      to: '2021-12-31',
      text: { zh: '2021年度', en: 'the 2021 period' },
    });
    expect(resolveWindow({ kind: 'period' }, whole, 'whole')).toMatchObject({
      from: '2020-03-01',
      to: '2021-06-30',
    });
  });

  it("'years' adds the years before: to the year of a year program, to the start and end years of a whole one", () => {
    expect(resolveWindow({ kind: 'years', before: 1 }, yearly, '2021')).toMatchObject({
      from: '2020-01-01',
      to: '2021-12-31',
      text: { zh: '2020至2021年度' },
    });
    expect(resolveWindow({ kind: 'years', before: 0 }, yearly, '2022')).toMatchObject({
      from: '2022-01-01',
      to: '2022-12-31',
    });
    expect(resolveWindow({ kind: 'years', before: 2 }, whole, 'whole')).toMatchObject({
      from: '2018-01-01',
      to: '2021-12-31',
    });
  });

  it("'dates' is taken as given and 'any' has no bound", () => {
    const w = resolveWindow({ kind: 'dates', from: '2020-03-01', to: '2020-09-30' }, yearly, '2020');
    expect(w).toMatchObject({ from: '2020-03-01', to: '2020-09-30' });
    expect(describeWindow(w).zh).toBe('只计2020-03-01至2020-09-30内的记录');
    expect(resolveWindow({ kind: 'any' }, yearly, '2020')).toBeNull();
    expect(describeWindow(null)).toEqual({ zh: '不限记录日期', en: 'records of any date count' });
    expect(describeWindow(resolveWindow({ kind: 'period' }, yearly, '2020')).en).toBe(
      'only records dated within the 2020 period count (2020-01-01 to 2020-12-31)',
    );
  });
});

const facts = (over: Partial<Facts>): Facts =>
  factsFixture({ membership: { joinedOn: '2015-01-01', leftOn: null, active: true }, ...over });

const in2020 = resolveWindow({ kind: 'period' }, yearly, '2020') as WindowRange;
const certificate: Rule = { op: 'has_record', kind: 'certificate', where: [] };

describe('explanations of the window', () => {
  it('excludes records outside the window and says so, per kind', () => {
    const d = evaluateRule(
      certificate,
      facts({
        window: in2020,
        records: [
          recordFact({ id: 1, occurredOn: '2019-06-01', year: 2019, occupation: '电工', number: 'S1' }),
        ],
      }),
    );
    expect(d.eligible).toBe(false);
    expect(d.outcomes[0].text.zh).toBe('职业资格证书「电工 S1」：发证日期2019-06-01不在2020年度内');
    expect(d.outcomes[0].text.en).toBe(
      'vocational certificate "电工 S1": issued 2019-06-01, outside the 2020 period',
    );
    const award = evaluateRule(
      { op: 'has_record', kind: 'award', where: [{ field: 'level', cmp: 'gte', value: 'city' }] },
      facts({
        window: in2020,
        records: [
          recordFact({ id: 2, kind: 'award', occurredOn: '2021-10-20', level: 'city', rank: '一等奖' }),
        ],
      }),
    );
    expect(award.outcomes[0].text.zh).toContain('获奖日期2021-10-20不在2020年度内');
    expect(award.outcomes[0].text.zh).not.toContain('级别');
  });

  it('counts a record inside the window among others outside it', () => {
    const d = evaluateRule(
      certificate,
      facts({
        window: in2020,
        records: [
          recordFact({ id: 1, occurredOn: '2019-06-01', year: 2019 }),
          recordFact({ id: 2, occurredOn: '2020-05-01', year: 2020, occupation: '焊工', number: 'S2' }),
          recordFact({ id: 3, occurredOn: '2026-03-01', year: 2026 }),
        ],
      }),
    );
    expect(d.eligible).toBe(true);
    expect(d.outcomes[0].text.zh).toBe('有职业资格证书「焊工 S2」');
  });

  it("tests the application's subject record against the window", () => {
    const d = evaluateRule(
      certificate,
      facts({
        window: in2020,
        subjectRecordId: 3,
        records: [
          recordFact({ id: 2, occurredOn: '2020-05-01' }),
          recordFact({ id: 3, occurredOn: '2026-03-01', occupation: '电工', number: 'S3' }),
        ],
      }),
    );
    expect(d.eligible).toBe(false);
    expect(d.outcomes[0].text.zh).toBe('申请所指职业资格证书「电工 S3」：发证日期2026-03-01不在2020年度内');
  });
});

describe('membership dates', () => {
  const member: Rule = { op: 'member_of_owner_subtree' };

  it('a member who joined after the evaluation day is not yet a member of the subtree', () => {
    const d = evaluateRule(
      member,
      facts({ membership: { joinedOn: '2021-03-01', leftOn: null, active: true } }),
    );
    expect(d.eligible).toBe(false);
    expect(d.outcomes[0].text.zh).toBe(
      '所在工会「杨镇工会」属于「顺义区总工会」管辖范围，但入会日期2021-03-01晚于评定日2020-12-31',
    );
    expect(d.outcomes[0].text.en).toContain(
      'joined the union on 2021-03-01, after the evaluation date 2020-12-31',
    );
  });

  it('a member who left before the evaluation day is no applicant', () => {
    const left = { joinedOn: '2015-01-01', leftOn: '2020-05-01', active: false };
    const d = evaluateRule(member, facts({ org: null, membership: left }));
    expect(d.eligible).toBe(false);
    expect(d.outcomes[0].text.zh).toBe('退会日期2020-05-01早于评定日2020-12-31');
    expect(membershipProblem(left, '2020-04-30')?.zh).toBe('无有效的工会会员关系');
    expect(membershipProblem({ ...left, active: true, leftOn: null }, '2020-12-31')).toBeNull();
  });

  it('the join day itself counts', () => {
    const d = evaluateRule(
      member,
      facts({ membership: { joinedOn: '2020-12-31', leftOn: null, active: true } }),
    );
    expect(d.eligible).toBe(true);
  });
});
