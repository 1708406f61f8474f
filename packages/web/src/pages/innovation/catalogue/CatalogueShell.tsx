import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LangSwitch } from '../../../components/LangSwitch.tsx';

/** The frame of the public catalogue pages: a brand bar with the language switch, then one column. */
export function CatalogueShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="cat-shell">
      <header className="cat-bar">
        <Link to="/catalogue" className="cat-brand">
          <span className="brand-mark light">工</span>
          <span>{t('cat.title')}</span>
        </Link>
        <div className="cat-bar-right">
          <LangSwitch light />
          <Link to="/login" className="cat-login">
            {t('cat.staffLogin')}
          </Link>
        </div>
      </header>
      <main className="cat-main">{children}</main>
    </div>
  );
}

/** A snippet with the matched words marked (the pieces come from the server's escaped text). */
export function Snippet({ pieces }: { pieces: { text: string; mark: boolean }[] }) {
  return (
    <span className="cat-snippet">
      {pieces.map((p, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: the pieces are fixed for one answer
        p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
      )}
    </span>
  );
}
