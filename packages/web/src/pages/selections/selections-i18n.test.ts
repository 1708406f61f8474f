import { describe, expect, it } from 'vitest';
import selectionsEn from '../../i18n/selections.en.json';
import selectionsZh from '../../i18n/selections.zh.json';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

describe('selections messages', () => {
  it('say the same things in Chinese and English', () => {
    expect(keys(selectionsEn).sort()).toEqual(keys(selectionsZh).sort());
  });
});
