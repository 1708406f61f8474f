import { Alert } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import type { Me } from '../api/types.ts';
import { useSession } from '../auth/session.tsx';
import { formatTime } from './dates.ts';

/** 「上次登录：2026-11-24 09:12，来自 10.1.2.3」, with the wrong passwords given since; the first sign-in says so. */
export function LastSignInText({ last }: { last: Me['lastSignIn'] }) {
  const { t } = useTranslation();
  if (!last) return <>{t('acct.me.firstSignIn')}</>;
  return (
    <>
      {t('acct.me.lastSignInAt', { at: formatTime(last.at), ip: last.ip ?? t('acct.me.unknownPlace') })}
      {last.failedAttempts > 0 && (
        <>
          {t('common.clauseSep')}
          {t('acct.me.lastSignInFailed', { n: last.failedAttempts })}
        </>
      )}
    </>
  );
}

/** The banner shown once after signing in (on the landing page), until closed or the user moves on. */
export function LastSignInBanner() {
  const { notice, dismissNotice } = useSession();
  const { pathname } = useLocation();
  const shownOn = useRef<string | null>(null);
  useEffect(() => {
    if (!notice) shownOn.current = null;
    else if (shownOn.current === null) shownOn.current = pathname;
    else if (shownOn.current !== pathname) dismissNotice();
  }, [notice, pathname, dismissNotice]);
  if (!notice) return null;
  return (
    <Alert
      type={notice.last && notice.last.failedAttempts > 0 ? 'warning' : 'info'}
      showIcon
      closable
      onClose={dismissNotice}
      title={<LastSignInText last={notice.last} />}
      style={{ marginBottom: 16 }}
      data-testid="last-sign-in"
    />
  );
}
