import type { ThemeConfig } from 'antd';

/**
 * The class on the root of everything antd draws with the phone theme: the phone frame's controls, and also what
 * opens outside the frame, at the end of the page's body — a drawer, a dialog, a popconfirm, a select's list, a
 * date's calendar, a photo's preview — which the frame's rules (`.m-shell …` in styles.css) would not reach.
 */
export const PHONE_CLASS = 'm-thumb';

/**
 * The phone pages' controls as a thumb needs them, 44 px tall where antd draws them 32 (40 when large): a select's
 * box and each of its options, a text field, a number field, a date's box, and each choice of a segmented control
 * (its track is 48, two px around each 44 px choice), and each day of a date's calendar, 44 px tall and wide
 * (antd's day is its circle and 6 px above and below: 32 + 12; antd's width 36), the calendar's sides 4 px (antd's
 * 18, from `padding` + 2) so that its 7 × 44 px fit a 360 px phone beside the box (316 px). Given to every page in
 * the worker's phone frame and to a phone select elsewhere; a checkbox's and a radio's row, a button's least size,
 * a drawer's and a dialog's close, the calendar's arrows and 今天, a photo preview's tools and an upload list's rows
 * are made as large in styles.css, under `.m-shell` and `PHONE_CLASS`.
 */
export const PHONE_THEME = {
  cssVar: { key: PHONE_CLASS },
  components: {
    Select: { controlHeight: 44, controlHeightLG: 44, optionHeight: 44 },
    Input: { controlHeight: 44, controlHeightLG: 44 },
    InputNumber: { controlHeight: 44, controlHeightLG: 44 },
    DatePicker: { controlHeight: 44, controlHeightLG: 44, cellHeight: 32, cellWidth: 44, padding: 2 },
    Segmented: { controlHeight: 48, controlHeightLG: 48 },
  },
} satisfies ThemeConfig;

/** The height of each option of a phone select's list, as the list is told to lay them out. */
export const PHONE_OPTION_HEIGHT = PHONE_THEME.components.Select.optionHeight;
