import { Button, Result, type ResultProps, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useParams } from 'react-router-dom';
import { homeOf, useSession } from '../auth/session.tsx';
import { LoadError } from './LoadError.tsx';
import { usePageTitle } from './usePageTitle.ts';

/** Where the session is not known yet: the spinner, or why it could not be read with 重试 (never the sign-in page). */
function SessionPending() {
  const { t } = useTranslation();
  const { loadError, retryLoad } = useSession();
  if (!loadError) return <PageSpinner />;
  return <LoadError error={loadError} retry={retryLoad} what={t('load.what.session')} />;
}

export function PageSpinner() {
  return (
    <div className="page-spinner">
      <Spin size="large" />
    </div>
  );
}

/** Renders children for a signed-in user of the right side; sends others to the matching sign-in page. */
export function RequireUser({ side, children }: { side: 'staff' | 'worker'; children: ReactNode }) {
  const { me, signedOut } = useSession();
  const location = useLocation();
  if (me === undefined) return <SessionPending />;
  if (me === null) {
    const login = side === 'worker' ? '/m/login' : '/login';
    // a session that ran out comes back to its page once signed in again; one ended by signing out does not
    if (signedOut) return <Navigate to={login} replace />;
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`${login}?next=${next}`} replace />;
  }
  const isWorker = me.role === 'worker';
  // a worker asking for 我的账号 (/account) is shown their phone's password change
  if (isWorker && location.pathname === '/account') return <Navigate to="/m/password" replace />;
  if (isWorker !== (side === 'worker')) return <Navigate to={homeOf(me)} replace />;
  // An initial password set by an administrator must be replaced before anything else.
  if (side === 'staff' && me.mustChangePassword && location.pathname !== '/account') {
    return <Navigate to="/account" replace state={{ next: location.pathname + location.search }} />;
  }
  return <>{children}</>;
}

/** Renders children only for users holding `permission`. */
export function Allow({ permission, children }: { permission: string; children: ReactNode }) {
  const { can } = useSession();
  if (!can(permission)) return <Forbidden />;
  return <>{children}</>;
}

/** The 403 page, the tab named after it (not after the page before, nor the bare document's title). */
function Forbidden() {
  const { t } = useTranslation();
  usePageTitle(t('app.forbiddenTitle'));
  return (
    <LinkResult status="403" title="403" subTitle={t('app.forbidden')} to="/" label={t('app.backHome')} />
  );
}

export function HomeRedirect() {
  const { me } = useSession();
  if (me === undefined) return <SessionPending />;
  return <Navigate to={me ? homeOf(me) : '/login'} replace />;
}

export function NotFound() {
  const { t } = useTranslation();
  usePageTitle(t('app.notFound'));
  return (
    <LinkResult status="404" title="404" subTitle={t('app.notFound')} to="/" label={t('app.backHome')} />
  );
}

/** The parameters of a route's path that name a record by its number: `:id`, `:orgId`. */
export function numericParams(path: string): string[] {
  return [...path.matchAll(/:(id|[a-z]\w*Id)(?=\/|$)/g)].map((m) => m[1] as string);
}

/**
 * A page whose address names a record by number (`numericParams`) shows 页面不存在 for any other word there
 * (/cases/stats), where its page would ask the server for record "NaN" and show the server's refusal.
 */
export function NumericParams({ names, children }: { names: readonly string[]; children: ReactNode }) {
  const params = useParams();
  return names.every((n) => /^\d{1,15}$/.test(params[n] ?? '')) ? children : <NotFound />;
}

/** A page's outcome (403, 404, 已完成) with one button, `label`, to the page `to`. */
export function LinkResult({ to, label, ...result }: ResultProps & { to: string; label: ReactNode }) {
  return (
    <Result
      {...result}
      extra={
        <Link to={to}>
          <Button type="primary">{label}</Button>
        </Link>
      }
    />
  );
}
