import i18n from '../i18n/index.ts';

/** Between the items of a list written out in text: 、 in Chinese, ", " in English (the dictionaries' common.listSep). */
export const listSeparator = () => i18n.t('common.listSep');
