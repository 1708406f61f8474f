import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LangSwitch } from './LangSwitch.tsx';

/**
 * The frame of the public phone pages (activation, joining, the worker's sign-in): the brand header with the
 * page's title over the platform's name (or `subtitle`), and one column.
 */
export function PhoneShell({
  title,
  subtitle,
  children,
}: {
  title: string;
  subtitle?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="m-shell">
      <header className="m-hero">
        <div className="m-hero-lang">
          <LangSwitch light />
        </div>
        <span className="brand-mark large light">工</span>
        <h1>{title}</h1>
        <p>{subtitle ?? t('app.name')}</p>
      </header>
      <main className="m-main">{children}</main>
    </div>
  );
}
