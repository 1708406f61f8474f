import { MobileOutlined } from '@ant-design/icons';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router-dom';
import { api, unwrap } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { BrandedPage } from '../../components/BrandedPage.tsx';
import { useLoad } from '../../components/useLoad.ts';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useLanding } from './SignInParts.tsx';
import { SignInTabs } from './SmsCodeForm.tsx';

/** Staff sign-in (desktop). */
export default function LoginPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('auth.title'));
  const { me, ended } = useSession();
  const landing = useLanding();
  // A fresh installation has no account yet: its first administrator is created on /setup.
  const setup = useLoad(() => unwrap(api.GET('/api/setup')), []);
  // signed in (just now, or already): the page asked for, as the sign-in itself lands
  if (me) return <Navigate to={landing(me)} replace />;
  if (setup.data?.needed) return <Navigate to="/setup" replace />;
  return (
    <BrandedPage subtitle={t('auth.subtitle')} title={t('auth.title')}>
      {ended && (
        <Alert
          type="warning"
          showIcon
          title={i18n.language === 'en' ? ended.en : ended.zh}
          style={{ marginBottom: 16 }}
          data-testid="session-ended"
        />
      )}
      <SignInTabs portal="staff" />
      <Link to="/m/login" className="login-alt">
        <MobileOutlined /> {t('auth.workerEntry')}
      </Link>
    </BrandedPage>
  );
}
