import type { ThemeConfig } from 'antd';

/** The union's red as the accent on a calm, neutral page. */
export const BRAND_RED = '#c8102e';

/** Whether the person asked their system for less motion (an accessibility setting): dialogs then open at once. */
const reducedMotion =
  typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

export const theme: ThemeConfig = {
  token: {
    motion: !reducedMotion,
    colorPrimary: BRAND_RED,
    colorLink: BRAND_RED,
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
  },
};
