import { MobileOutlined } from '@ant-design/icons';
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router-dom';
import { api, unwrap } from '../../api/client.ts';
import { homeOf, useSession } from '../../auth/session.tsx';
import { LangSwitch } from '../../components/LangSwitch.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { LoginForm } from './LoginForm.tsx';

/** Staff sign-in (desktop). */
export default function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.title'));
  const { me } = useSession();
  // A fresh installation has no account yet: its first administrator is created on /setup.
  const setup = useLoad(() => unwrap(api.GET('/api/setup')), []);
  if (me) return <Navigate to={homeOf(me)} replace />;
  if (setup.data?.needed) return <Navigate to="/setup" replace />;
  return (
    <div className="login-page">
      <div className="login-brand">
        <div className="login-brand-inner">
          <span className="brand-mark large light">工</span>
          <h1>{t('app.name')}</h1>
          <p>{t('auth.subtitle')}</p>
        </div>
      </div>
      <div className="login-side">
        <div className="login-lang">
          <LangSwitch />
        </div>
        <Card className="login-card" variant="borderless">
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {t('auth.title')}
          </Typography.Title>
          <LoginForm />
          <Link to="/m/login" className="login-alt">
            <MobileOutlined /> {t('auth.workerEntry')}
          </Link>
        </Card>
      </div>
    </div>
  );
}
