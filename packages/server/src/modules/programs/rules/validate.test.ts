import { describe, expect, it } from 'vitest';
import { certificateRule } from '../programs.test-kit.ts';
import { validateRule } from './index.ts';

describe('rule validation', () => {
  it('accepts the seed rules', () => {
    expect(validateRule(certificateRule())).toEqual([]);
    expect(
      validateRule({
        op: 'any',
        rules: [
          { op: 'person', field: 'isOutdoor', cmp: 'eq', value: true },
          { op: 'person', field: 'isNewEmployment', cmp: 'eq', value: true },
        ],
      }),
    ).toEqual([]);
  });

  it('names the path and the problem in both languages', () => {
    const problems = validateRule({
      op: 'all',
      rules: [
        { op: 'person', field: 'isFrontLine', cmp: 'gte', value: true },
        { op: 'person', field: 'salary', cmp: 'eq', value: 1 },
        { op: 'has_record', kind: 'certificate', where: [{ field: 'level', cmp: 'eq', value: 'city' }] },
        { op: 'has_record', kind: 'award', where: [{ field: 'level', cmp: 'in', value: [] }] },
        { op: 'has_record', kind: 'award', where: [{ field: 'level', cmp: 'gte', value: 'galactic' }] },
        { op: 'person', field: 'age', cmp: 'lt', value: '40' },
        { op: 'any', rules: [] },
        { op: 'union_level', cmp: 'eq', value: 9 },
        { op: 'maybe' },
        { op: 'not', rule: { op: 'member_of_owner_subtree', extra: 1 } },
      ],
    });
    expect(problems.map((p) => p.path)).toEqual([
      'rules.0.cmp',
      'rules.1.field',
      'rules.2.where.0.field',
      'rules.3.where.0.value',
      'rules.4.where.0.value',
      'rules.5.value',
      'rules.6.rules',
      'rules.7.value',
      'rules.8.op',
      'rules.9.rule.extra',
    ]);
    expect(problems[0].zh).toContain('一线职工');
    expect(problems[0].en).toContain('front-line worker');
    for (const p of problems) {
      expect(p.zh.length).toBeGreaterThan(0);
      expect(p.en.length).toBeGreaterThan(0);
    }
  });

  it('refuses rules nested too deep or too large', () => {
    let deep: unknown = { op: 'member_of_owner_subtree' };
    for (let i = 0; i < 10; i++) deep = { op: 'not', rule: deep };
    expect(validateRule(deep)[0].zh).toContain('嵌套');
    const wide = { op: 'any', rules: Array.from({ length: 250 }, () => ({ op: 'member_of_owner_subtree' })) };
    expect(validateRule(wide).at(-1)?.en).toContain('Too many rules');
    expect(validateRule(null)[0].path).toBe('rule');
  });
});
