import { describe, expect, it } from 'vitest';
import { countColumn, fenColumn, figureColumn, labelColumn, textColumn } from './columns.tsx';

describe('the column helpers', () => {
  it('write figures right-aligned: money in fen as yuan, counts with separators, others as they come', () => {
    const fen = fenColumn('预算', 'budgetFen', { width: 130 });
    expect(fen).toMatchObject({ title: '预算', dataIndex: 'budgetFen', align: 'right', width: 130 });
    expect(fen.render?.(123456)).toBe('¥1,234.56');
    expect(countColumn('人数', 'n').render?.(44320)).toBe('44,320');
    // a row without the figure (an optional area): a dash, where the count's writer failed the whole page
    expect(countColumn('面积', 'areaM2').render?.(null)).toBe('—');
    expect(fen.render?.(undefined)).toBe('—');
    const plain = figureColumn('件数', 'n');
    expect(plain).toEqual({ title: '件数', dataIndex: 'n', align: 'right' });
  });

  it('show a code by its label, and a missing code or text as a dash', () => {
    const kind = labelColumn('类别', 'kind', (k) => `kind:${k}`, { width: 80 });
    expect(kind).toMatchObject({ dataIndex: 'kind', width: 80 });
    expect(kind.render('area')).toBe('kind:area');
    // a nullable code (an open case's outcome): a dash, the label never asked
    const outcome = labelColumn<'won' | 'lost'>('结果', 'outcome', (o) => `outcome:${o}`);
    expect(outcome.render(null)).toBe('—');
    expect(outcome.render('won')).toBe('outcome:won');
    const phone = textColumn('电话', 'phone');
    expect(phone.render(null)).toBe('—');
    expect(phone.render('010-1234')).toBe('010-1234');
  });
});
