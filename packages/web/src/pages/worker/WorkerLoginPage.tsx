import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router-dom';
import { useSession } from '../../auth/session.tsx';
import { PhoneShell } from '../../components/PhoneShell.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useLanding } from '../auth/SignInParts.tsx';
import { SignInTabs } from '../auth/SmsCodeForm.tsx';

/** Worker sign-in (phones). */
export default function WorkerLoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.workerTitle'));
  const { me } = useSession();
  const landing = useLanding();
  // signed in (just now, or already): the page asked for, as the sign-in itself lands
  if (me) return <Navigate to={landing(me)} replace />;
  return (
    <PhoneShell title={t('app.name')} subtitle={t('auth.workerSubtitle')}>
      <div className="m-card">
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('auth.workerTitle')}
        </Typography.Title>
        <SignInTabs portal="worker" />
      </div>
      <div
        className="m-card"
        style={{ display: 'flex', flexDirection: 'column', gap: 10, textAlign: 'center' }}
      >
        <Link to="/m/activate" data-testid="entry-activate">
          {t('onb.entry.activate')}
        </Link>
        <Link to="/m/join" data-testid="entry-join">
          {t('onb.entry.join')}
        </Link>
      </div>
      <div className="m-foot">
        <Link to="/login">{t('auth.staffEntry')}</Link>
      </div>
    </PhoneShell>
  );
}
