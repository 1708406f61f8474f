import { describe, expect, it } from 'vitest';
import { treeSteps } from './tree-steps.ts';

describe('treeSteps', () => {
  it('stands the own row at 0 and the unions below one step in per level', () => {
    expect(treeSteps([null, 3, 4, 4, 3])).toEqual([0, 1, 2, 2, 1]);
  });
  it('starts at the topmost union listed where no own row is', () => {
    expect(treeSteps([2, 3, 3, 2, 3])).toEqual([0, 1, 1, 0, 1]);
  });
  it("stands a row that is no union's (a total, no depth) at the left", () => {
    expect(treeSteps([null, 3, 4, undefined])).toEqual([0, 1, 2, 0]);
  });
  it('stands every row at 0 where none carries a depth', () => {
    expect(treeSteps([undefined, undefined])).toEqual([0, 0]);
    expect(treeSteps([])).toEqual([]);
  });
});
