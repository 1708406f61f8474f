import { theme as antdTheme } from 'antd';
import { describe, expect, it } from 'vitest';
import { theme } from '../theme.ts';
import { PHONE_THEME } from './phone-theme.ts';

/**
 * A phone page's controls take their height from PHONE_THEME: antd draws a select, a field and a date's box 32 px
 * tall (40 large) and a segmented control's choices 28, under the 44 px a thumb needs. The phone-pages journey
 * measures them on the pages; this holds the numbers the pages are drawn from.
 */
describe('the phone theme', () => {
  const { Select, Input, InputNumber, DatePicker, Segmented } = PHONE_THEME.components;

  it('draws a select, a field, a number field and a date’s box 44 px tall, plain or large', () => {
    for (const [name, c] of Object.entries({ Select, Input, InputNumber, DatePicker })) {
      expect(c.controlHeight, name).toBeGreaterThanOrEqual(44);
      expect(c.controlHeightLG, `${name} large`).toBeGreaterThanOrEqual(44);
    }
  });

  it('draws each option of a select’s list 44 px tall', () => {
    expect(Select.optionHeight).toBeGreaterThanOrEqual(44);
  });

  it('draws each day of a date’s calendar 44 px tall, its circle and the padding around it', () => {
    // antd: a day's cell is its circle's height and, above and below, one and a half of the smallest padding
    const { paddingXXS } = antdTheme.getDesignToken(theme);
    expect(DatePicker.cellHeight + 2 * (paddingXXS * 1.5)).toBeGreaterThanOrEqual(44);
  });

  it('draws each choice of a segmented control 44 px tall, inside its track’s padding', () => {
    // antd: a choice is the control's height less its track's padding (the bold line's width) above and below
    const track = antdTheme.getDesignToken(theme).lineWidthBold;
    expect(Segmented.controlHeight - 2 * track).toBeGreaterThanOrEqual(44);
    expect(Segmented.controlHeightLG - 2 * track).toBeGreaterThanOrEqual(44);
  });
});
