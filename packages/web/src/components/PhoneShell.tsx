import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LangSwitch } from './LangSwitch.tsx';

/** The frame of the public phone pages (activation, joining): the brand header and one column. */
export function PhoneShell({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="m-shell">
      <header className="m-hero">
        <div className="m-hero-lang">
          <LangSwitch light />
        </div>
        <span className="brand-mark large light">工</span>
        <h1>{title}</h1>
        <p>{t('app.name')}</p>
      </header>
      <main className="m-main">{children}</main>
    </div>
  );
}
