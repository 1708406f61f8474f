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
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff', headerHeight: 56, headerPadding: '0 20px' },
    Menu: { itemSelectedBg: '#fdecee', itemSelectedColor: BRAND_RED },
  },
};
