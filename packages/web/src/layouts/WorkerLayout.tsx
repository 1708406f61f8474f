import { LogoutOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useSession } from '../auth/session.tsx';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { PageSpinner } from '../components/guards.tsx';
import { LangSwitch } from '../components/LangSwitch.tsx';
import { WorkerTabBar } from '../pages/worker-programs/WorkerTabBar.tsx';

/** The phone frame for workers: a red top bar and one narrow column. */
export default function WorkerLayout() {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  return (
    <div className="m-shell">
      <header className="m-bar">
        <span className="m-title">
          <span className="brand-mark light">工</span>
          <span className="m-title-text" data-testid="m-title-text">
            {t('app.name')}
          </span>
        </span>
        <span className="m-bar-actions">
          <LangSwitch light />
          <Button
            type="text"
            icon={<LogoutOutlined />}
            style={{ color: '#fff' }}
            data-testid="m-logout"
            onClick={async () => {
              await signOut();
              navigate('/m/login', { replace: true });
            }}
          >
            {t('auth.signOut')}
          </Button>
        </span>
      </header>
      <main className="m-main">
        <ErrorBoundary key={location.pathname}>
          <Suspense fallback={<PageSpinner />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
      <WorkerTabBar />
    </div>
  );
}
