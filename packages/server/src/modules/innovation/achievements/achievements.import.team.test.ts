import { describe, expect, it } from 'vitest';
import { parseTeam } from './achievements.import.team.ts';

const ID = '110101199003071234';

describe('the 团队成员 cell of the achievements register', () => {
  it('lists members in order, by name, ID number or both, however separated', () => {
    expect(parseTeam(`张三、李四（${ID}），王五;赵六\n${ID}`)).toEqual([
      { text: '张三', name: '张三', idNumber: null },
      { text: `李四(${ID})`, name: '李四', idNumber: ID },
      { text: '王五', name: '王五', idNumber: null },
      { text: '赵六', name: '赵六', idNumber: null },
      { text: ID, name: null, idNumber: ID },
    ]);
  });

  it('takes an ID number after a space as the number of the name before it; spaces alone separate names', () => {
    expect(parseTeam(`张三 ${ID} 李四  王五`)).toEqual([
      { text: `张三 ${ID}`, name: '张三', idNumber: ID },
      { text: '李四', name: '李四', idNumber: null },
      { text: '王五', name: '王五', idNumber: null },
    ]);
  });

  it('reads full-width digits and a lower-case x, and keeps a masked number to be named as such', () => {
    expect(parseTeam('张三（１１０１０１１９９００３０７１２３x）')).toEqual([
      { text: '张三(11010119900307123x)', name: '张三', idNumber: '11010119900307123X' },
    ]);
    expect(parseTeam('李四 110101********1234')[0].idNumber).toBe('110101********1234');
  });

  it('is empty for a blank cell', () => {
    expect(parseTeam(null)).toEqual([]);
    expect(parseTeam(' 、 ')).toEqual([]);
  });
});
