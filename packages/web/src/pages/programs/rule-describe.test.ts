import { describe, expect, it } from 'vitest';
import programsEn from '../../i18n/programs.en.json';
import programsZh from '../../i18n/programs.zh.json';
import { testI18n } from '../../i18n/test-i18n.ts';
import { describeAmount, describeRule } from './rule-describe.ts';
import type { AmountRule, CatalogueField, Rule, RuleCatalogue } from './rule-vocabulary.ts';

/** Two fields as GET /api/programs/rule-fields answers them (only what these sentences need). */
const grade: CatalogueField = {
  key: 'grade',
  type: 'int',
  label: { zh: '证书等级', en: 'certificate level' },
  cmps: [
    { cmp: 'eq', label: { zh: '为', en: 'is' } },
    { cmp: 'lte', label: { zh: '不低于', en: 'at or above' } },
  ],
  values: [3, 4].map((v) => ({ value: v, label: { zh: v === 3 ? '三级' : '四级', en: `level ${v}` } })),
  min: 1,
  max: 5,
  money: false,
};
const hardship: CatalogueField = {
  key: 'hardshipActive',
  type: 'bool',
  label: { zh: '困难职工认定', en: 'hardship status' },
  cmps: [{ cmp: 'eq', label: { zh: '为', en: 'is' } }],
  values: [
    { value: true, label: { zh: '困难职工认定有效', en: 'hardship status current' } },
    { value: false, label: { zh: '无有效的困难职工认定', en: 'no current hardship status' } },
  ],
  min: null,
  max: null,
  money: false,
};
const catalogue: RuleCatalogue = {
  person: [hardship],
  records: [
    { kind: 'certificate', label: { zh: '职业资格证书', en: 'vocational certificate' }, fields: [grade] },
  ],
  unionLevel: { ...grade, key: 'level', label: { zh: '工会层级', en: 'union level' } },
  amountKinds: [],
  tierBy: [
    {
      by: 'certificate.grade',
      label: { zh: '证书等级', en: 'certificate level' },
      keys: [{ value: '3', label: { zh: '三级', en: 'level 3' } }],
    },
  ],
};

const rule: Rule = {
  op: 'all',
  rules: [
    { op: 'member_of_owner_subtree' },
    { op: 'has_record', kind: 'certificate', where: [{ field: 'grade', cmp: 'lte', value: 3 }] },
    { op: 'not', rule: { op: 'person', field: 'hardshipActive', cmp: 'eq', value: true } },
  ],
};

const i18n = testI18n({ zh: programsZh, en: programsEn });

describe('the builder describes a rule in the words of the server catalogue', () => {
  it('in Chinese: grades read as ranks, yes/no fields as their value', () => {
    const t = i18n.getFixedT('zh');
    expect(describeRule(t, 'zh', catalogue, rule)).toBe(
      '属于主办工会辖区内的会员，并且持有职业资格证书，且证书等级 不低于 三级，并且不满足：困难职工认定有效',
    );
    expect(describeAmount(t, { kind: 'fee_share', percent: 100, capFen: 200000 })).toBe(
      '按实际费用的 100% 补贴，最高 ¥2,000.00',
    );
    const tier: AmountRule = { kind: 'tier', by: 'certificate.grade', tiers: [{ key: '3', fen: 100000 }] };
    expect(describeAmount(t, tier, catalogue, 'zh')).toBe('按证书等级分档：三级: ¥1,000.00');
    // without the catalogue (a worker's page) the tiers are listed without their basis
    expect(describeAmount(t, tier)).toBe('分档：3: ¥1,000.00');
  });

  it('for a union-applicant program, speaks of the applying union, not of persons', () => {
    const t = i18n.getFixedT('zh');
    const union: Rule = { op: 'member_of_owner_subtree' };
    expect(describeRule(t, 'zh', catalogue, union, 'union')).toBe('申请工会属于主办工会辖区');
    expect(describeAmount(t, { kind: 'fixed', fen: 2000000 }, catalogue, 'zh', 'union')).toBe(
      '每个工会 ¥20,000.00',
    );
    expect(describeAmount(t, { kind: 'fixed', fen: 2000000 }, catalogue, 'zh')).toBe('每人/每项 ¥20,000.00');
  });

  it('in English', () => {
    const t = i18n.getFixedT('en');
    expect(describeRule(t, 'en', catalogue, rule)).toBe(
      "member of a union in the owner's subtree, and holds a vocational certificate with certificate level at or above level 3, and not: hardship status current",
    );
    // tiers are listed with the language's separator, the worker's page (no catalogue) included
    const tiers: AmountRule = {
      kind: 'tier',
      by: 'certificate.grade',
      tiers: [
        { key: '3', fen: 100000 },
        { key: '4', fen: 50000 },
      ],
    };
    expect(describeAmount(t, tiers, catalogue, 'en')).toBe(
      'By certificate level: level 3: ¥1,000.00; 4: ¥500.00',
    );
    expect(describeAmount(t, tiers)).toBe('Tiers: 3: ¥1,000.00; 4: ¥500.00');
    expect(describeAmount(i18n.getFixedT('zh'), tiers)).toBe('分档：3: ¥1,000.00；4: ¥500.00');
  });
});
