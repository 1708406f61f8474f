import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import zh from './zh.json';

export type Lang = 'zh' | 'en';
const STORAGE_KEY = 'gonghui.lang';

export function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
}

type Dictionary = Record<string, unknown>;

/** The dictionaries of a glob, in the order of their paths. */
function dictionaries(files: Record<string, Dictionary>): Dictionary[] {
  return Object.keys(files)
    .sort()
    .map((path) => files[path]);
}

/**
 * Each language's messages, data not code (ADR 111): the shared ones (zh.json, en.json) and one file per area —
 * here (`<area>.zh.json`) or in the area's page folder (`pages/<area>/<area>.zh.json`) — found by Vite's glob
 * (ADR 89), merged at the top level (keys.test.ts checks no area hides another, and that each English file has
 * the keys of its Chinese twin).
 */
export const ZH_BY_PATH = import.meta.glob<Dictionary>(['./*.zh.json', '../pages/**/*.zh.json'], {
  eager: true,
  import: 'default',
});
export const EN_BY_PATH = import.meta.glob<Dictionary>(['./*.en.json', '../pages/**/*.en.json'], {
  eager: true,
  import: 'default',
});
export const ZH_FILES: Dictionary[] = [zh, ...dictionaries(ZH_BY_PATH)];
export const EN_FILES: Dictionary[] = [en, ...dictionaries(EN_BY_PATH)];
const merged = (files: object[]) => Object.assign({}, ...files) as Record<string, unknown>;
export const MESSAGES = { zh: merged(ZH_FILES), en: merged(EN_FILES) };

void i18n.use(initReactI18next).init({
  resources: {
    zh: { translation: MESSAGES.zh },
    en: { translation: MESSAGES.en },
  },
  lng: storedLang(),
  fallbackLng: 'zh',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
