import { describe, expect, it } from 'vitest';
import { unionDistrict } from './union-district.ts';

describe("a new station's 所在区, from its union (trial 44)", () => {
  it('is the division code inside the union’s credit code: 汇丰包装 (91110113…) stands in 顺义区', () => {
    expect(
      unionDistrict({
        name: '北京杨镇汇丰包装有限公司工会',
        uscc: '91110113A5L6UXMFD7',
        parentName: '杨镇总工会',
      }),
    ).toBe('110113');
  });

  it('is the district the union, or one above it, is named after', () => {
    expect(unionDistrict({ name: '顺义区总工会' })).toBe('110113');
    expect(unionDistrict({ name: '杨镇总工会', parentName: '顺义区总工会' })).toBe('110113');
    expect(
      unionDistrict({ name: '某厂工会', ancestors: [{ name: '北京市总工会' }, { name: '通州区总工会' }] }),
    ).toBe('110112');
    expect(unionDistrict({ name: '朝阳总工会' })).toBe('110105');
  });

  it('is none when nothing says (the clerk picks it)', () => {
    expect(unionDistrict({ name: '北京市总工会', uscc: '81110000MC0000000X' })).toBeNull();
    expect(unionDistrict({ name: '某厂工会', uscc: null, parentName: null })).toBeNull();
  });
});
