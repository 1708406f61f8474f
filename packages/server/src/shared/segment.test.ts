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

  it('cuts workplace words the same in a short query as inside a sentence', () => {
    const doc = new Set(
      segmentForSearch('基于远程运维的轮对防热变形装置，物联网采集预制构件数据。').split(' '),
    );
    for (const q of ['远程运维轮对', '轮对 热变形', '物联网采集预制构件']) {
      const words = segmentQuery(q);
      expect(words.length).toBeGreaterThan(0);
      for (const w of words) expect(doc.has(w), `${q}: ${w}`).toBe(true);
    }
  });
});
