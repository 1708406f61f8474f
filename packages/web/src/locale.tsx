import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import i18n, { type Lang, rememberLang, storedLang } from './i18n/index.ts';
import { theme } from './theme.ts';

interface LocaleState {
  lang: Lang;
  setLang(lang: Lang): void;
}

const LocaleContext = createContext<LocaleState>({ lang: 'zh', setLang: () => undefined });

function applyLang(lang: Lang) {
  dayjs.locale(lang === 'zh' ? 'zh-cn' : 'en');
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  // the tab's name until a page gives its own (index.html's says both languages, for before the scripts load; a
  // page loading its code or its record kept it on an English page)
  document.title = i18n.getFixedT(lang)('app.name');
}

/** antd's locale, dayjs and i18next follow one choice, remembered in localStorage. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const l = storedLang();
    applyLang(l);
    return l;
  });
  const setLang = useCallback((next: Lang) => {
    rememberLang(next);
    applyLang(next);
    void i18n.changeLanguage(next);
    setLangState(next);
  }, []);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return (
    <LocaleContext.Provider value={value}>
      <ConfigProvider locale={lang === 'zh' ? zhCN : enUS} theme={theme}>
        <AntApp>{children}</AntApp>
      </ConfigProvider>
    </LocaleContext.Provider>
  );
}

export const useLocale = () => useContext(LocaleContext);
