import { describe, expect, it } from 'vitest';
import selectionsEn from '../../i18n/selections.en.json';
import selectionsZh from '../../i18n/selections.zh.json';
import { messageStrings } from '../../i18n/test-i18n.ts';

const keys = (o: object) => messageStrings(o).map(([key]) => key);

describe('selections messages', () => {
  it('say the same things in Chinese and English', () => {
    expect(keys(selectionsEn).sort()).toEqual(keys(selectionsZh).sort());
  });
});
