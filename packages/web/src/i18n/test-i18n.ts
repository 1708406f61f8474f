import i18next from 'i18next';
import en from './en.json';
import zh from './zh.json';

/**
 * An i18next of a test's own, in Chinese: the shared messages (zh.json, en.json) and those of the areas given (each
 * `{ zh, en }`: `{ zh: programsZh, en: programsEn }`), as the app merges them.
 */
export function testI18n(...areas: { zh: object; en: object }[]) {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: {
      zh: { translation: Object.assign({}, zh, ...areas.map((a) => a.zh)) },
      en: { translation: Object.assign({}, en, ...areas.map((a) => a.en)) },
    },
    lng: 'zh',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return i18n;
}

/** Every message of a tree of them (a language's, an area's file), with its key: `[['case.stats.title', '诉求统计'], …]`. */
export const messageStrings = (o: unknown, path = ''): [string, string][] =>
  typeof o === 'string'
    ? [[path, o]]
    : o && typeof o === 'object'
      ? Object.entries(o).flatMap(([k, v]) => messageStrings(v, path ? `${path}.${k}` : k))
      : [];
