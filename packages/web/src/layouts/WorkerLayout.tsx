import { LogoutOutlined } from '@ant-design/icons';
import { Button, ConfigProvider } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useSession } from '../auth/session.tsx';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { PageSpinner } from '../components/guards.tsx';
import { LangSwitch } from '../components/LangSwitch.tsx';
import { PhoneBack } from '../components/PhoneList.tsx';
import { PHONE_THEME } from '../components/phone-theme.ts';
import { WorkerTabBar } from '../pages/worker-programs/WorkerTabBar.tsx';
import { backOf } from '../pages/worker-programs/worker-tabs.ts';

/**
 * The phone frame for workers: a red top bar, one narrow column with the way back up above a page below a tab
 * (‹ 服务 on a service's page; worker-tabs.ts `backOf`), and the tab bar; its controls sized for a thumb (phone-theme.ts).
 */
export default function WorkerLayout() {
  const { t } = useTranslation();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const back = backOf(location.pathname);
  return (
    <ConfigProvider theme={PHONE_THEME}>
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
          {back && (
            <div className="m-back-row">
              <PhoneBack to={back.to}>{t(back.label)}</PhoneBack>
            </div>
          )}
          <ErrorBoundary key={location.pathname}>
            <Suspense fallback={<PageSpinner />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </main>
        <WorkerTabBar />
      </div>
    </ConfigProvider>
  );
}
