import { describe, expect, it } from 'vitest';
import { describeAmount, describeRule, evaluateRule, type Rule } from './index.ts';
import { factsFixture, recordFact } from './record-fact.fixture.ts';

const record = recordFact;

const facts = factsFixture;

const certRule: Rule = {
  op: 'has_record',
  kind: 'certificate',
  where: [
    { field: 'grade', cmp: 'lte', value: 3 },
    { field: 'year', cmp: 'eq', value: 2020 },
  ],
};

describe('explanations', () => {
  it('names the value seen and the requirement for a certificate level', () => {
    const d = evaluateRule(
      certRule,
      facts({ records: [record({ grade: 4, occupation: '电工', number: 'S1' })] }),
    );
    expect(d.eligible).toBe(false);
    expect(d.outcomes).toHaveLength(1);
    expect(d.outcomes[0].held).toBe(false);
    expect(d.outcomes[0].seen).toBe(4);
    expect(d.outcomes[0].text.zh).toContain('证书等级为四级，要求三级及以上');
    expect(d.outcomes[0].text.en).toContain('certificate level 4, level 3 or above required');
    expect(d.outcomes[0].text.zh).toContain('电工 S1');
  });

  it('shows every condition a qualifying record meets', () => {
    const d = evaluateRule(
      certRule,
      facts({ records: [record({ grade: 2, occupation: '焊工', number: 'S2' })] }),
    );
    expect(d.eligible).toBe(true);
    expect(d.outcomes[0].text.zh).toBe(
      '职业资格证书「焊工 S2」：证书等级为二级，要求三级及以上；发证年份为2020年，要求2020年',
    );
    expect(d.outcomes[0].text.en).toBe(
      'vocational certificate "焊工 S2": certificate level 2, level 3 or above required; issued in 2020, 2020 required',
    );
  });

  it('says when there is no record at all, and what was required', () => {
    const d = evaluateRule(certRule, facts());
    expect(d.outcomes[0].text.zh).toBe('无职业资格证书记录，要求：证书等级三级及以上，发证年份2020年');
    expect(d.outcomes[0].text.en).toBe(
      'no vocational certificate on record; required: certificate level 3 or above, issued in 2020',
    );
  });

  it('picks the closest record and counts the others', () => {
    const d = evaluateRule(
      certRule,
      facts({
        records: [
          record({ id: 1, grade: 5, year: 2019, occurredOn: '2019-01-01', occupation: '电工', number: 'A' }),
          record({ id: 2, grade: 2, year: 2019, occurredOn: '2019-05-01', occupation: '焊工', number: 'B' }),
        ],
      }),
    );
    expect(d.eligible).toBe(false);
    expect(d.outcomes[0].text.zh).toBe(
      '职业资格证书「焊工 B」：发证年份为2019年，要求2020年（共2条职业资格证书记录，均不符合）',
    );
  });

  it('explains the first-inventor front-line rule', () => {
    const rule: Rule = {
      op: 'all',
      rules: [
        {
          op: 'has_record',
          kind: 'patent',
          where: [
            { field: 'type', cmp: 'eq', value: 'invention' },
            { field: 'inventorOrder', cmp: 'eq', value: 1 },
          ],
        },
        { op: 'person', field: 'isFrontLine', cmp: 'eq', value: true },
      ],
    };
    const patent = record({
      kind: 'patent',
      patentType: 'invention',
      patentNo: 'ZL2020101234567',
      title: '一种散热装置',
      inventorOrder: 2,
    });
    const no = evaluateRule(rule, facts({ records: [patent] }));
    expect(no.eligible).toBe(false);
    expect(no.outcomes.map((o) => o.text.zh)).toEqual([
      '专利「一种散热装置（ZL2020101234567）」：发明人排序为第2位，要求第1位',
      '不是一线职工，须为一线职工',
    ]);
    expect(no.outcomes.map((o) => o.text.en)).toEqual([
      'patent "一种散热装置（ZL2020101234567）": inventor no. 2, no. 1 required',
      'not a front-line worker, front-line worker required',
    ]);
    const yes = evaluateRule(
      rule,
      facts({ records: [{ ...patent, inventorOrder: 1 }] }, { isFrontLine: true }),
    );
    expect(yes.eligible).toBe(true);
    expect(yes.outcomes[1].text).toEqual({ zh: '是一线职工', en: 'a front-line worker' });
  });

  it('tests only the subject record when the application names one', () => {
    const good = record({ id: 1, grade: 1, occupation: '电工', number: 'A' });
    const bad = record({ id: 2, grade: 5, occupation: '钳工', number: 'B' });
    expect(evaluateRule(certRule, facts({ records: [good, bad] })).eligible).toBe(true);
    const d = evaluateRule(certRule, facts({ records: [good, bad], subjectRecordId: 2 }));
    expect(d.eligible).toBe(false);
    expect(d.outcomes[0].text.zh).toBe('申请所指职业资格证书「钳工 B」：证书等级为五级，要求三级及以上');
  });

  it('explains membership, age, hardship and negation', () => {
    const rule: Rule = {
      op: 'all',
      rules: [
        { op: 'member_of_owner_subtree' },
        { op: 'person', field: 'age', cmp: 'lte', value: 40 },
        { op: 'person', field: 'hardshipActive', cmp: 'eq', value: true },
        { op: 'not', rule: { op: 'person', field: 'isOutdoor', cmp: 'eq', value: true } },
      ],
    };
    const d = evaluateRule(
      rule,
      facts({}, { hardshipLevel: 'general', hardshipFrom: '2020-01-01', hardshipUntil: '2020-12-30' }),
    );
    expect(d.eligible).toBe(false);
    expect(d.outcomes.map((o) => [o.held, o.text.zh])).toEqual([
      [true, '所在工会「杨镇工会」属于「顺义区总工会」管辖范围'],
      [false, '年龄为45岁，要求40岁及以下'],
      [false, '无有效的困难职工认定，须为在册困难职工'],
      [false, '（须不满足）不是户外劳动者，须为户外劳动者'],
    ]);
    expect(d.outcomes[1].text.en).toBe('age 45, 40 or younger required');
    const outside = evaluateRule(
      { op: 'member_of_owner_subtree' },
      facts({ ownerPath: '/1/6/', ownerName: '通州区总工会' }),
    );
    expect(outside.outcomes[0].text.zh).toBe(
      '所在工会「杨镇工会」不属于「通州区总工会」管辖范围，要求为其所属工会会员',
    );
  });

  it('counts age in full years, birthdays on 29 February included', () => {
    const age = (asOf: string, n: number) =>
      evaluateRule(
        { op: 'person', field: 'age', cmp: 'gte', value: n },
        { ...facts({}, { birthDate: '2000-02-29' }), asOf },
      ).eligible;
    expect(age('2021-02-28', 21)).toBe(false);
    expect(age('2021-02-28', 20)).toBe(true);
    expect(age('2021-03-01', 21)).toBe(true);
    expect(age('2020-02-29', 20)).toBe(true);
    expect(age('2020-02-28', 20)).toBe(false);
  });

  it('explains a union applicant', () => {
    const d = evaluateRule(
      {
        op: 'all',
        rules: [
          { op: 'union_level', cmp: 'eq', value: 3 },
          { op: 'person', field: 'isFemale', cmp: 'eq', value: true },
        ],
      },
      facts({ person: null }),
    );
    expect(d.outcomes.map((o) => o.text.zh)).toEqual([
      '工会层级为第3级（街道/乡镇总工会、集团工会），要求层级=3',
      '申请方不是个人',
    ]);
    expect(d.eligible).toBe(false);
  });

  it('describes rules and amounts for the builder preview', () => {
    const rule: Rule = {
      op: 'all',
      rules: [
        { op: 'member_of_owner_subtree' },
        certRule,
        {
          op: 'any',
          rules: [
            { op: 'has_record', kind: 'award', where: [{ field: 'level', cmp: 'gte', value: 'city' }] },
            { op: 'person', field: 'modelWorkerLevel', cmp: 'in', value: ['city', 'national'] },
          ],
        },
      ],
    };
    expect(describeRule(rule, 'zh')).toBe(
      '同时满足：（1）为主办工会所属会员；（2）持有职业资格证书，证书等级三级及以上、发证年份2020年；（3）满足其一：（1）持有竞赛获奖，竞赛级别市级及以上；（2）劳模级别市级、全国之一',
    );
    expect(describeRule(rule, 'en')).toBe(
      "all of: (1) member of a union in the owner's subtree; (2) holds a vocational certificate with certificate level 3 or above, issued in 2020; (3) any of: (1) holds a competition award with award at city level or above; (2) model worker one of city level, national level",
    );
    expect(describeAmount({ kind: 'per_unit', unitFen: 300000 }, 'zh')).toBe('每项3,000.00元');
    expect(describeAmount({ kind: 'fee_share', percent: 100 }, 'en')).toBe('training fee covered in full');
  });
});
