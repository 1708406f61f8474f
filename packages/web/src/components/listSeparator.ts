import i18n from '../i18n/index.ts';

/** Between the items of a list written out in text: 、 in Chinese, ", " in English. */
export const listSeparator = () => (i18n.language?.startsWith('en') ? ', ' : '、');
