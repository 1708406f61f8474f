import { describe, expect, it } from 'vitest';
import { pickerName, unionOnEnter } from './OrgSelect.tsx';

const hits = [
  { id: 1, name: '北京市昌平区总工会', status: 'closed' },
  { id: 2, name: '昌平区延寿镇总工会', status: 'active' },
  { id: 3, name: '昌平区城北街道总工会', status: 'active' },
];
const closedBlocked = (h: { status: string }) => h.status === 'closed';

describe('Enter in the union search', () => {
  it('picks the first union that may be picked when the search found several and none is highlighted', () => {
    expect(unionOnEnter(hits, false, closedBlocked)?.id).toBe(2);
    expect(unionOnEnter(hits, false, () => false)?.id).toBe(1);
  });

  it('leaves Enter to the tree when it highlights a union (the clerk moved to it with the arrow keys)', () => {
    expect(unionOnEnter(hits, true, closedBlocked)).toBeUndefined();
  });

  it('picks nothing when every hit is blocked', () => {
    expect(unionOnEnter(hits, false, () => true)).toBeUndefined();
  });
});

describe('the name a screen reader reads the union picker by', () => {
  it('is its placeholder on a filter or a statistics page, where no label names it', () => {
    expect(pickerName({}, '全部工会')).toBe('全部工会');
  });

  it("is left to a form's label when the picker has an id (the label names it)", () => {
    expect(pickerName({ id: 'orgId' }, '选择工会')).toBeUndefined();
  });

  it('is the name given, a filter with an id and no label too', () => {
    expect(pickerName({ id: 'member-org-filter', 'aria-label': '全部工会' }, '选择工会')).toBe('全部工会');
  });
});
