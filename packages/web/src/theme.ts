import type { ThemeConfig } from 'antd';

/** The union's red as the accent on a calm, neutral page. */
export const BRAND_RED = '#c8102e';

/** Whether the person asked their system for less motion (an accessibility setting): dialogs then open at once. */
const reducedMotion =
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/**
 * A tag's words in a darker shade of its own colour, 4.5:1 on its pale ground at least (WCAG 2.1 AA, GB/T 37668):
 * antd writes a preset colour's words in its 7th shade (green, gold, orange, cyan, lime, yellow and volcano read
 * 2–4.4:1) and a status tag's (success, warning) in the status colour itself (2.2:1 and 1.8:1). Green stays green
 * (done, approved), gold and orange stay gold and orange (waiting); red, blue, purple, magenta and geekblue, and the
 * error and processing tags, already read 4.7:1 or more. Only the words change: the ground and the border are
 * antd's, so a tag keeps its look, and nothing but a tag takes these colours.
 */
export const TAG_WORDS = {
  green7: '#237804', // green's 8th shade, 5.4:1
  gold7: '#874d00', // gold's 9th, 6.5:1 (its 8th, 4.3:1, falls short)
  orange7: '#ad4e00', // orange's 8th, 5.1:1
  volcano7: '#ad2102', // volcano's 8th, 6.4:1
  cyan7: '#006d75', // cyan's 8th, 5.8:1
  lime7: '#3f6600', // lime's 9th, 6.6:1
  yellow7: '#876800', // yellow's 9th, 5.2:1
  colorSuccess: '#237804', // success: green's 8th, as a green tag
  colorWarning: '#874d00', // warning: gold's 9th, as a gold tag
} satisfies NonNullable<ThemeConfig['components']>['Tag'];

export const theme: ThemeConfig = {
  token: {
    motion: !reducedMotion,
    colorPrimary: BRAND_RED,
    colorLink: BRAND_RED,
    // a hovered link a shade darker, not antd's paler #e05a67 (3.6:1 on white): a phone keeps the hover of the last
    // tap, so a link would stay pale after it
    colorLinkHover: '#b00b28',
    colorInfo: '#1f5fa8',
    borderRadius: 6,
    // the stack of the page's language, Latin first in English (styles.css, --font-ui)
    fontFamily: 'var(--font-ui)',
    colorBgLayout: '#f4f5f7',
    // secondary words, hints and placeholders dark enough to read: 4.5:1 on white and on the page's grey at least
    // (WCAG 2.1 AA, GB/T 37668); antd's own greys (0.45, 0.25) fall to 3.4:1 and 1.6:1
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    // the red of a danger button's words (停用, 不予通过) and of errors: antd's #ff4d4f is 3.9:1 on white
    colorError: '#cf1322',
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff', headerHeight: 56, headerPadding: '0 20px' },
    Menu: { itemSelectedBg: '#fdecee', itemSelectedColor: BRAND_RED },
    Tag: TAG_WORDS,
    // words written in a status colour (已完成 in green, 未保存 in gold) take the tags' darker shades: antd's
    // #52c41a and #faad14 read 2.3:1 and 2:1 on white
    Typography: { colorSuccessText: TAG_WORDS.colorSuccess, colorWarningText: TAG_WORDS.colorWarning },
  },
};
