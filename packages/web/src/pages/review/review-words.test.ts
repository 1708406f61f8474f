import { describe, expect, it } from 'vitest';
import programsEn from '../../i18n/programs.en.json';
import programsZh from '../../i18n/programs.zh.json';

/** The button's verb: 退回修改 → 退回, Return for correction → Return. */
const verb = (button: string) => button.replace(/修改$/, '').split(' ')[0];

describe('the words of a review decision', () => {
  it('the notice after a decision uses the verb of the button pressed (不通过, where it said 驳回)', () => {
    for (const words of [programsZh.review, programsEn.review]) {
      for (const action of ['approve', 'reject', 'return'] as const) {
        expect(words.done[action]).toContain(verb(words.action[action]));
      }
    }
  });
});
