import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { zh } from './zh.ts';

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

/** The one dictionary each file of a glob exports (types aside), in the order of their paths. */
function dictionaries(files: Record<string, Record<string, unknown>>): Dictionary[] {
  return Object.keys(files)
    .sort()
    .flatMap((path) => Object.values(files[path] ?? {}) as Dictionary[]);
}

/**
 * Each language's messages: the shared ones (zh.ts, en.ts) and one file per area — here (`<area>.zh.ts`) or in the
 * area's page folder (`pages/<area>/<area>.zh.ts`) — found by Vite's glob (ADR 89), merged at the top level
 * (keys.test.ts checks no area hides another).
 */
export const ZH_FILES: Dictionary[] = [
  zh,
  ...dictionaries(
    import.meta.glob<Record<string, unknown>>(['./*.zh.ts', '../pages/**/*.zh.ts'], { eager: true }),
  ),
];
export const EN_FILES: Dictionary[] = [
  en,
  ...dictionaries(
    import.meta.glob<Record<string, unknown>>(['./*.en.ts', '../pages/**/*.en.ts'], { eager: true }),
  ),
];
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
