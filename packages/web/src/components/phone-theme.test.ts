import { readFileSync } from 'node:fs';
import { theme as antdTheme } from 'antd';
import { describe, expect, it } from 'vitest';
import { theme } from '../theme.ts';
import { PHONE_CLASS, PHONE_THEME } from './phone-theme.ts';

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

  it('draws each day of a date’s calendar 44 px wide, the week’s seven beside a box on a 360 px phone', () => {
    // antd: the calendar is seven days wide and, on each side, `padding` and half the smallest padding; it opens
    // under the box, which stands 28 px in from the phone's edge (the frame's 12, a card's 16), and is moved to the
    // box's other edge — past the phone's left edge — when it would pass the right one
    const { paddingXXS } = antdTheme.getDesignToken(theme);
    expect(DatePicker.cellWidth).toBeGreaterThanOrEqual(44);
    const width = 7 * DatePicker.cellWidth + 2 * (DatePicker.padding + paddingXXS / 2);
    expect(width).toBeLessThanOrEqual(360 - 28);
  });

  it('draws each choice of a segmented control 44 px tall, inside its track’s padding', () => {
    // antd: a choice is the control's height less its track's padding (the bold line's width) above and below
    const track = antdTheme.getDesignToken(theme).lineWidthBold;
    expect(Segmented.controlHeight - 2 * track).toBeGreaterThanOrEqual(44);
    expect(Segmented.controlHeightLG - 2 * track).toBeGreaterThanOrEqual(44);
  });
});

/** styles.css's rules, each as its selector and its declarations, comments left out. */
function rules(css: string): { selector: string; declarations: Map<string, string> }[] {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('}')
    .flatMap((block) => {
      const [selector, body] = block.split('{');
      if (body === undefined) return [];
      const declarations = new Map(
        body
          .split(';')
          .map((d) => d.split(':').map((x) => x.trim()))
          .filter((d) => d.length === 2 && d[0])
          .map(([k, v]) => [k, v] as [string, string]),
      );
      return [{ selector: selector.replace(/\s+/g, ' ').trim(), declarations }];
    });
}

/**
 * What opens from a phone page outside its frame, at the end of the page's body, is out of reach of the frame's
 * rules (`.m-shell …`): the popconfirm's buttons were 24 px tall, the phone-change drawer's 40 and its close 24, the
 * calendar's arrows 22 px wide and its 今天 20 px tall, a photo preview's tools 42. antd puts the phone theme's class
 * on the root of all it draws with the theme, there too; styles.css makes each of them 44 px under that class.
 */
describe('what opens outside the phone frame', () => {
  const css = rules(readFileSync(new URL('../styles.css', import.meta.url), 'utf8'));
  const px = (v: string | undefined) => (v && /^\d+px$/.test(v) ? Number.parseInt(v, 10) : 0);
  const phone = `.${PHONE_CLASS}`;

  it('carries the phone theme’s class, which styles.css gives nothing by itself', () => {
    expect(PHONE_THEME.cssVar.key).toBe(PHONE_CLASS);
    // the class lands on every part antd draws (a form, a field): a rule of its own would lay them all out anew
    const own = css.filter((r) =>
      r.selector.split(',').some((s) => new RegExp(`(^|[\\s>+~(])\\${phone}\\s*$`).test(s.trim())),
    );
    expect(own.map((r) => r.selector)).toEqual([]);
  });

  it.each([
    ['a button', '.ant-btn', ['min-height', 'min-width']],
    ['a drawer’s close', '.ant-drawer-close', ['height', 'width']],
    ['a dialog’s close', '.ant-modal-close', ['height', 'width']],
    ['an arrow of a calendar', '.ant-picker-header > button', ['min-width']],
    ['the year and month of a calendar', '.ant-picker-header-view > button', ['min-width']],
    ['今天 under a calendar', '.ant-picker-now-btn', ['min-height', 'min-width']],
    ['a tool of a photo’s preview', '.ant-image-preview-actions-action', ['min-height', 'min-width']],
    ['the close of a photo’s preview', '.ant-image-preview-close', ['min-height', 'min-width']],
    ['a file chosen for an upload', '.ant-upload-list-item', ['min-height']],
    ['a checkbox’s row', '.ant-checkbox-wrapper', ['min-height']],
  ])('makes %s 44 px under the phone theme’s class', (_what, part, sizes) => {
    const found = css.filter((r) => r.selector.includes(phone) && r.selector.includes(part));
    expect(found.length).toBeGreaterThan(0);
    for (const size of sizes)
      expect(Math.max(...found.map((r) => px(r.declarations.get(size)))), size).toBeGreaterThanOrEqual(44);
  });
});
