import i18n from '../i18n/index.ts';

/**
 * A remark after a name, in the brackets of the page's language: 王芳（3） in Chinese, "王芳 (3)" in English, so an
 * English page draws no full-width brackets of ours around it.
 */
export const aside = (text: string | number | null, lang: string = i18n.language) =>
  lang === 'en' ? ` (${text})` : `（${text}）`;
