import { describe, expect, it } from 'vitest';
import { choiceFilter, filterValues, type ListFilter, selectFilter, viewsFilter } from './list-filters.ts';

const FILTERS: ListFilter[] = [
  { kind: 'views', param: 'view', all: 'all', options: [] },
  { kind: 'select', param: 'kind', placeholder: '类别', options: [] },
  { kind: 'select', param: 'status', all: 'all', initial: 'pending', options: [] },
  { kind: 'search', param: 'q', placeholder: '搜索' },
];

describe('filterValues', () => {
  it('reads nothing set as every one, and a list with an initial value at it', () => {
    expect(filterValues(FILTERS, new URLSearchParams())).toEqual({
      view: undefined,
      kind: undefined,
      status: 'pending',
      q: undefined,
    });
  });

  it('reads a view or a list at its `all` as not set, and trims the words', () => {
    const params = new URLSearchParams({ view: 'all', kind: 'a', status: 'all', q: '  张三 ' });
    expect(filterValues(FILTERS, params)).toEqual({
      view: undefined,
      kind: 'a',
      status: undefined,
      q: '张三',
    });
  });

  it('reads a chosen value over the initial one', () => {
    expect(filterValues(FILTERS, new URLSearchParams({ status: 'accepted' })).status).toBe('accepted');
  });
});

describe('filterValues of a value not among the choices', () => {
  it('reads it as not set, or at the initial value, so the control shows words and not the code', () => {
    const filters: ListFilter[] = [
      viewsFilter('view', ['open', 'closed'], (v) => v, { every: '全部' }),
      choiceFilter('status', ['pending', 'done'], (v) => v, { every: '全部', initial: 'pending' }),
      selectFilter('kind', ['a', 'b'], (v) => v),
    ];
    const params = new URLSearchParams({ view: 'running', status: 'gone', kind: 'c' });
    expect(filterValues(filters, params)).toEqual({ view: undefined, status: 'pending', kind: undefined });
    expect(filterValues(filters, new URLSearchParams({ kind: 'b' })).kind).toBe('b');
  });

  it('keeps the value of a list whose options are still on the way', () => {
    const loading: ListFilter[] = [{ kind: 'select', param: 'program', options: [], loading: true }];
    expect(filterValues(loading, new URLSearchParams({ program: '7' })).program).toBe('7');
  });
});

describe('filterValues of a ticked box', () => {
  it('reads a ticked box as 1 and an unticked one as not set', () => {
    const box: ListFilter[] = [{ kind: 'check', param: 'uninspected', label: '未年检' }];
    expect(filterValues(box, new URLSearchParams({ uninspected: '1' }))).toEqual({ uninspected: '1' });
    expect(filterValues(box, new URLSearchParams())).toEqual({ uninspected: undefined });
  });
});

describe('filterValues of a switch and of tags', () => {
  it('reads a switch as on until turned off, and a ticked tag as 1', () => {
    const filters: ListFilter[] = [
      { kind: 'switch', param: 'mine', label: '只看待我审核' },
      { kind: 'tag', param: 'female', label: '女职工' },
      { kind: 'org', param: 'orgId' },
    ];
    expect(filterValues(filters, new URLSearchParams())).toEqual({
      mine: '1',
      female: undefined,
      orgId: undefined,
    });
    expect(filterValues(filters, new URLSearchParams({ mine: '0', female: '1', orgId: '7' }))).toEqual({
      mine: undefined,
      female: '1',
      orgId: '7',
    });
  });
});

describe('choiceFilter', () => {
  const status = choiceFilter('status', ['pending', 'done'], (v) => `状态 ${v}`, {
    every: '全部状态',
    initial: 'pending',
    testId: 'status-filter',
  });

  it('offers every one first, then each value with its label', () => {
    expect(status.kind === 'select' && status.options).toEqual([
      { value: 'all', label: '全部状态' },
      { value: 'pending', label: '状态 pending' },
      { value: 'done', label: '状态 done' },
    ]);
  });

  it('starts at its initial value and reads 全部 as not set', () => {
    expect(filterValues([status], new URLSearchParams())).toEqual({ status: 'pending' });
    expect(filterValues([status], new URLSearchParams({ status: 'all' }))).toEqual({ status: undefined });
    expect(filterValues([status], new URLSearchParams({ status: 'done' }))).toEqual({ status: 'done' });
  });
});

describe('selectFilter', () => {
  it('offers each value with its label, cleared to mean every one', () => {
    const level = selectFilter('level', ['a', 'b'], (v) => `级别 ${v}`, { placeholder: '级别', width: 160 });
    expect(level).toEqual({
      kind: 'select',
      param: 'level',
      placeholder: '级别',
      width: 160,
      options: [
        { value: 'a', label: '级别 a' },
        { value: 'b', label: '级别 b' },
      ],
    });
    expect(filterValues([level], new URLSearchParams())).toEqual({ level: undefined });
    expect(filterValues([level], new URLSearchParams({ level: 'b' }))).toEqual({ level: 'b' });
  });
});

describe('filterValues of tabs', () => {
  const tabs: ListFilter[] = [
    {
      kind: 'tabs',
      param: 'tab',
      initial: 'mine',
      options: [
        { value: 'mine', label: '待我审批' },
        { value: 'all', label: '全部' },
      ],
    },
  ];

  it('reads the initial tab without the parameter, and the tab chosen with it', () => {
    expect(filterValues(tabs, new URLSearchParams())).toEqual({ tab: 'mine' });
    expect(filterValues(tabs, new URLSearchParams({ tab: 'all' }))).toEqual({ tab: 'all' });
  });
});

describe('viewsFilter', () => {
  it('puts 全部 first, out of the address, and each other view after it', () => {
    const view = viewsFilter('view', ['all', 'open', 'closed'], (v) => `#${v}`, { every: '全部' });
    expect(view).toEqual({
      kind: 'views',
      param: 'view',
      all: 'all',
      options: [
        { value: 'all', label: '全部' },
        { value: 'open', label: '#open' },
        { value: 'closed', label: '#closed' },
      ],
      testId: undefined,
    });
    expect(filterValues([view], new URLSearchParams({ view: 'all' }))).toEqual({ view: undefined });
  });
});
