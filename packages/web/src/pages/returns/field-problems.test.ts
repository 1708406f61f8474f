import { describe, expect, it } from 'vitest';
import { problemsAt } from './field-problems.ts';

const value = (text: string) => ({
  text,
  bound: null,
  source: 'typed' as const,
  reason: null,
  enteredBy: '汇丰包装工会工作人员',
  enteredAt: '2026-11-30T12:00:00Z',
});

/**
 * A return's problems before it may be submitted (a required field left empty, a rule broken) were listed only above
 * the form: a clerk reading down a form of thirty fields found no word at the field itself.
 */
describe("a return's problems at their fields", () => {
  const s = {
    values: { f15: value('20'), f14: value('15') },
    problems: [
      { key: 'f1', zh: '“单位类型”为必填项', en: '“单位类型” is required' },
      {
        key: 'f15',
        zh: '其中女代表（20）不能大于职代会代表（15）',
        en: 'Of whom women (20) cannot exceed delegates (15)',
      },
    ],
  };

  it('are said at the field they are about, in the page language', () => {
    expect(problemsAt(s, 'f1', '', false)).toEqual(['“单位类型”为必填项']);
    expect(problemsAt(s, 'f15', '20', true)).toEqual(['Of whom women (20) cannot exceed delegates (15)']);
    expect(problemsAt(s, 'f14', '15', false)).toEqual([]);
  });

  it('are not said at a field typed over since the save they were checked at', () => {
    expect(problemsAt(s, 'f1', '企业', false)).toEqual([]);
    expect(problemsAt(s, 'f15', '5', false)).toEqual([]);
  });
});
