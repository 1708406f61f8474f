import { describe, expect, it } from 'vitest';
import { segmentForSearch, segmentQuery } from './segment.ts';

describe('Chinese segmentation', () => {
  it('indexes long words with their parts and drops punctuation', () => {
    const doc = segmentForSearch('数控机床主轴热变形补偿技术，已应用于生产线。').split(' ');
    expect(doc).toEqual(expect.arrayContaining(['数控', '机床', '数控机床', '主轴', '补偿', '技术']));
    expect(doc).not.toContain('，');
    expect(doc).not.toContain('。');
  });

  it('splits a query into whole words found among the document words', () => {
    const doc = new Set(segmentForSearch('数控机床主轴热变形补偿技术').split(' '));
    const q = segmentQuery('数控机床 补偿');
    expect(q).toEqual(['数控机床', '补偿']);
    for (const w of q) expect(doc.has(w)).toBe(true);
  });

  it('reads full-width letters and digits as their plain forms', () => {
    expect(segmentQuery('ＰＬＣ控制')).toContain('plc');
  });
});
