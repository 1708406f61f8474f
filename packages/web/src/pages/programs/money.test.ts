import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.ts';
import { programsEn } from '../../i18n/programs.en.ts';
import { programsZh } from '../../i18n/programs.zh.ts';
import { zh } from '../../i18n/zh.ts';
import { fenToYuanText, formatFen, yuanToFen } from './money.ts';
import { describeAmount, describeRule } from './rule-describe.ts';
import type { Rule } from './rule-types.ts';

describe('yuan typed by staff becomes integer fen', () => {
  it.each([
    ['0', 0],
    ['1', 100],
    ['0.1', 10],
    ['0.29', 29],
    ['1234.5', 123450],
    ['1,234.56', 123456],
    ['¥ 300000', 30000000],
    ['19.99', 1999],
    ['1.005', null],
    ['-1', null],
    ['abc', null],
    ['', null],
  ])('%s → %s', (text, fen) => {
    const got = yuanToFen(text);
    expect(got).toBe(fen);
    if (got !== null) expect(Number.isInteger(got)).toBe(true);
  });

  it('round-trips every cent of a few yuan exactly', () => {
    for (let fen = 0; fen < 2000; fen++) expect(yuanToFen(fenToYuanText(fen))).toBe(fen);
  });

  it('formats fen for display', () => {
    expect(formatFen(123456)).toBe('¥1,234.56');
    expect(formatFen(-10000)).toBe('-¥100.00');
    expect(formatFen(null)).toBe('—');
  });
});

describe('the builder describes a rule in words', () => {
  const rule: Rule = {
    op: 'all',
    rules: [
      { op: 'member_of_owner_subtree' },
      { op: 'has_record', kind: 'certificate', where: [{ field: 'grade', cmp: 'lte', value: 3 }] },
      { op: 'not', rule: { op: 'person', field: 'hardshipActive', cmp: 'eq', value: true } },
    ],
  };
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: {
      zh: { translation: { ...zh, ...programsZh } },
      en: { translation: { ...en, ...programsEn } },
    },
    lng: 'zh',
    initAsync: false,
    interpolation: { escapeValue: false },
  });

  it('in Chinese, certificate grades read as ranks', () => {
    const t = i18n.getFixedT('zh');
    expect(describeRule(t, rule)).toBe(
      '属于主办工会辖区内的会员，并且持有职业资格证书，且证书等级 不低于 三级（高级工），并且不满足：在档困难职工',
    );
    expect(describeAmount(t, { kind: 'fee_share', percent: 100, capFen: 200000 })).toBe(
      '按实际费用的 100% 补贴，最高 ¥2,000.00',
    );
  });

  it('in English', () => {
    const t = i18n.getFixedT('en');
    expect(describeRule(t, rule)).toBe(
      "member of a union in the owner's subtree, and holds a certificate with grade at or above level 3 (senior worker), and not: registered hardship worker",
    );
  });
});
