import type { ThemeConfig } from 'antd';

/**
 * The phone pages' controls as a thumb needs them, 44 px tall where antd draws them 32 (40 when large): a select's
 * box and each of its options, a text field, a number field, a date's box, and each choice of a segmented control
 * (its track is 48, two px around each 44 px choice), and each day of a date's calendar (antd's day is its circle and
 * 6 px above and below: 32 + 12). Given to every page in the worker's phone frame and to a
 * phone select elsewhere; a checkbox's and a radio's row are made as tall in styles.css (`.m-shell`).
 */
export const PHONE_THEME = {
  components: {
    Select: { controlHeight: 44, controlHeightLG: 44, optionHeight: 44 },
    Input: { controlHeight: 44, controlHeightLG: 44 },
    InputNumber: { controlHeight: 44, controlHeightLG: 44 },
    DatePicker: { controlHeight: 44, controlHeightLG: 44, cellHeight: 32 },
    Segmented: { controlHeight: 48, controlHeightLG: 48 },
  },
} satisfies ThemeConfig;

/** The height of each option of a phone select's list, as the list is told to lay them out. */
export const PHONE_OPTION_HEIGHT = PHONE_THEME.components.Select.optionHeight;
